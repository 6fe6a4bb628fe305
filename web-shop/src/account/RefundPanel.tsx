import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { errorText } from '../i18n/errors';
import { formatDateTime, formatDeadline, formatPrice } from '../i18n/format';
import type { OrderView } from '../orders/hooks';
import { ticketAmounts, type RefundEligibility } from '../orders/refunds';
import { useTicketPlaces } from '../orders/TicketList';
import { newIdempotencyKey } from '@prichal/sdk';
import { accountKeys } from './keys';
import { accountOrders } from './session';

/** A refund the customer asked for and has to confirm: chosen tickets (null: all that are left), one Idempotency-Key. */
export interface RefundRequest {
  tickets: string[] | null;
  key: string;
}

/**
 * Refunds of a customer's order: the exact deadline in Moscow time and the button while it is
 * open (per ticket in the ticket list, or the whole order here), the reason when it has passed,
 * the confirmation before anything happens, and the outcome.
 */
export function RefundPanel({
  order,
  eligibility,
  asked,
  onAsk,
  onRefunded,
}: {
  order: OrderView;
  eligibility: RefundEligibility;
  asked: RefundRequest | null;
  onAsk: (request: RefundRequest | null) => void;
  onRefunded: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const placeOf = useTicketPlaces(order);
  const confirmBox = useRef<HTMLDivElement>(null);
  const refund = useMutation({
    mutationFn: (request: RefundRequest) => accountOrders.requestRefund(order.id, request.tickets ? { tickets: request.tickets } : {}, request.key),
    onSuccess: () => {
      onAsk(null);
      onRefunded();
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: accountKeys.order(order.id) });
      void queryClient.invalidateQueries({ queryKey: accountKeys.orderLists() });
    },
  });

  useEffect(() => {
    if (asked) confirmBox.current?.focus();
  }, [asked]);

  const deadline = formatDeadline(order.refundPolicy.refundableUntil, lang);
  const amounts = ticketAmounts(order);
  const chosen = asked && eligibility.kind === 'open' ? eligibility.tickets.filter((ticket) => asked.tickets === null || asked.tickets.includes(ticket.id)) : [];
  const chosenAmount = chosen.reduce((sum, ticket) => sum + (amounts.get(ticket.id) ?? 0), 0);
  const allAmount = eligibility.kind === 'open' ? eligibility.tickets.reduce((sum, ticket) => sum + (amounts.get(ticket.id) ?? 0), 0) : 0;

  if (eligibility.kind === 'none' && eligibility.reason === 'not_paid') return null;
  return (
    <section aria-labelledby="refund-title" className="panel" data-testid="refund-panel">
      <h2 id="refund-title">{t('refund.title')}</h2>
      {refund.isSuccess && (
        <div className="status status--success" role="status" data-testid="refund-done">
          <p>
            {refund.data.status === 'succeeded'
              ? t('refund.done', { amount: formatPrice(refund.data.amountKopecks, lang) })
              : t('refund.processing', { amount: formatPrice(refund.data.amountKopecks, lang) })}
          </p>
        </div>
      )}
      {eligibility.kind === 'open' && (
        <>
          <p data-testid="refund-deadline">
            {t('refund.until', { deadline })} ({t('refund.moscowTime')})
          </p>
          <p className="muted">{t('refund.rules')}</p>
          {eligibility.tickets.length > 1 && !asked && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => onAsk({ tickets: null, key: newIdempotencyKey() })} data-testid="refund-all">
                {t('refund.all', { count: eligibility.tickets.length, amount: formatPrice(allAmount, lang) })}
              </button>
            </p>
          )}
        </>
      )}
      {eligibility.kind === 'closed' && (
        <p className="status status--warning" data-testid="refund-closed">
          {t('refund.closed', { deadline, departure: formatDateTime(order.event.startsAt, lang) })}
        </p>
      )}
      {eligibility.kind === 'none' && <p className="muted">{t(`refund.none.${eligibility.reason}`)}</p>}

      {asked && chosen.length > 0 && (
        <div className="confirm" role="group" aria-labelledby="refund-confirm-title" tabIndex={-1} ref={confirmBox} data-testid="refund-confirm">
          <h3 id="refund-confirm-title">{t('refund.confirmTitle', { count: chosen.length, amount: formatPrice(chosenAmount, lang) })}</h3>
          <ul>
            {chosen.map((ticket) => (
              <li key={ticket.id}>
                {placeOf(ticket)} · {ticket.code} · {formatPrice(amounts.get(ticket.id) ?? 0, lang)}
              </li>
            ))}
          </ul>
          <p className="muted">{t('refund.confirmText')}</p>
          {refund.isError && (
            <p role="alert" className="field__error">
              {errorText(t, refund.error)}
            </p>
          )}
          <div className="actions">
            <button type="button" className="button" onClick={() => refund.mutate(asked)} disabled={refund.isPending} data-testid="refund-confirm-button">
              {refund.isPending ? t('refund.busy') : t('refund.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                refund.reset();
                onAsk(null);
              }}
              disabled={refund.isPending}
            >
              {t('refund.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

import { newIdempotencyKey } from '@prichal/sdk';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hasCode } from '../i18n/errors';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { awaitingPaidDocuments, documentsKey, isPaid, OrderDocuments } from '../orders/OrderFiles';
import { OrderSummary } from '../orders/OrderSummary';
import { refundEligibility } from '../orders/refunds';
import { TicketList } from '../orders/TicketList';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { useNow } from '../ui/useNow';
import { accountKeys } from './keys';
import { RefundPanel, type RefundRequest } from './RefundPanel';
import { accountOrders } from './session';

/** `/account/orders/:id`: one of the customer's orders — tickets, documents and refunds. */
export function MyOrderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const order = useQuery({
    queryKey: [...accountKeys.order(id), lang],
    queryFn: ({ signal }) => accountOrders.getOwnOrder(id, signal),
    staleTime: 0,
  });
  usePageTitle(order.data ? t('order.pageTitle', { number: order.data.number }) : t('account.orders.title'));
  const [asked, setAsked] = useState<RefundRequest | null>(null);
  const queryClient = useQueryClient();
  // Each refund gets a refund act shortly after: how many are due, and a new round of asking for them.
  const [refundActsDue, setRefundActsDue] = useState(0);
  const onRefunded = () => {
    const seen = queryClient.getQueryData<Array<{ kind: string }>>(documentsKey(id, null, refundActsDue)) ?? [];
    setRefundActsDue(Math.max(refundActsDue, seen.filter((doc) => doc.kind === 'refund_act').length) + 1);
  };

  const back = (
    <p>
      <Link to="/account/orders" className="back">
        <span aria-hidden="true">←</span> {t('account.orders.title')}
      </Link>
    </p>
  );
  if (order.isPending) return <Loading>{t('order.loading')}</Loading>;
  if (order.isError) {
    return (
      <section className="page page--narrow">
        {back}
        <h1>{t('account.orders.notFoundTitle')}</h1>
        {hasCode(order.error, 'order_not_found') ? <p>{t('account.orders.notFound')}</p> : <ErrorMessage error={order.error} onRetry={() => void order.refetch()} />}
      </section>
    );
  }
  const current = order.data;
  const eligibility = refundEligibility(current, now);
  const refundable = eligibility.kind === 'open' ? new Set(eligibility.tickets.map((ticket) => ticket.id)) : new Set<string>();
  const waitForDocuments = (items: Array<{ kind: string }>) =>
    awaitingPaidDocuments(current)(items) || items.filter((doc) => doc.kind === 'refund_act').length < refundActsDue;

  return (
    <section className="page page--narrow" aria-labelledby="order-title">
      {back}
      <h1 id="order-title">{t('order.title', { number: current.number })}</h1>
      <p className={current.status === 'PAID' ? 'status status--success' : 'status status--empty'} role="status" data-order-status={current.status}>
        {t(`order.status.${current.status}`, { number: current.number })}
      </p>
      <p>
        <Link to={`/events/${current.event.id}`}>{current.event.title}</Link> ·{' '}
        <time dateTime={current.event.startsAt}>{formatDateTime(current.event.startsAt, lang)}</time>
      </p>
      <RefundPanel order={current} eligibility={eligibility} asked={asked} onAsk={setAsked} onRefunded={onRefunded} />
      {current.tickets.length > 0 && (
        <TicketList
          order={current}
          token={null}
          actions={(ticket) =>
            refundable.has(ticket.id) && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setAsked({ tickets: [ticket.id], key: newIdempotencyKey() })}
                data-testid="refund-ticket"
              >
                {t('refund.ticket')}
                <span className="visually-hidden"> {ticket.code}</span>
              </button>
            )
          }
        />
      )}
      {isPaid(current) && <OrderDocuments order={current} token={null} waitFor={waitForDocuments} round={refundActsDue} />}
      <section aria-labelledby="order-summary-title">
        <h2 id="order-summary-title">{t('order.summary', { number: current.number })}</h2>
        <OrderSummary order={current} />
      </section>
    </section>
  );
}

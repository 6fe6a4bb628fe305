import type { Schemas } from '@prichal/sdk';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatPrice } from '../i18n/format';
import { newIdempotencyKey } from '../lib/ids';
import { Dialog, DialogActions } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Status';
import { useCancelOrder, useRefundOrder, useResendOrder, useSetOrderStatus } from './hooks';
import type { ResendKind } from './ResendMenu';
import type { AdminOrder } from './types';

type Close = (message?: string) => void;

/** "Paid": confirms a payment the payment service reports as succeeded (the API checks it). */
export function PaidDialog({ order, onClose }: { order: AdminOrder; onClose: Close }) {
  const { t } = useTranslation();
  const setStatus = useSetOrderStatus(order.id);
  const [reason, setReason] = useState('');

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus.mutate({ status: 'PAID', ...(reason.trim() ? { reason: reason.trim() } : {}) }, { onSuccess: () => onClose(t('orders.actions.paidDone')) });
  }

  return (
    <Dialog title={t('orders.paid.title', { number: order.number })} onClose={() => onClose()}>
      <form className="form" onSubmit={submit}>
        <p>{t('orders.paid.text')}</p>
        <Field label={t('orders.reasonOptional')}>
          <input name="reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        {setStatus.isError && <ErrorMessage error={setStatus.error} fields={{ reason: t('orders.reasonOptional') }} />}
        <DialogActions confirm={t('orders.paid.confirm')} dismiss={t('common.cancel')} onDismiss={() => onClose()} disabled={setStatus.isPending} />
      </form>
    </Dialog>
  );
}

/** "Cancel": an unpaid order; its seats go back on sale at once. A reason is required. */
export function CancelDialog({ order, onClose }: { order: AdminOrder; onClose: Close }) {
  const { t } = useTranslation();
  const cancel = useCancelOrder(order.id);
  const [reason, setReason] = useState('');

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    cancel.mutate(reason.trim(), { onSuccess: () => onClose(t('orders.actions.cancelDone')) });
  }

  return (
    <Dialog title={t('orders.cancel.title', { number: order.number })} onClose={() => onClose()}>
      <form className="form" onSubmit={submit}>
        <p>{t('orders.cancel.text')}</p>
        <Field label={t('orders.reason')}>
          <input name="reason" required minLength={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        {cancel.isError && <ErrorMessage error={cancel.error} fields={{ reason: t('orders.reason') }} />}
        <DialogActions confirm={t('orders.cancel.confirm')} dismiss={t('orders.keep')} onDismiss={() => onClose()} disabled={cancel.isPending} danger />
      </form>
    </Dialog>
  );
}

/**
 * Refund: all valid tickets are ticked, any may be left out. Each ticket comes back for its
 * full price, nothing withheld. One Idempotency-Key per dialog, so pressing again after a lost
 * answer cannot refund twice.
 */
export function RefundDialog({ order, onClose }: { order: AdminOrder; onClose: Close }) {
  const { t } = useTranslation();
  const lang = useLang();
  const refund = useRefundOrder(order.id);
  const [key] = useState(newIdempotencyKey);
  const valid = order.tickets.filter((ticket) => ticket.status === 'valid');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(valid.map((ticket) => ticket.id)));
  const [reason, setReason] = useState('');
  const all = chosen.size === valid.length;
  // What the customer gets back, shown before confirming: the whole order, or the lines of the
  // chosen seats (a general-admission ticket has no seat to match, so no partial sum is shown).
  const refundedBefore = order.refunds.some((r) => r.status !== 'canceled');
  const seatTotal = (seatCode: string | null) => order.lines.find((line) => line.seatCode !== null && line.seatCode === seatCode)?.totalKopecks ?? 0;
  const amount = all && !refundedBefore
    ? order.totalKopecks
    : valid.filter((ticket) => chosen.has(ticket.id)).reduce((sum, ticket) => sum + seatTotal(ticket.seatCode), 0);

  function toggle(id: string) {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body: Schemas['AdminRefundRequest'] = {
      ...(all ? {} : { tickets: [...chosen] }),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    refund.mutate({ ...body, idempotencyKey: key }, { onSuccess: () => onClose(t('orders.refund.done')) });
  }

  return (
    <Dialog title={t('orders.refund.title', { number: order.number })} onClose={() => onClose()}>
      <form className="form" onSubmit={submit}>
        <p>{t('orders.refund.text')}</p>
        <fieldset className="fieldset">
          <legend>{t('orders.refund.tickets')}</legend>
          {valid.map((ticket) => (
            <label key={ticket.id} className="field--inline">
              <input type="checkbox" checked={chosen.has(ticket.id)} onChange={() => toggle(ticket.id)} />
              <span>
                {ticket.seatCode ? t('orders.refund.ticketSeat', { code: ticket.code, seat: ticket.seatCode }) : ticket.code}
              </span>
            </label>
          ))}
        </fieldset>
        {amount > 0 && <p>{t('orders.refund.amount', { amount: formatPrice(amount, lang) })}</p>}
        <Field label={t('orders.reasonOptional')}>
          <input name="reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        {refund.isError && <ErrorMessage error={refund.error} fields={{ reason: t('orders.reasonOptional') }} />}
        <DialogActions confirm={t('orders.refund.confirm')} dismiss={t('common.cancel')} onDismiss={() => onClose()} disabled={refund.isPending || chosen.size === 0} danger />
      </form>
    </Dialog>
  );
}

/** Resend, confirmed: `what` goes again to the order's contacts. */
export function ResendDialog({ order, what, onClose }: { order: AdminOrder; what: ResendKind; onClose: Close }) {
  const { t } = useTranslation();
  const resend = useResendOrder(order.id);
  const kind = t(`orders.resend.kinds.${what}`);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    resend.mutate(what, { onSuccess: () => onClose(t('orders.resend.done', { what: kind })) });
  }

  return (
    <Dialog title={t('orders.resend.title', { number: order.number })} onClose={() => onClose()}>
      <form className="form" onSubmit={submit}>
        <p>
          <strong>{kind}</strong>
        </p>
        <p>{t('orders.resend.text', { email: order.customer.email, phone: order.customer.phone })}</p>
        {resend.isError && <ErrorMessage error={resend.error} />}
        <DialogActions confirm={t('orders.resend.confirm')} dismiss={t('common.cancel')} onDismiss={() => onClose()} disabled={resend.isPending} />
      </form>
    </Dialog>
  );
}

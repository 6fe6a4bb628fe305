import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Notice } from '../ui/Notice';
import { useErrorText } from '../ui/Status';
import { CancelDialog, PaidDialog, RefundDialog, ResendDialog } from './OrderDialogs';
import { useRegenerateDocuments } from './hooks';
import { ResendMenu, resendKinds, type ResendKind } from './ResendMenu';
import type { AdminOrder, OrderStatus } from './types';

type Open = 'paid' | 'cancel' | 'refund' | { resend: ResendKind } | null;

const PAID_LIKE: readonly OrderStatus[] = ['PAID', 'PARTIALLY_REFUNDED'];
/** Orders that have (or had) documents: paid once, refunded or not. */
const EVER_PAID: readonly OrderStatus[] = [...PAID_LIKE, 'REFUNDED'];

/**
 * The order's buttons, each shown only when the user's permissions and the order's state
 * allow it. Refund stays visible but disabled, with the reason and the deadline, once the
 * 24-hour window has closed — so nobody wonders where it went.
 */
export function OrderActions({ order }: { order: AdminOrder }) {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const errorText = useErrorText();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const regenerate = useRegenerateDocuments(order.id);

  const canWrite = auth.can('orders:write');
  const showPaid = canWrite && order.allowedStatusChanges.includes('PAID');
  const showCancel = canWrite && order.allowedStatusChanges.includes('CANCELLED');
  const refundable = PAID_LIKE.includes(order.status) && order.tickets.some((ticket) => ticket.status === 'valid');
  const showRefund = auth.can('refunds:write') && refundable;
  const kinds = canWrite ? resendKinds(order) : [];
  const showRegenerate = auth.can('documents:write') && EVER_PAID.includes(order.status);
  const deadline = formatDateTime(order.refundPolicy.refundableUntil, lang);
  const close = (message?: string) => {
    setOpen(null);
    if (message) setDone(message);
  };

  // The last action may leave nothing more to do (a full refund): its confirmation still shows.
  if (!showPaid && !showCancel && !showRefund && kinds.length === 0 && !showRegenerate) return done ? <Notice>{done}</Notice> : null;

  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('orders.actions.title')}</h2>
      <div className="actions">
        {showPaid && (
          <button type="button" className="button" onClick={() => setOpen('paid')}>
            {t('orders.actions.paid')}
          </button>
        )}
        {showCancel && (
          <button type="button" className="button button--secondary" onClick={() => setOpen('cancel')}>
            {t('orders.actions.cancel')}
          </button>
        )}
        {showRefund && (
          <div className="action">
            <button
              type="button"
              className="button button--danger"
              disabled={!order.refundPolicy.open}
              aria-describedby="refund-rule"
              onClick={() => setOpen('refund')}
            >
              {t('orders.actions.refund')}
            </button>
            <span id="refund-rule" className={order.refundPolicy.open ? 'muted' : 'action__reason'}>
              {order.refundPolicy.open ? t('orders.refund.openUntil', { deadline }) : t('orders.refund.closed', { deadline })}
            </span>
          </div>
        )}
        {kinds.length > 0 && <ResendMenu kinds={kinds} onChoose={(kind) => setOpen({ resend: kind })} />}
        {showRegenerate && (
          <button
            type="button"
            className="button button--secondary"
            disabled={regenerate.isPending}
            onClick={() => regenerate.mutate(undefined, { onSuccess: () => setDone(t('orders.actions.regenerated')) })}
          >
            {t('orders.actions.regenerate')}
          </button>
        )}
      </div>
      {regenerate.isError && (
        <p className="field__error" role="alert">
          {errorText(regenerate.error)}
        </p>
      )}
      {done && <Notice>{done}</Notice>}

      {open === 'paid' && <PaidDialog order={order} onClose={close} />}
      {open === 'cancel' && <CancelDialog order={order} onClose={close} />}
      {open === 'refund' && <RefundDialog order={order} onClose={close} />}
      {typeof open === 'object' && open !== null && <ResendDialog order={order} what={open.resend} onClose={close} />}
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { clearCart } from '../booking/cart';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { useOrder } from './hooks';
import { finishCheckout } from './orderAccess';

const POLL_MS = 1_000;
/** After this long without an outcome, say it is slower than usual (the webhook may be late). */
const SLOW_MS = 30_000;

/**
 * `/orders/:id/return`: where YooKassa sends the buyer back. The outcome arrives by webhook,
 * so follow the order until it is paid (→ the confirmation with the tickets) or cancelled
 * (→ a message and the way back to the seat map).
 */
export function PaymentReturnPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('payment.title'));
  const order = useOrder(id, { pollMs: POLL_MS });
  const [slow, setSlow] = useState(false);
  const status = order.data?.status;
  const eventId = order.data?.event.id;

  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (!eventId || !status || status === 'PENDING' || status === 'LOCKED') return;
    // Paid, or cancelled with its seats released: either way the sailing's cart is spent.
    finishCheckout(eventId);
    clearCart(eventId);
  }, [eventId, status]);

  if (!order.access) return <UnknownOrder />;
  if (order.isError) {
    return (
      <section className="page page--narrow">
        <h1>{t('payment.title')}</h1>
        <ErrorMessage error={order.error} onRetry={() => void order.refetch()} />
      </section>
    );
  }
  if (status === 'PAID' || status === 'REFUNDED' || status === 'PARTIALLY_REFUNDED') return <Navigate to={`/orders/${id}`} replace />;
  if ((status === 'CANCELLED' || status === 'EXPIRED') && eventId) {
    return (
      <section className="page page--narrow" aria-labelledby="payment-title">
        <h1 id="payment-title">{t('payment.notPaidTitle')}</h1>
        <div className="status status--error" role="alert">
          <p>{status === 'EXPIRED' ? t('payment.expired') : t('payment.cancelled')}</p>
        </div>
        <p>
          <Link className="button" to={`/events/${eventId}/seatmap`}>
            {t('payment.backToSeats')}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="page page--narrow" aria-labelledby="payment-title">
      <h1 id="payment-title">{t('payment.title')}</h1>
      <Loading>{t('payment.waiting')}</Loading>
      {slow && <p className="muted">{t('payment.slow')}</p>}
    </section>
  );
}

/** An order this browser has no token for (another device, cleared storage). */
export function UnknownOrder() {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow">
      <h1>{t('payment.unknownTitle')}</h1>
      <p>{t('payment.unknown')}</p>
      <p>
        <Link to="/events">{t('nav.events')}</Link>
      </p>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isEventId, useEvent } from '../events/hooks';
import { notFound } from '../events/notFound';
import type { EventDetail } from '../events/types';
import { useOrder } from '../orders/hooks';
import { currentCheckout, finishCheckout, recordCheckoutOrder } from '../orders/orderAccess';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { DetailsStep } from './DetailsStep';
import { ReviewStep } from './ReviewStep';

/** `/events/:id/checkout`: the buyer's details, then the order as the API priced it, then payment. */
export function CheckoutPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  usePageTitle(t('checkout.title'));

  return (
    <section className="page page--narrow" aria-labelledby="checkout-title">
      <p>
        <Link to={`/events/${id}/seatmap`} className="back">
          <span aria-hidden="true">←</span> {t('checkout.backToSeats')}
        </Link>
      </p>
      <h1 id="checkout-title">{t('checkout.title')}</h1>
      {!isEventId(id) && <ErrorMessage error={notFound(id)} />}
      {isEventId(id) && event.isPending && <Loading>{t('events.loadingOne')}</Loading>}
      {event.isError && <ErrorMessage error={event.error} onRetry={() => void event.refetch()} />}
      {event.data && <Checkout event={event.data} />}
    </section>
  );
}

/** Which step the checkout is at: an order still waiting for payment is reviewed and paid, else the details. */
function Checkout({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const [checkout, setCheckout] = useState(() => currentCheckout(event.id));
  const existing = useOrder(checkout.orderId ?? '');
  const order = checkout.orderId ? existing.data : undefined;
  const open = order?.status === 'PENDING' || order?.status === 'LOCKED';
  const ended = order !== undefined && !open;

  useEffect(() => {
    // The order of this checkout ended (paid, cancelled, expired): the next purchase is a new checkout.
    if (!ended) return;
    finishCheckout(event.id);
    setCheckout(currentCheckout(event.id));
  }, [ended, event.id]);

  if (checkout.orderId && existing.isPending && existing.access) return <Loading>{t('checkout.loadingOrder')}</Loading>;
  // An order of this checkout that is still waiting for payment: pay it (never a second one).
  if (order && open) return <ReviewStep event={event} order={order} />;
  return (
    <DetailsStep
      key={checkout.idempotencyKey}
      event={event}
      idempotencyKey={checkout.idempotencyKey}
      onOrdered={(orderId) => {
        recordCheckoutOrder(event.id, orderId);
        setCheckout(currentCheckout(event.id));
      }}
    />
  );
}

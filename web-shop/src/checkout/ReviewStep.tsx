import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trackFunnel } from '../analytics/matomo';
import { orders } from '../api';
import { HoldCountdown } from '../booking/HoldCountdown';
import type { EventDetail } from '../events/types';
import { useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import { orderKeys, useOrder, type OrderView } from '../orders/hooks';
import { OrderSummary } from '../orders/OrderSummary';
import { ErrorMessage } from '../ui/Status';

/** The order as the API priced it, its payment window, and the way to pay. */
export function ReviewStep({ event, order }: { event: EventDetail; order: OrderView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const [paying, setPaying] = useState(false);
  const access = useOrder(order.id).access;

  const pay = async () => {
    if (!access || paying) return;
    setPaying(true);
    setFailure(null);
    try {
      const payment = await orders.startPayment(order.id, access.token);
      trackFunnel('payment_started', event.id, order.totalKopecks / 100);
      window.location.assign(payment.confirmationUrl);
    } catch (error) {
      setFailure(error);
      setPaying(false);
      void queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.id) });
    }
  };

  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title">{t('checkout.reviewTitle', { number: order.number })}</h2>
      <p className="muted">
        {order.event.title} · <time dateTime={order.event.startsAt}>{formatDateTime(order.event.startsAt, lang)}</time>
      </p>
      <p>{t('checkout.buyerLine', { name: order.customer.fullName, email: order.customer.email, phone: order.customer.phone })}</p>
      <HoldCountdown
        expiresAt={order.paymentWindowEndsAt}
        label={t('checkout.payWithin')}
        onExpired={() => void queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.id) })}
      />
      <OrderSummary order={order} />
      {failure !== null && <ErrorMessage error={failure} />}
      <button type="button" className="button button--large" onClick={() => void pay()} disabled={paying}>
        {t('checkout.pay', { total: formatPrice(order.totalKopecks, lang) })}
      </button>
      <p className="muted">{t('checkout.payNote')}</p>
    </section>
  );
}

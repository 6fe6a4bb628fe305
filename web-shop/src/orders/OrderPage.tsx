import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { trackPaidOrder } from '../analytics/matomo';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { useOrder, type OrderView } from './hooks';
import { awaitingPaidDocuments, isPaid, OrderDocuments } from './OrderFiles';
import { OrderSummary } from './OrderSummary';
import { UnknownOrder } from './PaymentReturnPage';
import { RefundPolicy } from './RefundPolicy';
import { TicketList } from './TicketList';

/** `/orders/:id`: the order confirmation — the e-tickets with QR codes and PDFs, the documents, the refund deadline. */
export function OrderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const order = useOrder(id);
  usePageTitle(order.data ? t('order.pageTitle', { number: order.data.number }) : undefined);

  if (!order.access) return <UnknownOrder />;
  return (
    <section className="page page--narrow" aria-labelledby="order-title">
      {order.isPending && <Loading>{t('order.loading')}</Loading>}
      {order.isError && <ErrorMessage error={order.error} onRetry={() => void order.refetch()} />}
      {order.data && <Confirmation order={order.data} token={order.access.token} />}
    </section>
  );
}

function Confirmation({ order, token }: { order: OrderView; token: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const paid = order.status === 'PAID' || order.status === 'PARTIALLY_REFUNDED';

  useEffect(() => {
    if (order.status === 'PAID') trackPaidOrder(order);
  }, [order]);

  return (
    <article className="confirmation">
      <h1 id="order-title">{paid ? t('order.thanks') : t('order.title', { number: order.number })}</h1>
      <p className={paid ? 'status status--success' : 'status status--empty'} role="status" data-order-status={order.status}>
        {t(`order.status.${order.status}`, { number: order.number })}
      </p>
      <p>
        <strong>{order.event.title}</strong> · <time dateTime={order.event.startsAt}>{formatDateTime(order.event.startsAt, lang)}</time>
      </p>
      {paid && <p>{t('order.sentTo', { email: order.customer.email })}</p>}
      {order.tickets.length > 0 && <TicketList order={order} token={token} />}
      <RefundPolicy order={order} />
      {isPaid(order) && <OrderDocuments order={order} token={token} waitFor={awaitingPaidDocuments(order)} />}
      <section aria-labelledby="order-summary-title">
        <h2 id="order-summary-title">{t('order.summary', { number: order.number })}</h2>
        <OrderSummary order={order} />
      </section>
      <p>
        <Link to="/events">{t('order.moreSailings')}</Link>
      </p>
    </article>
  );
}

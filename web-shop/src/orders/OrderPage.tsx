import { API_BASE_PATH } from '@prichal/sdk';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { trackPaidOrder } from '../analytics/matomo';
import { seatsOf } from '../booking/seatGeometry';
import { seatShortName } from '../booking/seatLabel';
import { useSeatLayout, useTicketTypes } from '../events/hooks';
import { useLang } from '../i18n';
import { formatDateTime, formatDeadline } from '../i18n/format';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { useOrder, type OrderView } from './hooks';
import { OrderSummary } from './OrderSummary';
import { UnknownOrder } from './PaymentReturnPage';

/** `/orders/:id`: the order confirmation — what was bought, the e-tickets with their QR codes, the refund deadline. */
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
  const layout = useSeatLayout(order.event.id, order.tickets.some((ticket) => ticket.seatCode !== null));
  const ticketTypes = useTicketTypes(order.event.id);
  const seats = layout.data ? new Map(seatsOf(layout.data).map((seat) => [seat.seatCode, seat])) : null;

  useEffect(() => {
    if (order.status === 'PAID') trackPaidOrder(order);
  }, [order]);

  return (
    <article className="confirmation">
      <h1 id="order-title">{paid ? t('order.thanks') : t('order.title', { number: order.number })}</h1>
      <p className={paid ? 'status status--success' : 'status status--empty'} role="status">
        {t(`order.status.${order.status}`, { number: order.number })}
      </p>
      <p>
        <strong>{order.event.title}</strong> · <time dateTime={order.event.startsAt}>{formatDateTime(order.event.startsAt, lang)}</time>
      </p>
      {paid && <p>{t('order.sentTo', { email: order.customer.email })}</p>}

      {order.tickets.length > 0 && (
        <section aria-labelledby="tickets-title">
          <h2 id="tickets-title">{t('order.tickets', { count: order.tickets.filter((ticket) => ticket.status === 'valid').length })}</h2>
          <ul className="tickets">
            {order.tickets.map((ticket) => {
              const seat = ticket.seatCode ? seats?.get(ticket.seatCode) : undefined;
              const type = ticketTypes.data?.items.find((item) => item.id === ticket.ticketTypeId);
              const where = seat ? seatShortName(t, seat) : (ticket.seatCode ?? t('order.generalAdmission'));
              return (
                <li key={ticket.id} className={ticket.status === 'void' ? 'ticket ticket--void' : 'ticket'} data-testid="e-ticket">
                  <img
                    className="ticket__qr"
                    src={`${API_BASE_PATH}/orders/${order.id}/tickets/${ticket.id}/qr.svg?token=${encodeURIComponent(token)}`}
                    alt={t('order.qrAlt', { code: ticket.code })}
                    width={160}
                    height={160}
                  />
                  <div className="ticket__info">
                    <p className="ticket__where">{where}</p>
                    {type && <p>{type.name}</p>}
                    <p className="ticket__code">{ticket.code}</p>
                    {ticket.status === 'void' && <p className="badge badge--muted">{t('order.voided')}</p>}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="order-summary-title">
        <h2 id="order-summary-title">{t('order.summary', { number: order.number })}</h2>
        <OrderSummary order={order} />
      </section>
      {paid && <p>{t('refund.until', { deadline: formatDeadline(order.refundPolicy.refundableUntil, lang) })}</p>}
      <p>
        <Link to="/events">{t('order.moreSailings')}</Link>
      </p>
    </article>
  );
}

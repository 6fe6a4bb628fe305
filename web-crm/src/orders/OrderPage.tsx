import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AuditTable } from '../audit/AuditTable';
import { useAuth } from '../auth/AuthProvider';
import { translateOr, useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import { ErrorMessage, Loading } from '../ui/Status';
import { useOrder } from './hooks';
import { OrderActions } from './OrderActions';
import { OrderDocuments } from './OrderDocuments';
import { OrderHistory } from './OrderHistory';
import { OrderMessages } from './OrderMessages';
import { StatusBadge } from './StatusBadge';
import type { AdminOrder } from './types';

/** `/admin/orders/:orderId`: everything about one order, and what may be done with it. */
export function OrderPage() {
  const { t } = useTranslation();
  const { orderId = '' } = useParams();
  const order = useOrder(orderId);

  return (
    <section className="page" aria-labelledby="order-title">
      <p>
        <Link to="/orders">← {t('orders.title')}</Link>
      </p>
      {order.isPending && <Loading>{t('orders.loadingOne')}</Loading>}
      {order.isError && <ErrorMessage error={order.error} onRetry={() => void order.refetch()} />}
      {order.data && <OrderDetails order={order.data} />}
    </section>
  );
}

function OrderDetails({ order }: { order: AdminOrder }) {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const money = (kopecks: number) => formatPrice(kopecks, lang);

  return (
    <>
      <div className="page__head">
        <h1 id="order-title">{t('orders.one', { number: order.number })}</h1>
        <span data-testid="order-status">
          <StatusBadge status={order.status} />
        </span>
        <span className="muted">
          {t('orders.createdAt', { at: formatDateTime(order.createdAt, lang) })}
          {order.channel && ` · ${t('orders.channel', { channel: order.channel })}`}
        </span>
      </div>
      {order.reviewReason && (
        <p className="status status--error" role="note">
          {t('orders.review', { reason: order.reviewReason })}
        </p>
      )}
      <OrderActions order={order} />

      <div className="grid-2">
        <section className="card" aria-labelledby="customer-title">
          <h2 id="customer-title">{t('orders.customer.title')}</h2>
          <dl className="facts">
            <dt>{t('orders.customer.name')}</dt>
            <dd>{order.customer.fullName}</dd>
            <dt>{t('orders.customer.email')}</dt>
            <dd>
              <a href={`mailto:${order.customer.email}`}>{order.customer.email}</a>
            </dd>
            <dt>{t('orders.customer.phone')}</dt>
            <dd>
              <a href={`tel:${order.customer.phone.replace(/[^\d+]/g, '')}`}>{order.customer.phone}</a>
            </dd>
            <dt>{t('orders.customer.locale')}</dt>
            <dd>{order.locale.toUpperCase()}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="sailing-title">
          <h2 id="sailing-title">{t('orders.sailing.title')}</h2>
          <dl className="facts">
            <dt>{t('orders.sailing.name')}</dt>
            <dd>
              {order.event.title}
              {order.event.status === 'cancelled' && <span className="badge">{t('events.cancelled')}</span>}
            </dd>
            <dt>{t('orders.sailing.departure')}</dt>
            <dd>
              <time dateTime={order.event.startsAt}>{formatDateTime(order.event.startsAt, lang)}</time>
            </dd>
            <dt>{t('orders.sailing.route')}</dt>
            <dd>{order.event.route.name}</dd>
            <dt>{t('orders.sailing.vessel')}</dt>
            <dd>{order.event.vessel.name}</dd>
            <dt>{t('orders.sailing.refundUntil')}</dt>
            <dd>{formatDateTime(order.refundPolicy.refundableUntil, lang)}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="payment-title">
          <h2 id="payment-title">{t('orders.payment.title')}</h2>
          <dl className="facts">
            <dt>{t('orders.payment.status')}</dt>
            <dd>{order.payment.status ? translateOr(`orders.payment.statuses.${order.payment.status}`, order.payment.status) : t('orders.payment.none')}</dd>
            {order.payment.id && (
              <>
                <dt>{t('orders.payment.id')}</dt>
                <dd>
                  <code>{order.payment.id}</code>
                </dd>
              </>
            )}
            <dt>{t('orders.payment.subtotal')}</dt>
            <dd>{money(order.subtotalKopecks)}</dd>
            {order.discountKopecks > 0 && (
              <>
                <dt>{t('orders.payment.discount')}</dt>
                <dd>
                  −{money(order.discountKopecks)}
                  {order.promoCode && <> ({order.promoCode})</>}
                </dd>
              </>
            )}
            <dt>{t('orders.payment.vat')}</dt>
            <dd>{money(order.vatKopecks)}</dd>
            <dt>{t('orders.payment.total')}</dt>
            <dd>
              <strong>{money(order.totalKopecks)}</strong>
            </dd>
            {order.payment.feeKopecks !== null && (
              <>
                <dt>{t('orders.payment.fee')}</dt>
                <dd>{money(order.payment.feeKopecks)}</dd>
              </>
            )}
            {(order.status === 'PENDING' || order.status === 'LOCKED') && (
              <>
                <dt>{t('orders.payment.windowEnds')}</dt>
                <dd>{formatDateTime(order.payment.windowEndsAt, lang)}</dd>
              </>
            )}
            {order.payment.confirmationUrl && (
              <>
                <dt>{t('orders.payment.page')}</dt>
                <dd>
                  <a href={order.payment.confirmationUrl} target="_blank" rel="noreferrer">
                    {t('orders.payment.open')}
                  </a>
                </dd>
              </>
            )}
          </dl>
        </section>
      </div>

      <section className="card" aria-labelledby="lines-title">
        <h2 id="lines-title">{t('orders.lines.title')}</h2>
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('orders.lines.description')}</th>
                <th scope="col">{t('orders.lines.seat')}</th>
                <th scope="col" className="num">{t('orders.lines.price')}</th>
                <th scope="col" className="num">{t('orders.lines.discount')}</th>
                <th scope="col" className="num">{t('orders.lines.vat')}</th>
                <th scope="col" className="num">{t('orders.lines.total')}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.id}>
                  <td>{line.description}</td>
                  <td>{line.seatCode ?? '—'}</td>
                  <td className="num nowrap">{money(line.unitPriceKopecks)}</td>
                  <td className="num nowrap">{line.discountKopecks ? `−${money(line.discountKopecks)}` : '—'}</td>
                  <td className="num nowrap">
                    {line.vatMode === 'none' ? t('orders.lines.noVat') : `${line.vatPercent}% · ${money(line.vatKopecks)}`}
                  </td>
                  <td className="num nowrap">{money(line.totalKopecks)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {order.tickets.length > 0 && (
          <div className="table-wrap">
            <table className="table table--compact" aria-label={t('orders.tickets.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('orders.tickets.code')}</th>
                  <th scope="col">{t('orders.lines.seat')}</th>
                  <th scope="col">{t('orders.tickets.status')}</th>
                  <th scope="col">{t('orders.tickets.boarded')}</th>
                </tr>
              </thead>
              <tbody>
                {order.tickets.map((ticket) => (
                  <tr key={ticket.id} className={ticket.status === 'void' ? 'is-cancelled' : undefined}>
                    <td>
                      <code>{ticket.code}</code>
                    </td>
                    <td>{ticket.seatCode ?? '—'}</td>
                    <td>{t(`orders.tickets.statuses.${ticket.status}`)}</td>
                    <td>{ticket.boardedAt ? formatDateTime(ticket.boardedAt, lang) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <OrderHistory order={order} />
      <OrderDocuments order={order} />
      <OrderMessages order={order} />

      {auth.can('audit:read') || order.audit.length > 0 ? (
        <section className="card" aria-labelledby="order-audit-title">
          <h2 id="order-audit-title">{t('orders.audit')}</h2>
          {order.audit.length === 0 ? <p className="muted">{t('audit.empty')}</p> : <AuditTable records={order.audit} compact />}
        </section>
      ) : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { translateOr, useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import type { AdminOrder } from './types';

/** Refunds and status history of an order. */
export function OrderHistory({ order }: { order: AdminOrder }) {
  const { t } = useTranslation();
  const lang = useLang();
  const status = (value: string | null) => (value ? translateOr(`orders.status.${value}`, value) : '—');

  return (
    <div className="grid-2">
      <section className="card" aria-labelledby="refunds-title">
        <h2 id="refunds-title">{t('orders.refunds.title')}</h2>
        {order.refunds.length === 0 ? (
          <p className="muted">{t('orders.refunds.none')}</p>
        ) : (
          <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('orders.refunds.at')}</th>
                <th scope="col" className="num">{t('orders.refunds.amount')}</th>
                <th scope="col">{t('orders.refunds.status')}</th>
                <th scope="col">{t('orders.refunds.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {order.refunds.map((refund) => (
                <tr key={refund.id}>
                  <td className="nowrap">{formatDateTime(refund.createdAt, lang)}</td>
                  <td className="num nowrap">{formatPrice(refund.amountKopecks, lang)}</td>
                  <td>{t(`orders.refunds.statuses.${refund.status}`)}</td>
                  <td>
                    {refund.reason}
                    <div className="muted">{t('orders.refunds.tickets', { count: refund.tickets.length })}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('orders.history.title')}</h2>
        <ol className="timeline">
          {order.statusHistory.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>{' '}
              {status(entry.from)} → <strong>{status(entry.to)}</strong>
              {entry.reason && <div className="muted">{entry.reason}</div>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { translateOr, useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import type { AdminOrder } from './types';

/** Refunds, status history, documents and messages of an order. */
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

      <section className="card" aria-labelledby="documents-title">
        <h2 id="documents-title">{t('orders.documents.title')}</h2>
        {order.documents === null ? (
          <p className="muted">{t('orders.documents.notConnected')}</p>
        ) : order.documents.length === 0 ? (
          <p className="muted">{t('orders.documents.none')}</p>
        ) : (
          <ul className="plain-list">
            {order.documents.map((doc) => (
              <li key={doc.id}>
                {translateOr(`orders.documents.kinds.${doc.kind}`, doc.kind)} {doc.number ?? ''} ·{' '}
                <span className="muted">{formatDateTime(doc.issuedAt, lang)}</span>{' '}
                {doc.url && (
                  <a href={doc.url} target="_blank" rel="noreferrer">
                    {t('orders.documents.open')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="notifications-title">
        <h2 id="notifications-title">{t('orders.notifications.title')}</h2>
        {order.notifications === null ? (
          <p className="muted">{t('orders.notifications.notConnected')}</p>
        ) : order.notifications.length === 0 ? (
          <p className="muted">{t('orders.notifications.none')}</p>
        ) : (
          <ul className="plain-list">
            {order.notifications.map((note) => (
              <li key={note.id}>
                {translateOr(`orders.notifications.kinds.${note.kind}`, note.kind)} · {note.channel} ·{' '}
                {translateOr(`orders.notifications.statuses.${note.status}`, note.status)} ·{' '}
                <span className="muted">{formatDateTime(note.at, lang)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { translateOr, useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import type { AdminOrder } from './types';

/** The messages sent about the order: what, by which channel, to whom, and how it went. */
export function OrderMessages({ order }: { order: AdminOrder }) {
  const { t } = useTranslation();
  const lang = useLang();

  return (
    <section className="card" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('orders.notifications.title')}</h2>
      {order.notifications.length === 0 ? (
        <p className="muted">{t('orders.notifications.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact" aria-labelledby="messages-title">
            <thead>
              <tr>
                <th scope="col">{t('orders.notifications.at')}</th>
                <th scope="col">{t('orders.notifications.type')}</th>
                <th scope="col">{t('orders.notifications.channel')}</th>
                <th scope="col">{t('orders.notifications.recipient')}</th>
                <th scope="col">{t('orders.notifications.status')}</th>
                <th scope="col" className="num">{t('orders.notifications.attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {order.notifications.map((note) => (
                <tr key={note.id}>
                  <td className="nowrap">
                    <time dateTime={note.at}>{formatDateTime(note.at, lang)}</time>
                  </td>
                  <td>{translateOr(`messages.types.${note.kind}`, note.kind)}</td>
                  <td>{translateOr(`messages.channels.${note.channel}`, note.channel)}</td>
                  <td className="break">{note.recipient}</td>
                  <td>
                    <span className={`badge badge--${note.status === 'sent' ? 'ok' : note.status === 'failed' ? 'bad' : 'info'}`}>
                      {translateOr(`orders.notifications.statuses.${note.status}`, note.status)}
                    </span>
                    {note.error && <div className="field__error">{note.error}</div>}
                  </td>
                  <td className="num">{note.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import type { EventSummary } from './types';

/** Sailings as a table; wide on purpose, it scrolls sideways on small screens. */
export function EventTable({ events, busy }: { events: EventSummary[]; busy: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();

  return (
    <div className="table-wrap" role="region" aria-labelledby="events-caption" tabIndex={0}>
      <table className="table" aria-busy={busy}>
        <caption id="events-caption" className="visually-hidden">
          {t('events.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('events.columns.title')}</th>
            <th scope="col">{t('events.columns.departure')}</th>
            <th scope="col">{t('events.columns.route')}</th>
            <th scope="col">{t('events.columns.berth')}</th>
            <th scope="col">{t('events.columns.vessel')}</th>
            <th scope="col">{t('events.columns.seating')}</th>
            <th scope="col" className="num">
              {t('events.columns.priceFrom')}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className={event.status === 'cancelled' ? 'is-cancelled' : undefined}>
              <th scope="row">
                {event.title}
                {event.status === 'cancelled' && <span className="badge">{t('events.cancelled')}</span>}
              </th>
              <td className="nowrap">
                <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, lang)}</time>
              </td>
              <td>{event.route.name}</td>
              <td>{event.departureBerth.name}</td>
              <td>{event.vessel.name}</td>
              <td>{t(`events.seating.${event.vessel.seatingMode}`)}</td>
              <td className="num nowrap">
                {event.priceFrom === null ? t('events.priceUnknown') : formatPrice(event.priceFrom, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

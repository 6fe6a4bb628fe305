import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n';
import { formatDateTime, formatDuration } from '../i18n/format';
import { availabilityOf } from './availability';
import { PhotoPlaceholder } from './PhotoPlaceholder';
import { PriceFrom } from './PriceFrom';
import type { EventSummary } from './types';

export function EventCard({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const cancelled = event.status === 'cancelled';
  const availability = availabilityOf(event.remaining, event.vessel.capacity);
  const titleId = `event-${event.id}-title`;

  return (
    <article className={cancelled ? 'card card--cancelled' : 'card'} aria-labelledby={titleId}>
      <PhotoPlaceholder seed={event.route.id} kind={event.kind} />
      <div className="card__body">
        <header className="card__header">
          <time className="card__when" dateTime={event.startsAt}>
            {formatDateTime(event.startsAt, lang)}
          </time>
          {cancelled && <span className="badge badge--warning">{t('events.cancelled')}</span>}
          {!cancelled && availability === 'few' && (
            <span className="badge badge--warning">{t('events.fewSeatsLeft', { count: event.remaining })}</span>
          )}
          {!cancelled && availability === 'soldOut' && <span className="badge badge--muted">{t('events.soldOut')}</span>}
        </header>
        <h2 className="card__title" id={titleId}>
          <Link to={`/events/${event.id}`}>{event.title}</Link>
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('events.route')}</dt>
            <dd>{event.route.name}</dd>
          </div>
          <div>
            <dt>{t('events.berth')}</dt>
            <dd>{event.departureBerth.name}</dd>
          </div>
          <div>
            <dt>{t('events.duration')}</dt>
            <dd>{formatDuration(event.durationMinutes, lang)}</dd>
          </div>
        </dl>
        <PriceFrom kopecks={event.priceFrom} className="card__price" />
      </div>
    </article>
  );
}

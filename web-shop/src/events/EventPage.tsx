import { ApiError } from '@prichal/sdk';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../i18n';
import { formatDateTime, formatDuration } from '../i18n/format';
import { ErrorMessage, Loading } from '../ui/Status';
import { isEventId, useEvent } from './hooks';
import { PriceFrom } from './PriceFrom';
import type { EventDetail } from './types';

/** `/events/:id`: one sailing. A placeholder until booking arrives. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  const malformed = !isEventId(id);

  return (
    <section className="page page--narrow">
      <p>
        <Link to="/events" className="back">
          <span aria-hidden="true">←</span> {t('events.backToList')}
        </Link>
      </p>
      {malformed && <ErrorMessage error={notFound(id)} />}
      {!malformed && event.isPending && <Loading>{t('events.loadingOne')}</Loading>}
      {event.isError && <ErrorMessage error={event.error} onRetry={() => void event.refetch()} />}
      {event.isSuccess && <EventDetails event={event.data} />}
    </section>
  );
}

/** What the API would say about an id it cannot find, without asking it. */
function notFound(id: string): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: `No sailing with id ${id}`,
    code: 'event_not_found',
  });
}

function EventDetails({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const berth = event.departureBerth;

  return (
    <article className="event" aria-labelledby="event-title">
      <h1 id="event-title">{event.title}</h1>
      {event.status === 'cancelled' && <p className="badge badge--warning">{t('events.cancelled')}</p>}
      <dl className="facts facts--wide">
        <div>
          <dt>{t('events.departure')}</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, lang)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('events.duration')}</dt>
          <dd>{formatDuration(event.durationMinutes, lang)}</dd>
        </div>
        <div>
          <dt>{t('events.route')}</dt>
          <dd>{event.route.name}</dd>
        </div>
        <div>
          <dt>{t('events.berth')}</dt>
          <dd>
            {berth.name}, {berth.address}{' '}
            <a href={berth.mapUrl} target="_blank" rel="noreferrer">
              {t('events.showOnMap')}
            </a>
          </dd>
        </div>
        <div>
          <dt>{t('events.vessel')}</dt>
          <dd>{event.vessel.name}</dd>
        </div>
      </dl>
      <PriceFrom kopecks={event.priceFrom} className="event__price" />
      {event.description && <p className="event__description">{event.description}</p>}
    </article>
  );
}

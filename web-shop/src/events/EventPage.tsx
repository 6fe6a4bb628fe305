import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { trackFunnel } from '../analytics/matomo';
import { useLang } from '../i18n';
import { formatDateTime, formatDeadline, formatDuration } from '../i18n/format';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { availabilityOf } from './availability';
import { isEventId, useEvent, usePrices, useSeatLayout, useTicketTypes } from './hooks';
import { notFound } from './notFound';
import { PriceFrom } from './PriceFrom';
import { PriceTable } from './PriceTable';
import type { EventDetail } from './types';

/** `/events/:id`: one sailing — facts, prices with VAT, the refund deadline and the way to book. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  const malformed = !isEventId(id);
  usePageTitle(event.data?.title);

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

function EventDetails({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const berth = event.departureBerth;
  const seated = event.vessel.seatingMode === 'assigned';
  const ticketTypes = useTicketTypes(event.id);
  const prices = usePrices(event.id);
  const layout = useSeatLayout(event.id, seated);
  const availability = availabilityOf(event.remaining, event.vessel.capacity);
  const bookable = event.status === 'scheduled' && availability !== 'soldOut' && new Date(event.startsAt).getTime() > Date.now();

  useEffect(() => trackFunnel('event_viewed', event.id), [event.id]);

  return (
    <article className="event" aria-labelledby="event-title">
      <h1 id="event-title">{event.title}</h1>
      {event.status === 'cancelled' && <p className="badge badge--warning">{t('events.cancelled')}</p>}
      {availability === 'few' && event.status === 'scheduled' && (
        <p className="badge badge--warning">{t('events.fewSeatsLeft', { count: event.remaining })}</p>
      )}
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
              <span className="visually-hidden"> ({t('app.newWindow')})</span>
            </a>
          </dd>
        </div>
        <div>
          <dt>{t('events.vessel')}</dt>
          <dd>{event.vessel.name}</dd>
        </div>
      </dl>
      {event.description && <p className="event__description">{event.description}</p>}

      <section aria-labelledby="prices-title" className="event__section">
        <h2 id="prices-title">{t('prices.title')}</h2>
        <PriceFrom kopecks={event.priceFrom} className="event__price" />
        {ticketTypes.data && prices.data && (
          <PriceTable prices={prices.data} ticketTypes={ticketTypes.data.items} categories={layout.data?.categories ?? []} />
        )}
        {(ticketTypes.isError || prices.isError) && <ErrorMessage error={ticketTypes.error ?? prices.error} />}
      </section>

      <section aria-labelledby="refund-title" className="event__section">
        <h2 id="refund-title">{t('refund.title')}</h2>
        <p>{t('refund.until', { deadline: formatDeadline(event.refundPolicy.refundableUntil, lang) })}</p>
        <p className="muted">{t('refund.rules')}</p>
      </section>

      {bookable ? (
        <p>
          <Link className="button button--large" to={`/events/${event.id}/seatmap`}>
            {seated ? t('events.chooseSeats') : t('events.chooseTickets')}
          </Link>
        </p>
      ) : (
        <p className="status status--empty">{availability === 'soldOut' ? t('events.soldOut') : t('events.notBookable')}</p>
      )}
    </article>
  );
}

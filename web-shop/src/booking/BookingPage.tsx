import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isEventId, useEvent } from '../events/hooks';
import { notFound } from '../events/notFound';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { GaBooking } from './GaBooking';
import { SeatMapBooking } from './SeatMapBooking';

/** `/events/:id/seatmap`: the seat map, or the quantity picker of a general-admission sailing. */
export function BookingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const event = useEvent(id);
  usePageTitle(event.data ? t('seatmap.pageTitle', { title: event.data.title }) : undefined);

  return (
    <section className="page" aria-labelledby="booking-title">
      <p>
        <Link to={`/events/${id}`} className="back">
          <span aria-hidden="true">←</span> {t('seatmap.backToEvent')}
        </Link>
      </p>
      {!isEventId(id) && <ErrorMessage error={notFound(id)} />}
      {isEventId(id) && event.isPending && <Loading>{t('events.loadingOne')}</Loading>}
      {event.isError && <ErrorMessage error={event.error} onRetry={() => void event.refetch()} />}
      {event.data && (
        <>
          <header className="booking__header">
            <h1 id="booking-title">{event.data.title}</h1>
            <p className="muted">
              <time dateTime={event.data.startsAt}>{formatDateTime(event.data.startsAt, lang)}</time> · {event.data.departureBerth.name} ·{' '}
              {event.data.vessel.name}
            </p>
          </header>
          {event.data.vessel.seatingMode === 'assigned' ? <SeatMapBooking event={event.data} /> : <GaBooking event={event.data} />}
        </>
      )}
    </section>
  );
}

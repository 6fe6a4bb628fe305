import { useTranslation } from 'react-i18next';
import { HoldCountdown } from '../booking/HoldCountdown';
import type { EventDetail } from '../events/types';
import { useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import type { HeldItem } from './useHeldItems';

/** The sailing and what the session holds on it at list prices, with the hold's countdown. */
export function HeldSummary({
  event,
  items,
  expiresAt,
  onExpired,
}: {
  event: EventDetail;
  items: HeldItem[];
  expiresAt: string | null;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const listTotal = items.reduce((sum, item) => sum + item.totalKopecks, 0);

  return (
    <section aria-labelledby="held-title" className="checkout__held">
      <h2 id="held-title">{event.title}</h2>
      <p className="muted">
        <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, lang)}</time> · {event.departureBerth.name}
      </p>
      {expiresAt && <HoldCountdown expiresAt={expiresAt} onExpired={onExpired} />}
      <ul className="held">
        {items.map((item) => (
          <li key={item.key}>
            <span>
              {item.label} · {item.ticketType}
            </span>
            <span>{formatPrice(item.totalKopecks, lang)}</span>
          </li>
        ))}
      </ul>
      <p className="held__total">
        {t('checkout.listTotal')} <strong>{formatPrice(listTotal, lang)}</strong>
      </p>
      <p className="muted">{t('checkout.finalNote')}</p>
    </section>
  );
}

import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { trackFunnel } from '../analytics/matomo';
import { seating } from '../api';
import { usePrices, useTicketTypes } from '../events/hooks';
import type { EventDetail } from '../events/types';
import { useLang } from '../i18n';
import { errorText } from '../i18n/errors';
import { formatPrice } from '../i18n/format';
import { browserSessionId } from '../lib/session';
import { ErrorMessage, Loading } from '../ui/Status';
import { liveGaHold, loadCart, saveCart, type Cart } from './cart';
import { HoldCountdown } from './HoldCountdown';
import { priceFor, ticketTypesFor } from './prices';
import { useSeatStream } from './useSeatStream';

/**
 * General admission: a quantity picker per ticket type. Each change sets the session's places
 * through the API (`POST /events/{id}/holds` sets the quantities), so what the buyer sees held
 * is what the server holds; places left update live from the seat stream.
 */
export function GaBooking({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const sessionId = browserSessionId();
  const prices = usePrices(event.id);
  const ticketTypes = useTicketTypes(event.id);
  const { state } = useSeatStream(event.id, sessionId);
  const [cart, setCart] = useState<Cart>(() => {
    const stored = loadCart(event.id);
    return { ...stored, ga: liveGaHold(stored) };
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ role: 'alert' | 'status'; text: string } | null>(null);
  const latest = useRef(cart);
  latest.current = cart;

  const store = useCallback(
    (next: Cart) => {
      saveCart(event.id, next);
      setCart(next);
    },
    [event.id],
  );

  const quantities = cart.ga?.quantities ?? {};
  const count = Object.values(quantities).reduce((sum, q) => sum + q, 0);

  const change = async (ticketTypeId: string, delta: number) => {
    const current = latest.current.ga?.quantities ?? {};
    const wanted = { ...current, [ticketTypeId]: Math.max(0, (current[ticketTypeId] ?? 0) + delta) };
    setBusy(true);
    try {
      const hold = await seating.holdPlaces(
        event.id,
        sessionId,
        Object.entries(wanted).map(([id, quantity]) => ({ ticketTypeId: id, quantity })),
      );
      const held = Object.fromEntries(hold.items.map((item) => [item.ticketTypeId, item.quantity]));
      store({ ...latest.current, ga: { holdId: hold.id, quantities: held, expiresAt: hold.expiresAt } });
      const total = hold.items.reduce((sum, item) => sum + item.quantity, 0);
      setMessage({ role: 'status', text: t('ga.heldNotice', { count: total }) });
      if (delta > 0) trackFunnel('seat_selected', event.id, total);
    } catch (error) {
      setMessage({ role: 'alert', text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const onExpired = useCallback(() => store({ ...latest.current, ga: null }), [store]);

  if (prices.isError || ticketTypes.isError) return <ErrorMessage error={prices.error ?? ticketTypes.error} onRetry={() => void prices.refetch()} />;
  if (!prices.data || !ticketTypes.data) return <Loading>{t('ga.loading')}</Loading>;

  const priceList = prices.data;
  const types = ticketTypesFor(priceList, ticketTypes.data.items, null);
  const total = types.reduce((sum, type) => sum + (quantities[type.id] ?? 0) * (priceFor(priceList, type.id, null)?.totalKopecks ?? 0), 0);
  const remaining = state?.remaining ?? null;

  return (
    <div className="booking booking--ga">
      <section className="booking__map" aria-labelledby="ga-title">
        <h2 id="ga-title">{t('ga.title')}</h2>
        {remaining !== null && <p className="muted">{t('ga.remaining', { count: remaining })}</p>}
        <p role="alert" className={message?.role === 'alert' ? 'notice notice--alert' : 'visually-hidden'}>
          {message?.role === 'alert' ? message.text : ''}
        </p>
        <p role="status" className="visually-hidden">
          {message?.role === 'status' ? message.text : ''}
        </p>
        <ul className="quantities">
          {types.map((type) => {
            const price = priceFor(priceList, type.id, null);
            const quantity = quantities[type.id] ?? 0;
            const left = state?.ticketTypes.get(type.id);
            const labelId = `ga-type-${type.id}`;
            return (
              <li key={type.id} className="quantity" aria-labelledby={labelId}>
                <div className="quantity__info">
                  <span id={labelId} className="quantity__name">
                    {type.name}
                  </span>
                  {type.description && <small className="muted">{type.description}</small>}
                  <span className="quantity__price">{price ? formatPrice(price.totalKopecks, lang) : '—'}</span>
                  {type.quota !== null && left !== undefined && <small className="muted">{t('ga.typeRemaining', { count: left })}</small>}
                </div>
                <div className="stepper" role="group" aria-label={t('ga.quantityOf', { type: type.name })}>
                  <button
                    type="button"
                    className="stepper__button"
                    aria-label={t('ga.decrease', { type: type.name })}
                    disabled={busy || quantity === 0}
                    onClick={() => void change(type.id, -1)}
                  >
                    −
                  </button>
                  <output className="stepper__value" aria-live="polite" data-testid={`quantity-${type.code}`}>
                    {quantity}
                  </output>
                  <button
                    type="button"
                    className="stepper__button"
                    aria-label={t('ga.increase', { type: type.name })}
                    disabled={busy || remaining === 0 || (left !== undefined && left === 0)}
                    onClick={() => void change(type.id, 1)}
                  >
                    +
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <aside className="booking__panel" aria-labelledby="ga-selection-title">
        <h2 id="ga-selection-title">{t('seatmap.selectionTitle')}</h2>
        {cart.ga && count > 0 && <HoldCountdown expiresAt={cart.ga.expiresAt} onExpired={onExpired} />}
        {count > 0 ? (
          <>
            <p className="selection__count">{t('ga.count', { count })}</p>
            <p className="selection__total">
              {t('seatmap.total')} <strong data-testid="selection-total">{formatPrice(total, lang)}</strong>
            </p>
          </>
        ) : (
          <p className="muted">{t('ga.nothingSelected')}</p>
        )}
        <button
          type="button"
          className="button button--large"
          disabled={count === 0 || busy}
          onClick={() => {
            trackFunnel('checkout_started', event.id, count);
            void navigate(`/events/${event.id}/checkout`);
          }}
        >
          {t('seatmap.continue')}
        </button>
      </aside>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { trackFunnel } from '../analytics/matomo';
import { seating } from '../api';
import { usePrices, useSeatLayout, useTicketTypes } from '../events/hooks';
import type { EventDetail } from '../events/types';
import { useLang } from '../i18n';
import { errorText } from '../i18n/errors';
import { formatPrice } from '../i18n/format';
import { browserSessionId } from '../lib/session';
import { ErrorMessage, Loading } from '../ui/Status';
import { loadCart, saveCart, type Cart } from './cart';
import { HoldCountdown } from './HoldCountdown';
import { bookingKeys } from './keys';
import { takenSeatsOf, type Notice } from './notices';
import { defaultTicketType, priceFor, ticketTypesFor } from './prices';
import { SeatLegend } from './SeatLegend';
import { SeatMap } from './SeatMap';
import { seatsOf } from './seatGeometry';
import { seatLabel, seatShortName } from './seatLabel';
import { SelectionPanel, type SelectedSeat } from './SelectionPanel';
import type { SeatInfo, SeatStatus } from './types';
import { useSeatStream } from './useSeatStream';

const CATEGORY_COLORS = ['#2a7f62', '#1f6fa8', '#7a4fa3', '#8a6d1f', '#3d6b2f'];
const BEST_COUNTS = [1, 2, 3, 4, 5, 6];

/** What this page did to a seat, shown until the stream reports a newer change of it. */
interface Override {
  status: SeatStatus;
  /** The seat's version in the stream when the request finished. */
  base: number;
}

/**
 * The seat map of an assigned-seating sailing: live status from the seat stream, a click or
 * Enter locks or unlocks a seat through the API, "best seats" holds the best free ones, and
 * the panel shows each seat's ticket type, the total and the hold's countdown.
 */
export function SeatMapBooking({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const sessionId = browserSessionId();
  const layout = useSeatLayout(event.id);
  const prices = usePrices(event.id);
  const ticketTypes = useTicketTypes(event.id);
  const { state, connected } = useSeatStream(event.id, sessionId);
  const ownHold = useQuery({
    queryKey: bookingKeys.seatStatus(event.id, sessionId),
    queryFn: () => seating.seatStatus(event.id, sessionId),
    staleTime: Infinity,
  });

  const [overrides, setOverrides] = useState<Map<string, Override>>(new Map());
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [holdExpiresAt, setHoldExpiresAt] = useState<string | null>(null);
  const [cart, setCart] = useState<Cart>(() => loadCart(event.id));
  const [bestCount, setBestCount] = useState(2);
  const [bestBusy, setBestBusy] = useState(false);
  const watched = useRef<string | null>(null);
  const previous = useRef<Map<string, SeatStatus> | null>(null);

  useEffect(() => {
    const data = ownHold.data;
    if (data?.seatingMode === 'assigned' && data.holdExpiresAt) setHoldExpiresAt((current) => current ?? data.holdExpiresAt);
  }, [ownHold.data]);

  const seats = useMemo(() => (layout.data ? seatsOf(layout.data) : []), [layout.data]);
  const seatByCode = useMemo(() => new Map(seats.map((s) => [s.seatCode, s])), [seats]);

  const statusOf = useCallback(
    (code: string): SeatStatus => {
      const live = state?.seats.get(code);
      const override = overrides.get(code);
      if (override && (live?.version ?? 0) === override.base) return override.status;
      return live?.status ?? 'unknown';
    },
    [state, overrides],
  );

  const flashSeat = useCallback((code: string) => {
    setFlash(code);
    setTimeout(() => setFlash((current) => (current === code ? null : current)), 3_000);
  }, []);

  // Someone else took the seat the buyer is looking at: show it at once and say so.
  useEffect(() => {
    if (!state) return;
    const code = watched.current;
    const before = code ? previous.current?.get(code) : undefined;
    const after = code ? state.seats.get(code)?.status : undefined;
    const seat = code ? seatByCode.get(code) : undefined;
    if (code && seat && before === 'free' && (after === 'reserved' || after === 'sold') && !pending.has(code)) {
      setNotice({ role: 'alert', text: t('seatmap.takenByOther', { seat: seatShortName(t, seat) }) });
      flashSeat(code);
    }
    previous.current = new Map([...state.seats].map(([seatCode, seatState]) => [seatCode, seatState.status]));
  }, [state, seatByCode, pending, t, flashSeat]);

  const updateCart = useCallback(
    (change: (cart: Cart) => Cart) =>
      setCart((current) => {
        const next = change(current);
        saveCart(event.id, next);
        return next;
      }),
    [event.id],
  );

  const markOwn = (codes: string[], status: SeatStatus) =>
    setOverrides((current) => {
      const next = new Map(current);
      for (const code of codes) next.set(code, { status, base: state?.seats.get(code)?.version ?? 0 });
      return next;
    });
  const setBusy = (code: string, busy: boolean) =>
    setPending((current) => {
      const next = new Set(current);
      if (busy) next.add(code);
      else next.delete(code);
      return next;
    });

  const reportTaken = (error: unknown) => {
    const taken = takenSeatsOf(error);
    const first = taken[0] ? seatByCode.get(taken[0]) : undefined;
    if (first) {
      markOwn(taken, 'reserved');
      flashSeat(first.seatCode);
      setNotice({ role: 'alert', text: t('seatmap.takenByOther', { seat: seatShortName(t, first) }) });
    } else {
      setNotice({ role: 'alert', text: errorText(t, error) });
    }
  };

  const toggle = async (seat: SeatInfo) => {
    const code = seat.seatCode;
    if (pending.has(code)) return;
    const status = statusOf(code);
    if (status !== 'free' && status !== 'selected') {
      setNotice({ role: 'status', text: t('seatmap.unavailable', { seat: seatShortName(t, seat) }) });
      return;
    }
    setBusy(code, true);
    try {
      if (status === 'free') {
        const hold = await seating.lockSeats(event.id, sessionId, [code]);
        markOwn([code], 'selected');
        setHoldExpiresAt(hold.expiresAt);
        setNotice({ role: 'status', text: t('seatmap.selectedNotice', { seat: seatShortName(t, seat), count: hold.seats.length }) });
        trackFunnel('seat_selected', event.id, hold.seats.length);
      } else {
        await seating.unlockSeats(event.id, sessionId, [code]);
        markOwn([code], 'free');
        updateCart((c) => ({ ...c, seatTypes: Object.fromEntries(Object.entries(c.seatTypes).filter(([k]) => k !== code)) }));
        setNotice({ role: 'status', text: t('seatmap.releasedNotice', { seat: seatShortName(t, seat) }) });
      }
    } catch (error) {
      reportTaken(error);
    } finally {
      setBusy(code, false);
    }
  };

  const pickBest = async () => {
    setBestBusy(true);
    try {
      const hold = await seating.lockBestSeats(event.id, { sessionId, count: bestCount });
      markOwn(hold.seats, 'selected');
      setHoldExpiresAt(hold.expiresAt);
      setNotice({ role: 'status', text: t('seatmap.bestNotice', { count: hold.seats.length }) });
      trackFunnel('seat_selected', event.id, hold.seats.length);
    } catch (error) {
      reportTaken(error);
    } finally {
      setBestBusy(false);
    }
  };

  const selected: SelectedSeat[] = useMemo(() => {
    if (!prices.data || !ticketTypes.data) return [];
    const list: SelectedSeat[] = [];
    for (const seat of seats) {
      if (statusOf(seat.seatCode) !== 'selected') continue;
      const options = ticketTypesFor(prices.data, ticketTypes.data.items, seat.categoryId);
      const chosen = options.find((o) => o.id === cart.seatTypes[seat.seatCode]) ?? options[0];
      const price = chosen ? priceFor(prices.data, chosen.id, seat.categoryId) : undefined;
      list.push({ seat, options, ticketTypeId: chosen?.id ?? '', totalKopecks: price?.totalKopecks ?? 0 });
    }
    return list;
  }, [seats, statusOf, prices.data, ticketTypes.data, cart.seatTypes]);

  const onHoldExpired = useCallback(() => {
    setOverrides(new Map());
    setHoldExpiresAt(null);
  }, []);

  if (layout.isError || prices.isError || ticketTypes.isError) {
    return <ErrorMessage error={layout.error ?? prices.error ?? ticketTypes.error} onRetry={() => void layout.refetch()} />;
  }
  if (!layout.data || !prices.data || !ticketTypes.data || !state) return <Loading>{t('seatmap.loading')}</Loading>;

  const priceList = prices.data;
  const types = ticketTypes.data.items;
  const colorOf = (categoryId: string) => {
    const index = layout.data.categories.findIndex((c) => c.id === categoryId);
    return CATEGORY_COLORS[Math.max(0, index) % CATEGORY_COLORS.length] ?? '#2a7f62';
  };
  const priceTextOf = (seat: SeatInfo) => {
    const type = defaultTicketType(priceList, types, seat.categoryId);
    const price = type ? priceFor(priceList, type.id, seat.categoryId) : undefined;
    return price ? formatPrice(price.totalKopecks, lang) : null;
  };
  const legend = layout.data.categories.map((category) => {
    const type = defaultTicketType(priceList, types, category.id);
    const price = type ? priceFor(priceList, type.id, category.id) : undefined;
    return { id: category.id, name: category.name, color: colorOf(category.id), priceText: price ? formatPrice(price.totalKopecks, lang) : '—' };
  });

  return (
    <div className="booking">
      <div className="booking__map">
        <div className="booking__tools">
          <label htmlFor="best-count">{t('seatmap.bestCount')}</label>
          <select id="best-count" value={bestCount} onChange={(e) => setBestCount(Number(e.target.value))}>
            {BEST_COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={() => void pickBest()} disabled={bestBusy}>
            {t('seatmap.best')}
          </button>
        </div>
        {!connected && <p className="status status--warning">{t('seatmap.reconnecting')}</p>}
        <div className="notice-area">
          <p role="alert" className={notice?.role === 'alert' ? 'notice notice--alert' : 'visually-hidden'}>
            {notice?.role === 'alert' ? notice.text : ''}
          </p>
          <p role="status" className={notice?.role === 'status' ? 'notice' : 'visually-hidden'}>
            {notice?.role === 'status' ? notice.text : ''}
          </p>
        </div>
        <p className="muted seatmap__hint">{t('seatmap.keyboardHint')}</p>
        <SeatMap
          layout={layout.data}
          seats={seats}
          statusOf={statusOf}
          labelOf={(seat) => seatLabel(t, seat, priceTextOf(seat), statusOf(seat.seatCode))}
          colorOf={colorOf}
          pending={pending}
          flash={flash}
          onToggle={(seat) => void toggle(seat)}
          onLook={(seat) => {
            watched.current = seat.seatCode;
          }}
          deckLabel={(deck) => t('seatmap.deckTitle', { level: deck.level, name: deck.name })}
        />
        <SeatLegend categories={legend} />
      </div>
      <aside className="booking__panel" aria-labelledby="selection-title">
        <h2 id="selection-title">{t('seatmap.selectionTitle')}</h2>
        {holdExpiresAt && selected.length > 0 && <HoldCountdown expiresAt={holdExpiresAt} onExpired={onHoldExpired} />}
        <SelectionPanel
          selected={selected}
          onTypeChange={(code, ticketTypeId) => updateCart((c) => ({ ...c, seatTypes: { ...c.seatTypes, [code]: ticketTypeId } }))}
          onRemove={(seat) => void toggle(seat)}
          busy={pending}
        />
        <button
          type="button"
          className="button button--large"
          disabled={selected.length === 0 || pending.size > 0}
          onClick={() => {
            updateCart((c) => ({ ...c, seatTypes: Object.fromEntries(selected.map((s) => [s.seat.seatCode, s.ticketTypeId])) }));
            trackFunnel('checkout_started', event.id, selected.length);
            void navigate(`/events/${event.id}/checkout`);
          }}
        >
          {t('seatmap.continue')}
        </button>
      </aside>
    </div>
  );
}

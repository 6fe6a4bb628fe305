import type { CheckoutRequest } from '@prichal/sdk';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { seating } from '../api';
import { liveGaHold, loadCart } from '../booking/cart';
import { bookingKeys } from '../booking/keys';
import { defaultTicketType, priceFor, ticketTypesFor } from '../booking/prices';
import { seatsOf } from '../booking/seatGeometry';
import { seatShortName } from '../booking/seatLabel';
import { usePrices, useSeatLayout, useTicketTypes } from '../events/hooks';
import type { EventDetail } from '../events/types';
import { browserSessionId } from '../lib/session';

/** One held place as the checkout lists it: a seat or a GA place, its ticket type and list price. */
export interface HeldItem {
  key: string;
  label: string;
  ticketType: string;
  totalKopecks: number;
}

/** What the session holds on the sailing, at list prices: the seats with their chosen types, or GA places. */
export function useHeldItems(event: EventDetail) {
  const { t } = useTranslation();
  const sessionId = browserSessionId();
  const seated = event.vessel.seatingMode === 'assigned';
  const prices = usePrices(event.id);
  const ticketTypes = useTicketTypes(event.id);
  const layout = useSeatLayout(event.id, seated);
  const status = useQuery({
    queryKey: [...bookingKeys.seatStatus(event.id, sessionId), 'checkout'],
    enabled: seated,
    queryFn: () => seating.seatStatus(event.id, sessionId),
  });
  const cart = useMemo(() => loadCart(event.id), [event.id]);

  return useMemo(() => {
    const ready = prices.data && ticketTypes.data && (!seated || (layout.data && status.data));
    if (!ready || !prices.data || !ticketTypes.data) {
      return { ready: false as const, error: prices.error ?? ticketTypes.error ?? layout.error ?? status.error };
    }
    const types = ticketTypes.data.items;
    const items: HeldItem[] = [];
    const seatChoices: NonNullable<CheckoutRequest['seats']> = [];
    let expiresAt: string | null;
    if (seated && layout.data && status.data?.seatingMode === 'assigned') {
      const held = new Set(status.data.seats.filter((s) => s.status === 'selected').map((s) => s.seatCode));
      expiresAt = status.data.holdExpiresAt;
      for (const seat of seatsOf(layout.data)) {
        if (!held.has(seat.seatCode)) continue;
        const options = ticketTypesFor(prices.data, types, seat.categoryId);
        const type = options.find((o) => o.id === cart.seatTypes[seat.seatCode]) ?? defaultTicketType(prices.data, types, seat.categoryId);
        if (!type) continue;
        seatChoices.push({ seatCode: seat.seatCode, ticketTypeId: type.id });
        items.push({
          key: seat.seatCode,
          label: seatShortName(t, seat),
          ticketType: type.name,
          totalKopecks: priceFor(prices.data, type.id, seat.categoryId)?.totalKopecks ?? 0,
        });
      }
    } else {
      const ga = liveGaHold(cart);
      expiresAt = ga?.expiresAt ?? null;
      for (const type of types) {
        const quantity = ga?.quantities[type.id] ?? 0;
        const price = priceFor(prices.data, type.id, null)?.totalKopecks ?? 0;
        for (let n = 0; n < quantity; n += 1) items.push({ key: `${type.id}:${n}`, label: t('checkout.place', { number: items.length + 1 }), ticketType: type.name, totalKopecks: price });
      }
    }
    return { ready: true as const, items, seatChoices, expiresAt, refetch: () => void status.refetch() };
  }, [prices.data, ticketTypes.data, layout.data, status, seated, cart, t, prices.error, ticketTypes.error, layout.error]);
}

/** The hold of the checkout as {@link useHeldItems} returns it. */
export type HeldItems = ReturnType<typeof useHeldItems>;

import type { Queryable } from '../../platform/db/sql-client';
import { OrderErrors } from './orders.errors';

export interface HeldHold {
  id: string;
  kind: 'seats' | 'ga';
}

export interface OrderItem {
  seatCode: string | null;
  ticketTypeId: string;
  seatCategoryId: string | null;
}

/**
 * What a session is about to buy: its open, unexpired holds on the sailing (all of them, or
 * the ones named), locked for this transaction, and one item per held seat or GA place.
 */
export async function collectHeldItems(
  tx: Queryable,
  input: {
    eventId: string;
    sessionId: string;
    holdIds?: string[] | undefined;
    seats?: Array<{ seatCode: string; ticketTypeId: string }> | undefined;
    defaultTicketTypeId: string;
  },
): Promise<{ holds: HeldHold[]; items: OrderItem[] }> {
  const holds = (await tx.query(
    `SELECT id, kind FROM hold
      WHERE event_id = $1 AND session_id = $2 AND status = 'active' AND expires_at > now()
        AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[]))
      ORDER BY created_at
        FOR UPDATE`,
    [input.eventId, input.sessionId, input.holdIds ?? null],
  )) as HeldHold[];
  if (holds.length === 0 || (input.holdIds && holds.length !== new Set(input.holdIds).size)) {
    throw OrderErrors.holdNotFound(input.holdIds ?? []);
  }
  const holdIds = holds.map((h) => h.id);
  const seats = (await tx.query(
    `SELECT c.seat_code, s.category_id FROM seat_claim c
       JOIN event e ON e.id = c.event_id
       JOIN seat s ON s.vessel_id = e.vessel_id AND s.seat_code = c.seat_code
      WHERE c.hold_id = ANY ($1::uuid[]) AND c.state = 'held' AND c.expires_at > now()
      ORDER BY c.seat_code`,
    [holdIds],
  )) as Array<{ seat_code: string; category_id: string }>;
  const places = (await tx.query(
    'SELECT ticket_type_id, quantity FROM ga_hold_item WHERE hold_id = ANY ($1::uuid[]) ORDER BY ticket_type_id',
    [holdIds],
  )) as Array<{ ticket_type_id: string; quantity: number }>;

  const chosenTypes = new Map((input.seats ?? []).map((s) => [s.seatCode, s.ticketTypeId]));
  const heldCodes = new Set(seats.map((s) => s.seat_code));
  const notHeld = [...chosenTypes.keys()].filter((code) => !heldCodes.has(code));
  if (notHeld.length > 0) throw OrderErrors.seatsNotHeld(notHeld);

  const items: OrderItem[] = [
    ...seats.map((s) => ({ seatCode: s.seat_code, ticketTypeId: chosenTypes.get(s.seat_code) ?? input.defaultTicketTypeId, seatCategoryId: s.category_id })),
    ...places.flatMap((p) => Array.from({ length: p.quantity }, () => ({ seatCode: null, ticketTypeId: p.ticket_type_id, seatCategoryId: null }))),
  ];
  if (items.length === 0) throw OrderErrors.holdNotFound(holdIds);
  return { holds, items };
}

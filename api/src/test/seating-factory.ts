import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TestApp } from './test-app';
import { DAY, makeCategory, makeEvent, makeGaVessel, makeRoute, makeSeatedVessel, makeTicketType, seed } from './catalog-factory';

/** A new browser session id, as the shop would make one. */
export const newSession = () => randomUUID();

export interface SeatedSailing {
  eventId: string;
  seatCodes: string[];
  categoryIds: string[];
}

/** A scheduled sailing tomorrow on a vessel of `decks` × `rows` × `seatsPerRow` seats. */
export async function makeSeatedSailing(
  t: TestApp,
  options: { decks?: number; rows?: number; seatsPerRow?: number; supplier?: 'astra_marin' | 'neva_travel'; startsAt?: Date } = {},
): Promise<SeatedSailing> {
  return seed(t.db, async (tx) => {
    const standard = await makeCategory(tx);
    const window = await makeCategory(tx);
    const adult = await makeTicketType(tx);
    const vessel = await makeSeatedVessel(tx, {
      categories: [standard, window],
      decks: options.decks ?? 1,
      rows: options.rows ?? 5,
      seatsPerRow: options.seatsPerRow ?? 10,
    });
    const event = await makeEvent(tx, {
      route: await makeRoute(tx),
      vessel,
      startsAt: options.startsAt ?? new Date(Date.now() + DAY),
      prices: [{ ticketType: adult, category: standard, amountKopecks: 150_000 }, { ticketType: adult, category: window, amountKopecks: 170_000 }],
      ...(options.supplier ? { supplier: options.supplier } : {}),
    });
    const seats = (await tx.query('SELECT seat_code FROM seat WHERE vessel_id = $1 ORDER BY seat_code', [vessel.id])) as Array<{ seat_code: string }>;
    return { eventId: event.id, seatCodes: seats.map((s) => s.seat_code), categoryIds: [standard.id, window.id] };
  });
}

export interface GaSailing {
  eventId: string;
  adultId: string;
  concessionId: string;
}

/** A general-admission sailing tomorrow; `concessionQuota` caps the concession tickets. */
export async function makeGaSailing(t: TestApp, options: { capacity?: number; concessionQuota?: number } = {}): Promise<GaSailing> {
  return seed(t.db, async (tx) => {
    const adult = await makeTicketType(tx);
    const concession = await makeTicketType(tx);
    const event = await makeEvent(tx, {
      route: await makeRoute(tx),
      vessel: await makeGaVessel(tx, options.capacity ?? 50),
      startsAt: new Date(Date.now() + DAY),
      prices: [{ ticketType: adult, amountKopecks: 120_000 }, { ticketType: concession, amountKopecks: 90_000 }],
    });
    if (options.concessionQuota !== undefined) {
      await tx.query('UPDATE event_ticket_type SET quota = $3 WHERE event_id = $1 AND ticket_type_id = $2', [event.id, concession.id, options.concessionQuota]);
    }
    return { eventId: event.id, adultId: adult.id, concessionId: concession.id };
  });
}

/** The test app's server listening on a port, for many concurrent requests and streams. */
export async function listen(t: TestApp): Promise<string> {
  if (!t.server.listening) await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeGaSailing, makeSeatedSailing, newSession } from '../../test/seating-factory';
import { checkout, customer, holdSeats } from '../../test/orders-factory';
import { makeTicketType, seed } from '../../test/catalog-factory';

/** POST /orders: the session's holds become a PENDING order at the server's prices. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('checkout of held seats', () => {
  it('creates a PENDING order priced from the price list, with VAT per line and totals that add up', async () => {
    const sailing = await makeSeatedSailing(t);
    // D1-R1-S1 is a window seat (1 700 ₽), D1-R1-S2 standard (1 500 ₽); 20 % VAT included.
    const sessionId = await holdSeats(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2']);
    const res = await checkout(t, { sessionId, eventId: sailing.eventId, customer: customer({ phone: '8 (921) 123-45-67' }) });
    expect(res.status).toBe(201);
    const { order, accessToken } = res.body;
    expect(accessToken).toEqual(expect.any(String));
    expect(order).toMatchObject({ status: 'PENDING', currency: 'RUB', subtotalKopecks: 320_000, discountKopecks: 0, totalKopecks: 320_000, promoCode: null });
    expect(order.number).toMatch(/^P-\d{6}$/);
    expect(order.customer.phone).toBe('+79211234567');
    expect(order.lines.map((l: any) => [l.seatCode, l.unitPriceKopecks, l.vatKopecks, l.totalKopecks])).toEqual([
      ['D1-R1-S1', 170_000, 28_333, 170_000],
      ['D1-R1-S2', 150_000, 25_000, 150_000],
    ]);
    expect(order.vatKopecks).toBe(53_333);
    expect(order.lines.reduce((sum: number, l: any) => sum + l.totalKopecks, 0)).toBe(order.totalKopecks);
    const departure = Date.parse(order.event.startsAt);
    expect(Date.parse(order.refundPolicy.refundableUntil)).toBe(departure - 24 * 3_600_000);
  });

  it('keeps the seats held for the payment window and out of the session’s unlock', async () => {
    const sailing = await makeSeatedSailing(t);
    const sessionId = await holdSeats(t, sailing.eventId, ['D1-R2-S3']);
    const res = await checkout(t, { sessionId, eventId: sailing.eventId });
    const windowEnds = Date.parse(res.body.order.paymentWindowEndsAt);
    expect(windowEnds - Date.now()).toBeGreaterThan(19 * 60_000);
    const [claim] = await t.db.query('SELECT expires_at FROM seat_claim WHERE event_id = $1', [sailing.eventId]);
    expect(claim.expires_at.getTime()).toBe(windowEnds);
    const unlock = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/unlock`).send({ sessionId, seats: ['D1-R2-S3'] });
    expect(unlock.body.released).toEqual([]);
    // A new lock by the same session starts a new hold, not a change to the order.
    const more = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId, seats: ['D1-R2-S4'] });
    expect(more.body.seats).toEqual(['D1-R2-S4']);
    const again = await checkout(t, { sessionId, eventId: sailing.eventId });
    expect(again.body.order.lines.map((l: any) => l.seatCode)).toEqual(['D1-R2-S4']);
  });

  it('takes a ticket type per seat and refuses seats the session does not hold', async () => {
    const sailing = await makeSeatedSailing(t);
    const child = await seed(t.db, async (tx) => {
      const type = await makeTicketType(tx, undefined, 5);
      await tx.query('INSERT INTO event_ticket_type (event_id, ticket_type_id) VALUES ($1, $2)', [sailing.eventId, type.id]);
      await tx.query('INSERT INTO event_price (event_id, ticket_type_id, seat_category_id, amount_kopecks) VALUES ($1, $2, NULL, 90000)', [sailing.eventId, type.id]);
      return type;
    });
    const sessionId = await holdSeats(t, sailing.eventId, ['D1-R3-S2', 'D1-R3-S3']);
    const res = await checkout(t, { sessionId, eventId: sailing.eventId, seats: [{ seatCode: 'D1-R3-S3', ticketTypeId: child.id }] });
    expect(res.status).toBe(201);
    const line = res.body.order.lines.find((l: any) => l.seatCode === 'D1-R3-S3');
    expect(line).toMatchObject({ ticketTypeId: child.id, unitPriceKopecks: 90_000 });
    const other = await holdSeats(t, sailing.eventId, ['D1-R4-S1']);
    const wrong = await checkout(t, { sessionId: other, eventId: sailing.eventId, seats: [{ seatCode: 'D1-R3-S2', ticketTypeId: child.id }] });
    expect(wrong.status).toBe(409);
    expect(wrong.body).toMatchObject({ code: 'seats_not_held', params: { seats: ['D1-R3-S2'] } });
  });

  it('refuses holds that are not the session’s or not open', async () => {
    const sailing = await makeSeatedSailing(t);
    const owner = await holdSeats(t, sailing.eventId, ['D1-R5-S1']);
    const [hold] = await t.db.query('SELECT id FROM hold WHERE session_id = $1', [owner]);
    const stranger = await checkout(t, { sessionId: newSession(), eventId: sailing.eventId, holdIds: [hold.id] });
    expect(stranger.status).toBe(409);
    expect(stranger.body.code).toBe('hold_not_found');
    const nothing = await checkout(t, { sessionId: newSession(), eventId: sailing.eventId });
    expect(nothing.status).toBe(409);
    await t.db.query("UPDATE hold SET expires_at = now() - interval '1 second' WHERE id = $1", [hold.id]);
    const lapsed = await checkout(t, { sessionId: owner, eventId: sailing.eventId });
    expect(lapsed.status).toBe(409);
  });
});

describe('checkout of general-admission places', () => {
  it('orders one line per place', async () => {
    const sailing = await makeGaSailing(t);
    const sessionId = newSession();
    await request(t.server).post(`/api/v1/events/${sailing.eventId}/holds`)
      .send({ sessionId, items: [{ ticketTypeId: sailing.adultId, quantity: 2 }, { ticketTypeId: sailing.concessionId, quantity: 1 }] });
    const res = await checkout(t, { sessionId, eventId: sailing.eventId });
    expect(res.status).toBe(201);
    expect(res.body.order.lines.map((l: any) => l.unitPriceKopecks).sort()).toEqual([120_000, 120_000, 90_000].sort());
    expect(res.body.order.totalKopecks).toBe(330_000);
    // The ordered places still count as taken.
    const seats = await request(t.server).get(`/api/v1/events/${sailing.eventId}/seats`);
    expect(seats.body.remaining).toBe(47);
  });
});

describe('idempotency', () => {
  it('returns the same order for a repeated key and refuses the key for a different request', async () => {
    const sailing = await makeSeatedSailing(t);
    const sessionId = await holdSeats(t, sailing.eventId, ['D1-R1-S5']);
    const key = randomUUID();
    const body = { sessionId, eventId: sailing.eventId, customer: customer() };
    const first = await checkout(t, body, key);
    const again = await checkout(t, body, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.order.id).toBe(first.body.order.id);
    expect(again.body.accessToken).toBe(first.body.accessToken);
    const different = await checkout(t, { ...body, locale: 'en' }, key);
    expect(different.status).toBe(422);
    expect(different.body.code).toBe('idempotency_key_reused');
  });

  it('makes one order from concurrent requests with one key', async () => {
    const sailing = await makeSeatedSailing(t);
    const sessionId = await holdSeats(t, sailing.eventId, ['D1-R1-S6']);
    const key = randomUUID();
    const body = { sessionId, eventId: sailing.eventId, customer: customer() };
    const results = await Promise.all(Array.from({ length: 8 }, () => checkout(t, body, key)));
    expect(new Set(results.map((r) => r.body.order?.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM orders WHERE event_id = $1', [sailing.eventId]);
    expect(n).toBe(1);
  });

  it('requires the key', async () => {
    const res = await checkout(t, { sessionId: newSession(), eventId: randomUUID() }, null);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('header.idempotency-key');
  });
});

describe('customer details', () => {
  it.each([
    [{ fullName: ' ' }, 'body.customer.fullName'],
    [{ email: 'maria@' }, 'body.customer.email'],
    [{ phone: '12345' }, 'body.customer.phone'],
  ])('rejects %j naming %s', async (bad, field) => {
    const sailing = await makeSeatedSailing(t);
    const sessionId = await holdSeats(t, sailing.eventId, ['D1-R1-S7']);
    const res = await checkout(t, { sessionId, eventId: sailing.eventId, customer: customer(bad) });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM orders WHERE event_id = $1', [sailing.eventId]);
    expect(n).toBe(0);
  });
});

describe('GET /orders/{id}', () => {
  it('opens the order only with its own access token', async () => {
    const sailing = await makeSeatedSailing(t);
    const a = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, ['D1-R2-S1']), eventId: sailing.eventId });
    const b = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, ['D1-R2-S2']), eventId: sailing.eventId });
    const id = a.body.order.id;
    const ok = await request(t.server).get(`/api/v1/orders/${id}`).set('Authorization', `Bearer ${a.body.accessToken}`);
    expect(ok.status).toBe(200);
    expect(ok.body.id).toBe(id);
    expect((await request(t.server).get(`/api/v1/orders/${id}?token=${a.body.accessToken}`)).status).toBe(200);
    for (const token of [b.body.accessToken, 'x'.repeat(43)]) {
      const denied = await request(t.server).get(`/api/v1/orders/${id}`).set('Authorization', `Bearer ${token}`);
      expect(denied.status).toBe(404);
      expect(denied.body.code).toBe('order_not_found');
    }
    expect((await request(t.server).get(`/api/v1/orders/${id}`)).status).toBe(404);
  });
});

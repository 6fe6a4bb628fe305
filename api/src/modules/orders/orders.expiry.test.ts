import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeGaSailing, makeSeatedSailing, newSession } from '../../test/seating-factory';
import { checkout, holdSeats, makePromo } from '../../test/orders-factory';
import { transitionOrder } from './order-transitions';

/** Unpaid orders end: past the payment window they expire and give everything back. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const endWindow = (orderId: string) =>
  t.db.query("UPDATE orders SET payment_window_ends_at = now() - interval '1 second' WHERE id = $1", [orderId]);

it('expires an order past its payment window, freeing its seats and its promo use', async () => {
  const sailing = await makeSeatedSailing(t);
  const code = await makePromo(t, { kind: 'percent', percent: 10, maxUses: 1 });
  const sessionId = await holdSeats(t, sailing.eventId, ['D1-R1-S1']);
  const res = await checkout(t, { sessionId, eventId: sailing.eventId, promoCode: code });
  const orderId = res.body.order.id;
  expect(await t.services.orders.unpaid.expireOverdue()).toBe(0);
  await endWindow(orderId);
  expect(await t.services.orders.unpaid.expireOverdue()).toBe(1);

  const [order] = await t.db.query('SELECT status FROM orders WHERE id = $1', [orderId]);
  expect(order.status).toBe('EXPIRED');
  const history = await t.db.query('SELECT from_status, to_status FROM order_status_history WHERE order_id = $1 ORDER BY id', [orderId]);
  expect(history).toEqual([{ from_status: null, to_status: 'PENDING' }, { from_status: 'PENDING', to_status: 'EXPIRED' }]);
  const seats = await request(t.server).get(`/api/v1/events/${sailing.eventId}/seats`);
  expect(seats.body.seats.find((s: { seatCode: string }) => s.seatCode === 'D1-R1-S1').status).toBe('free');
  const [promo] = await t.db.query('SELECT used_count FROM promo_code WHERE code = $1', [code]);
  expect(promo.used_count).toBe(0);
  // The freed seat and promo can be used again.
  const next = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, ['D1-R1-S1']), eventId: sailing.eventId, promoCode: code });
  expect(next.status).toBe(201);
});

it('returns general-admission places of an expired order', async () => {
  const sailing = await makeGaSailing(t, { capacity: 4 });
  const sessionId = newSession();
  await request(t.server).post(`/api/v1/events/${sailing.eventId}/holds`).send({ sessionId, items: [{ ticketTypeId: sailing.adultId, quantity: 4 }] });
  const res = await checkout(t, { sessionId, eventId: sailing.eventId });
  await endWindow(res.body.order.id);
  await t.services.orders.unpaid.expireOverdue();
  const [inventory] = await t.db.query('SELECT held FROM ga_inventory WHERE event_id = $1', [sailing.eventId]);
  expect(inventory.held).toBe(0);
  expect((await request(t.server).get(`/api/v1/events/${sailing.eventId}/seats`)).body.remaining).toBe(4);
});

it('allows only the transitions the state machine declares', async () => {
  const sailing = await makeSeatedSailing(t);
  const res = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, ['D1-R2-S2']), eventId: sailing.eventId });
  const orderId = res.body.order.id;
  await expect(t.db.transaction((tx) => transitionOrder(tx, orderId, 'REFUNDED', 'test'))).rejects.toMatchObject({ code: 'illegal_order_transition', status: 409 });
  await t.db.transaction((tx) => transitionOrder(tx, orderId, 'LOCKED', 'payment started'));
  await expect(t.db.transaction((tx) => transitionOrder(tx, orderId, 'PENDING', 'test'))).rejects.toMatchObject({ code: 'illegal_order_transition' });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { HOUR } from '../../../test/catalog-factory';
import { makeSeatedSailing, newSession } from '../../../test/seating-factory';
import { checkout } from '../../../test/orders-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { paidOrder, pendingOrder } from '../../../test/paid-order-factory';

/**
 * The merchant cancels a sailing: every buyer gets all their money back — inside the 24 hours
 * too — exactly once, unpaid orders end, and everyone is told.
 */
let now = new Date();
let t: TestApp;
let editor: StaffLogin;
beforeAll(async () => {
  t = await startTestApp({ clock: () => now });
  editor = await makeStaff(t, { grants: { catalog: 'write', refunds: 'write' } });
});
afterAll(() => t.close());
afterEach(() => {
  now = new Date();
});

const cancel = (eventId: string) => request(t.server).post(`/api/v1/admin/sailings/${eventId}/cancel`).set(editor.auth).send({ reason: 'Шторм на заливе' });
const statusOf = async (orderId: string) => (await t.db.query('SELECT status FROM orders WHERE id = $1', [orderId]))[0].status;
const refundedAt = (paymentId: string) => [...t.yookassa!.refunds.values()].filter((r) => r.payment_id === paymentId);

it('refunds every buyer in full inside the 24 hours, ends unpaid orders and open carts, tells everyone — once', async () => {
  const startsAt = new Date(Date.now() + 30 * HOUR);
  const sailing = await makeSeatedSailing(t, { startsAt });
  const a = await paidOrder(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2']);
  const b = await paidOrder(t, sailing.eventId, ['D1-R2-S1']);
  const c = await paidOrder(t, sailing.eventId, ['D1-R3-S1', 'D1-R3-S2']);
  // C's buyer already returned one ticket themselves, while that was still allowed.
  const [firstTicket] = await t.db.query('SELECT id FROM ticket WHERE order_id = $1 ORDER BY seat_code LIMIT 1', [c.id]);
  const own = await request(t.server).post(`/api/v1/orders/${c.id}/refunds`).set('Idempotency-Key', randomUUID()).send({ accessToken: c.token, tickets: [firstTicket.id] });
  expect(own.body.status).toBe('succeeded');
  const d = await pendingOrder(t, sailing.eventId, ['D1-R4-S1']);
  const cart = newSession();
  await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: cart, seats: ['D1-R5-S1'] });

  now = new Date(startsAt.getTime() - 12 * HOUR);
  const res = await cancel(sailing.eventId);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ eventId: sailing.eventId, status: 'cancelled', cancelledNow: true, ordersCancelled: 1, refunds: { succeeded: 3, pending: 0, failed: 0 } });

  expect(await Promise.all([a, b, c].map((o) => statusOf(o.id)))).toEqual(['REFUNDED', 'REFUNDED', 'REFUNDED']);
  expect(await statusOf(d.id)).toBe('CANCELLED');
  for (const order of [a, b, c]) {
    const payment = t.yookassa!.payments.get(order.paymentId)!;
    expect(payment.refunded_amount).toEqual(payment.amount);
  }
  expect(refundedAt(c.paymentId)).toHaveLength(2);
  const stillInCart = await checkout(t, { sessionId: cart, eventId: sailing.eventId });
  expect(stillInCart.status).toBe(409);

  const told = await t.db.query("SELECT payload->>'orderId' AS order_id FROM outbox WHERE topic = 'notification.sailing_cancelled' AND payload->>'eventId' = $1", [sailing.eventId]);
  expect(told.map((r: any) => r.order_id).sort()).toEqual([a.id, b.id, c.id, d.id].sort());
  expect((await auditRows(t, 'sailing', sailing.eventId)).map((r) => [r.action, r.actor_id, r.after])).toEqual([
    ['catalog.sailing_cancel', editor.id, { status: 'cancelled', reason: 'Шторм на заливе' }],
  ]);
  for (const order of [a, b, c]) {
    const refunds = (await auditRows(t, 'order', order.id)).filter((r) => r.action === 'order.refund');
    expect(refunds).toEqual([expect.objectContaining({ actor_id: editor.id, after: expect.objectContaining({ reason: 'sailing cancelled' }) })]);
  }
  expect((await auditRows(t, 'order', d.id)).map((r) => r.action)).toEqual(['order.cancel']);

  // Again: nothing is refunded or told twice.
  const again = await cancel(sailing.eventId);
  expect(again.body).toMatchObject({ cancelledNow: false, ordersCancelled: 0, refunds: { succeeded: 0, pending: 0, failed: 0 } });
  expect([a, b, c].map((o) => refundedAt(o.paymentId).length)).toEqual([1, 1, 2]);
  const toldAgain = await t.db.query("SELECT count(*)::int AS n FROM outbox WHERE topic = 'notification.sailing_cancelled' AND payload->>'eventId' = $1", [sailing.eventId]);
  expect(toldAgain[0].n).toBe(4);
});

it('refunds each buyer once when two people cancel the same sailing at the same moment', async () => {
  const sailing = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 48 * HOUR) });
  const orders = [await paidOrder(t, sailing.eventId, ['D1-R1-S1']), await paidOrder(t, sailing.eventId, ['D1-R1-S2'])];
  const results = await Promise.all([cancel(sailing.eventId), cancel(sailing.eventId)]);
  expect(results.map((r) => r.status)).toEqual([200, 200]);
  expect(results.map((r) => r.body.cancelledNow).sort()).toEqual([false, true]);
  expect(orders.map((o) => refundedAt(o.paymentId).length)).toEqual([1, 1]);
  expect(await Promise.all(orders.map((o) => statusOf(o.id)))).toEqual(['REFUNDED', 'REFUNDED']);
  expect((await auditRows(t, 'sailing', sailing.eventId)).filter((r) => r.action === 'catalog.sailing_cancel')).toHaveLength(1);
});

it('refuses to cancel a sailing that has departed, and sells nothing more on a cancelled one', async () => {
  const sailing = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 48 * HOUR) });
  await t.db.query("UPDATE event SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1", [sailing.eventId]);
  const departed = await cancel(sailing.eventId);
  expect(departed.status).toBe(409);
  expect(departed.body.code).toBe('sailing_departed');

  const upcoming = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 48 * HOUR) });
  expect((await cancel(upcoming.eventId)).status).toBe(200);
  const lock = await request(t.server).post(`/api/v1/events/${upcoming.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R1-S1'] });
  expect(lock.status).toBe(409);
  expect(lock.body.code).toBe('event_cancelled');
});

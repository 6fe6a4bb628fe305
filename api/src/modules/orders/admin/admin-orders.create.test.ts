import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { makeGaSailing, makeSeatedSailing, newSession } from '../../../test/seating-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { waitForStatus } from '../../../test/paid-order-factory';

/** A Manager takes an order for a customer: seats held, order made, payment link sent — nothing booked unpaid. */
let t: TestApp;
let manager: StaffLogin;
beforeAll(async () => {
  t = await startTestApp();
  manager = await makeStaff(t, { grants: { orders: 'write' } });
});
afterAll(() => t.close());

const customer = { fullName: 'Кузнецова Ольга Сергеевна', email: `olga.${randomUUID().slice(0, 6)}@example.ru`, phone: '8 921 700-00-01' };
const create = (body: object, key: string | null = randomUUID()) => {
  const req = request(t.server).post('/api/v1/admin/orders').set(manager.auth);
  if (key) req.set('Idempotency-Key', key);
  return req.send({ locale: 'ru', customer, ...body });
};
const lockBy = (eventId: string, seats: string[]) => request(t.server).post(`/api/v1/events/${eventId}/seats/lock`).send({ sessionId: newSession(), seats });
const paymentLinks = (orderId: string) =>
  t.db.query("SELECT payload FROM outbox WHERE topic = 'notification.resend' AND payload->>'orderId' = $1 AND payload->>'what' = 'payment_link'", [orderId]);

it('holds the seats, makes the order at server prices, starts the payment and sends the customer its link', async () => {
  const sailing = await makeSeatedSailing(t);
  const key = randomUUID();
  const res = await create({ eventId: sailing.eventId, seats: [{ seatCode: 'D1-R1-S2' }, { seatCode: 'D1-R1-S3' }] }, key);
  expect(res.status).toBe(201);
  expect(res.body.paymentUrl).toMatch(/^http/);
  const order = res.body.order;
  expect(order).toMatchObject({ status: 'LOCKED', channel: 'crm', customer: { phone: '+79217000001' }, payment: { confirmationUrl: res.body.paymentUrl } });
  expect(order.lines.map((l: any) => l.seatCode)).toEqual(['D1-R1-S2', 'D1-R1-S3']);
  expect(order.totalKopecks).toBe(order.lines.reduce((sum: number, l: any) => sum + l.totalKopecks, 0));
  expect((await lockBy(sailing.eventId, ['D1-R1-S2'])).status).toBe(409);
  expect(await paymentLinks(order.id)).toHaveLength(1);
  const [row] = await auditRows(t, 'order', order.id);
  expect(row).toMatchObject({ action: 'order.create', actor_id: manager.id, after: { eventId: sailing.eventId, seats: ['D1-R1-S2', 'D1-R1-S3'] } });

  // The same request again (a retry after a timeout) answers the same order and sends nothing twice.
  const again = await create({ eventId: sailing.eventId, seats: [{ seatCode: 'D1-R1-S2' }, { seatCode: 'D1-R1-S3' }] }, key);
  expect(again.status).toBe(200);
  expect(again.body.order.id).toBe(order.id);
  expect(await paymentLinks(order.id)).toHaveLength(1);

  // The customer pays through the link like any buyer.
  await t.yookassa!.pay(order.payment.id);
  expect(await waitForStatus(t, order.id, (s) => s === 'PAID')).toBe('PAID');
});

it('books nothing unpaid: when the payment window ends, the order expires and the seats are free', async () => {
  const sailing = await makeSeatedSailing(t);
  const res = await create({ eventId: sailing.eventId, seats: [{ seatCode: 'D1-R2-S1' }] });
  await t.db.query("UPDATE orders SET payment_window_ends_at = now() - interval '1 second' WHERE id = $1", [res.body.order.id]);
  await t.services.orders.unpaid.expireOverdue();
  expect(await waitForStatus(t, res.body.order.id, () => true)).toBe('EXPIRED');
  expect((await lockBy(sailing.eventId, ['D1-R2-S1'])).status).toBe(200);
});

it('refuses seats someone else holds, and makes no order', async () => {
  const sailing = await makeSeatedSailing(t);
  expect((await lockBy(sailing.eventId, ['D1-R3-S1'])).status).toBe(200);
  const res = await create({ eventId: sailing.eventId, seats: [{ seatCode: 'D1-R3-S1' }, { seatCode: 'D1-R3-S2' }] });
  expect(res.status).toBe(409);
  expect(res.body).toMatchObject({ code: 'seats_taken', params: { seats: ['D1-R3-S1'] } });
  expect(await t.db.query('SELECT id FROM orders WHERE event_id = $1', [sailing.eventId])).toEqual([]);
  expect((await lockBy(sailing.eventId, ['D1-R3-S2'])).status).toBe(200);
});

it('lets the seats go again when the order cannot be made (a bad promo code)', async () => {
  const sailing = await makeSeatedSailing(t);
  const res = await create({ eventId: sailing.eventId, seats: [{ seatCode: 'D1-R4-S1' }], promoCode: 'NOSUCHCODE' });
  expect(res.status).toBe(422);
  expect(res.body.code).toBe('promo_code_invalid');
  expect((await lockBy(sailing.eventId, ['D1-R4-S1'])).status).toBe(200);
});

it('orders general-admission places by ticket type', async () => {
  const sailing = await makeGaSailing(t, { capacity: 10 });
  const res = await create({ eventId: sailing.eventId, places: [{ ticketTypeId: sailing.adultId, quantity: 2 }, { ticketTypeId: sailing.concessionId, quantity: 1 }] });
  expect(res.status).toBe(201);
  expect(res.body.order.lines.map((l: any) => l.ticketTypeId).sort()).toEqual([sailing.adultId, sailing.adultId, sailing.concessionId].sort());
  expect(res.body.order.lines.every((l: any) => l.seatCode === null)).toBe(true);
});

it('asks for an Idempotency-Key and for either seats or places', async () => {
  const sailing = await makeSeatedSailing(t);
  expect((await create({ eventId: sailing.eventId, seats: [{ seatCode: 'D1-R5-S1' }] }, null)).status).toBe(400);
  const neither = await create({ eventId: sailing.eventId });
  expect(neither.status).toBe(400);
  expect(neither.body.errors[0].path).toBe('body.seats');
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing, newSession } from '../../test/seating-factory';
import { checkout, holdSeats } from '../../test/orders-factory';

/** Notifications are never trusted: duplicates, disorder, forgeries and bad amounts change nothing wrongly. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.yookassa!.setWebhookUrl(undefined); // these tests deliver notifications themselves
});
afterAll(() => t.close());

async function lockedOrder(seats: string[]) {
  const sailing = await makeSeatedSailing(t);
  const sessionId = await holdSeats(t, sailing.eventId, seats);
  const res = await checkout(t, { sessionId, eventId: sailing.eventId });
  const started = await request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId: res.body.order.id, accessToken: res.body.accessToken });
  return { sailing, orderId: res.body.order.id as string, paymentId: started.body.paymentId as string };
}
const notify = (event: string, id: string, extra: Record<string, unknown> = {}) =>
  request(t.server).post('/api/v1/payments/yookassa/webhook').send({ type: 'notification', event, object: { id, status: 'succeeded', ...extra } });
const orderRow = async (id: string) => (await t.db.query('SELECT status, review_reason, payment_status FROM orders WHERE id = $1', [id]))[0];
const ticketCount = async (id: string) => (await t.db.query('SELECT count(*)::int AS n FROM ticket WHERE order_id = $1', [id]))[0].n as number;

it('handles the same notification delivered ten times, concurrently, as one', async () => {
  const { orderId, paymentId } = await lockedOrder(['D1-R1-S1', 'D1-R1-S2']);
  await t.yookassa!.pay(paymentId);
  const results = await Promise.all(Array.from({ length: 10 }, () => notify('payment.succeeded', paymentId)));
  expect(results.every((r) => r.status === 200)).toBe(true);
  expect(results.filter((r) => r.body.outcome === 'paid')).toHaveLength(1);
  expect((await orderRow(orderId)).status).toBe('PAID');
  expect(await ticketCount(orderId)).toBe(2);
  const [{ n }] = await t.db.query("SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1 AND to_status = 'PAID'", [orderId]);
  expect(n).toBe(1);
});

it('acts on the fetched status, not the notification: a forged "succeeded" for an unpaid payment does nothing', async () => {
  const { orderId, paymentId } = await lockedOrder(['D1-R2-S1']);
  const res = await notify('payment.succeeded', paymentId);
  expect(res.body.outcome).toBe('pending');
  expect((await orderRow(orderId)).status).toBe('LOCKED');
  expect(await ticketCount(orderId)).toBe(0);
  const unknown = await notify('payment.succeeded', '2f5c0e6b-000f-5000-9000-1d1f2e3a4b5c');
  expect(unknown.status).toBe(200);
  expect(unknown.body.outcome).toBe('unknown_payment');
});

it('is not fooled by disorder: a late "canceled" after success leaves the order paid', async () => {
  const { orderId, paymentId } = await lockedOrder(['D1-R2-S2']);
  await t.yookassa!.pay(paymentId);
  await notify('payment.canceled', paymentId);
  expect((await orderRow(orderId)).status).toBe('PAID');
  await notify('payment.succeeded', paymentId);
  await notify('payment.canceled', paymentId);
  expect((await orderRow(orderId)).status).toBe('PAID');
  expect(await ticketCount(orderId)).toBe(1);
});

it('flags an amount that does not match the order for review and issues no tickets', async () => {
  const { orderId, paymentId } = await lockedOrder(['D1-R3-S1']);
  await t.yookassa!.pay(paymentId);
  t.yookassa!.payments.get(paymentId)!.amount = { value: '1.00', currency: 'RUB' };
  const res = await notify('payment.succeeded', paymentId);
  expect(res.body.outcome).toBe('amount_mismatch');
  const row = await orderRow(orderId);
  expect(row.status).toBe('LOCKED');
  expect(row.review_reason).toMatch(/paid 100 RUB/);
  expect(await ticketCount(orderId)).toBe(0);
});

it('sells the seats of a payment that lands after the hold lapsed, if they are still free', async () => {
  const { orderId, paymentId } = await lockedOrder(['D1-R4-S1']);
  await t.db.query("UPDATE orders SET payment_window_ends_at = now() - interval '1 second' WHERE id = $1", [orderId]);
  await t.services.orders.unpaid.expireOverdue();
  expect((await orderRow(orderId)).status).toBe('EXPIRED');
  await t.yookassa!.pay(paymentId);
  expect((await notify('payment.succeeded', paymentId)).body.outcome).toBe('paid');
  expect((await orderRow(orderId)).status).toBe('PAID');
  expect(await ticketCount(orderId)).toBe(1);
});

it('refunds in full a payment that lands after its seats went to someone else, and says so', async () => {
  const { sailing, orderId, paymentId } = await lockedOrder(['D1-R5-S1']);
  await t.db.query("UPDATE orders SET payment_window_ends_at = now() - interval '1 second' WHERE id = $1", [orderId]);
  await t.services.orders.unpaid.expireOverdue();
  const rival = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R5-S1'] });
  expect(rival.status).toBe(200);
  await t.yookassa!.pay(paymentId);
  expect((await notify('payment.succeeded', paymentId)).body.outcome).toBe('refunded_unsellable');
  const row = await orderRow(orderId);
  expect(row).toMatchObject({ status: 'EXPIRED', payment_status: 'refunded' });
  expect(await ticketCount(orderId)).toBe(0);
  const payment = t.yookassa!.payments.get(paymentId)!;
  expect(payment.refunded_amount).toEqual(payment.amount);
  const refundReceipt = t.yookassa!.receipts().find((r) => r.type === 'refund' && r.payment_id === paymentId);
  expect(refundReceipt?.items).toHaveLength(1);
  const [{ topic }] = await t.db.query("SELECT topic FROM outbox WHERE payload->>'orderId' = $1", [orderId]);
  expect(topic).toBe('order.late_payment_refunded');
  // A repeat of the notification refunds nothing twice.
  expect((await notify('payment.succeeded', paymentId)).body.outcome).toBe('already_refunded');
});

it('rejects malformed notifications naming the problem', async () => {
  const res = await request(t.server).post('/api/v1/payments/yookassa/webhook').send({ type: 'hello' });
  expect(res.status).toBe(400);
  expect(res.body.errors[0].path).toBe('body');
});

describe('in production mode', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ env: { NODE_ENV: 'production', APP_SECRET: 'p'.repeat(40) } });
  });
  afterAll(() => prod.close());

  it('refuses notifications from outside YooKassa’s published addresses', async () => {
    const res = await request(prod.server).post('/api/v1/payments/yookassa/webhook').send({ type: 'notification', event: 'payment.succeeded', object: { id: 'x' } });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden_sender');
  });
});

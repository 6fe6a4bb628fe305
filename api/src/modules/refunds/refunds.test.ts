import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing, newSession } from '../../test/seating-factory';
import { checkout, holdSeats } from '../../test/orders-factory';
import { DAY, HOUR } from '../../test/catalog-factory';
import { makeStaff } from '../../test/staff-factory';

/** Refunds: full price of the refunded tickets, until 24 hours before departure, once. */
let now = new Date();
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock: () => now });
});
afterAll(() => t.close());
afterEach(() => {
  now = new Date();
});

async function paidOrder(seats: string[], startsAt = new Date(Date.now() + 3 * DAY)) {
  const sailing = await makeSeatedSailing(t, { startsAt });
  const res = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, seats), eventId: sailing.eventId });
  const { order, accessToken } = res.body;
  const started = await request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId: order.id, accessToken });
  await t.yookassa!.pay(started.body.paymentId);
  const paid = await readOrder(order.id, accessToken);
  expect(paid.status).toBe('PAID');
  return { sailing, order: paid, token: accessToken as string, paymentId: started.body.paymentId as string };
}
const readOrder = async (id: string, token: string) => {
  for (let i = 0; i < 100; i += 1) {
    const order = (await request(t.server).get(`/api/v1/orders/${id}?token=${token}`)).body;
    if (order.status !== 'LOCKED') return order;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('order stayed LOCKED');
};
const refund = (orderId: string, accessToken: string, tickets?: string[], key: string = randomUUID()) =>
  request(t.server).post(`/api/v1/orders/${orderId}/refunds`).set('Idempotency-Key', key).send({ accessToken, ...(tickets ? { tickets } : {}) });

it('refunds chosen tickets at full price, voids them and puts their seats back on sale', async () => {
  const { sailing, order, token, paymentId } = await paidOrder(['D1-R1-S1', 'D1-R1-S2']);
  const ticket = order.tickets.find((x: any) => x.seatCode === 'D1-R1-S1');
  const line = order.lines.find((l: any) => l.seatCode === 'D1-R1-S1');
  const res = await refund(order.id, token, [ticket.id]);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ status: 'succeeded', amountKopecks: line.totalKopecks, tickets: [ticket.id] });

  const after = await readOrder(order.id, token);
  expect(after.status).toBe('PARTIALLY_REFUNDED');
  expect(after.tickets.find((x: any) => x.id === ticket.id).status).toBe('void');
  // Nothing withheld, and the refund receipt carries exactly the refunded item.
  expect(t.yookassa!.payments.get(paymentId)!.refunded_amount?.value).toBe((line.totalKopecks / 100).toFixed(2));
  const receipt = t.yookassa!.receipts().filter((r) => r.type === 'refund' && r.payment_id === paymentId);
  expect(receipt).toHaveLength(1);
  expect(receipt[0]!.items.map((i) => [i.description, i.amount.value])).toEqual([[line.description, (line.totalKopecks / 100).toFixed(2)]]);
  // The merchant's share of the payment fee is recorded, not charged.
  const [row] = await t.db.query('SELECT merchant_fee_kopecks FROM refund WHERE id = $1', [res.body.id]);
  expect(row.merchant_fee_kopecks).toBeGreaterThan(0);

  const gangway = await makeStaff(t, { grants: { orders: 'read' } });
  expect((await request(t.server).post('/api/v1/tickets/verify').set(gangway.auth).send({ payload: ticket.qrPayload })).body.code).toBe('ticket_void');
  const relock = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R1-S1'] });
  expect(relock.status).toBe(200);

  const rest = await refund(order.id, token);
  expect(rest.body.tickets).toHaveLength(1);
  expect((await readOrder(order.id, token)).status).toBe('REFUNDED');
  const history = await t.db.query('SELECT to_status FROM order_status_history WHERE order_id = $1 ORDER BY id', [order.id]);
  expect(history.map((h: { to_status: string }) => h.to_status)).toEqual(['PENDING', 'LOCKED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED']);
});

describe('the 24-hour rule', () => {
  const departure = () => new Date(Math.ceil((Date.now() + 2 * DAY) / 1000) * 1000);
  it.each([
    ['one second before the deadline', -1_000, 200],
    ['exactly at the deadline', 0, 200],
    ['one second after the deadline', 1_000, 422],
  ])('%s', async (_label, offset, status) => {
    const startsAt = departure();
    const { order, token } = await paidOrder(['D1-R2-S1'], startsAt);
    now = new Date(startsAt.getTime() - 24 * HOUR + offset);
    const res = await refund(order.id, token);
    expect(res.status).toBe(status);
    if (status === 422) {
      expect(res.body).toMatchObject({ code: 'refund_window_closed', params: { deadline: new Date(startsAt.getTime() - 24 * HOUR).toISOString() } });
      expect((await readOrder(order.id, token)).status).toBe('PAID');
    }
  });
});

it('refunds once when two requests race for the same tickets', async () => {
  const { order, token, paymentId } = await paidOrder(['D1-R3-S1', 'D1-R3-S2']);
  const results = await Promise.all([refund(order.id, token), refund(order.id, token), refund(order.id, token)]);
  expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'tickets_not_refundable')).toBe(true);
  const payment = t.yookassa!.payments.get(paymentId)!;
  expect(payment.refunded_amount).toEqual(payment.amount);
  expect([...t.yookassa!.refunds.values()].filter((r) => r.payment_id === paymentId)).toHaveLength(1);
});

it('answers a repeated key with the same refund, and refuses the key for another request', async () => {
  const { order, token } = await paidOrder(['D1-R4-S1', 'D1-R4-S2']);
  const key = randomUUID();
  const first = await refund(order.id, token, [order.tickets[0].id], key);
  const again = await refund(order.id, token, [order.tickets[0].id], key);
  expect(again.body).toEqual(first.body);
  const other = await refund(order.id, token, [order.tickets[1].id], key);
  expect(other.status).toBe(422);
  expect(other.body.code).toBe('idempotency_key_reused');
});

it('refuses unpaid orders, other people’s orders and tickets of another order', async () => {
  const sailing = await makeSeatedSailing(t);
  const unpaid = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, ['D1-R5-S1']), eventId: sailing.eventId });
  const res = await refund(unpaid.body.order.id, unpaid.body.accessToken);
  expect(res.status).toBe(409);
  expect(res.body.code).toBe('order_not_refundable');
  const a = await paidOrder(['D1-R5-S2']);
  const b = await paidOrder(['D1-R5-S3']);
  expect((await refund(a.order.id, b.token)).status).toBe(404);
  const foreign = await refund(a.order.id, a.token, [b.order.tickets[0].id]);
  expect(foreign.status).toBe(409);
  expect(foreign.body).toMatchObject({ code: 'tickets_not_refundable', params: { tickets: [b.order.tickets[0].id] } });
  const noKey = await request(t.server).post(`/api/v1/orders/${a.order.id}/refunds`).send({ accessToken: a.token });
  expect(noKey.status).toBe(400);
});

it('finishes a refund whose answer was lost when the buyer retries with the same key', async () => {
  const { order, token } = await paidOrder(['D1-R1-S5']);
  const key = randomUUID();
  t.yookassa!.failNext(10, 500);
  const lost = await refund(order.id, token, undefined, key);
  t.yookassa!.failNext(0, 500);
  expect(lost.status).toBe(503);
  const [row] = await t.db.query('SELECT status FROM refund WHERE order_id = $1', [order.id]);
  expect(row.status).toBe('pending');
  const retried = await refund(order.id, token, undefined, key);
  expect(retried.body.status).toBe('succeeded');
  expect([...t.yookassa!.refunds.values()].filter((r) => r.payment_id === order.payment.id)).toHaveLength(1);
  expect((await readOrder(order.id, token)).status).toBe('REFUNDED');
});

it('completes a pending refund from the refund.succeeded notification, once', async () => {
  const { order, token } = await paidOrder(['D1-R2-S5']);
  // This test delivers the notification itself, at a moment of its choosing.
  t.yookassa!.setWebhookUrl(undefined);
  t.yookassa!.failNext(10, 500);
  await refund(order.id, token);
  t.yookassa!.failNext(0, 500);
  t.yookassa!.setWebhookUrl(`${t.baseUrl}/api/v1/payments/yookassa/webhook`);
  const gatewayRefund = [...t.yookassa!.refunds.values()].find((r) => r.payment_id === order.payment.id)!;
  await t.db.query('UPDATE refund SET gateway_refund_id = $2 WHERE order_id = $1', [order.id, gatewayRefund.id]);
  const notify = () =>
    request(t.server).post('/api/v1/payments/yookassa/webhook').send({ type: 'notification', event: 'refund.succeeded', object: { id: gatewayRefund.id } });
  expect((await notify()).body.outcome).toBe('refunded');
  expect((await notify()).body.outcome).toBe('already_handled');
  expect((await readOrder(order.id, token)).status).toBe('REFUNDED');
});

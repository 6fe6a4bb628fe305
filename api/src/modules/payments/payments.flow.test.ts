import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeGaSailing, makeSeatedSailing, newSession } from '../../test/seating-factory';
import { checkout, holdSeats } from '../../test/orders-factory';
import { makeStaff } from '../../test/staff-factory';

/**
 * The whole purchase through HTTP: lock → order → payment at YooKassa (the emulator) → the
 * buyer pays on its page → webhook → re-fetch → PAID → tickets with signed QR codes → boarding.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function orderSeats(seats: string[]) {
  const sailing = await makeSeatedSailing(t);
  const sessionId = await holdSeats(t, sailing.eventId, seats);
  const res = await checkout(t, { sessionId, eventId: sailing.eventId });
  expect(res.status).toBe(201);
  return { sailing, sessionId, order: res.body.order, token: res.body.accessToken as string };
}
const startPayment = (orderId: string, accessToken: string) =>
  request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId, accessToken });
const readOrder = async (orderId: string, token: string) =>
  (await request(t.server).get(`/api/v1/orders/${orderId}`).set('Authorization', `Bearer ${token}`)).body;
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('takes the buyer from a held seat to a paid order with tickets that board once', async () => {
  const { sailing, order, token } = await orderSeats(['D1-R1-S1', 'D1-R1-S2']);
  const started = await startPayment(order.id, token);
  expect(started.status).toBe(200);
  expect(started.body.confirmationUrl).toBe(`${t.baseUrl}/yookassa/checkout/${started.body.paymentId}`);
  expect((await readOrder(order.id, token)).status).toBe('LOCKED');

  // The payment request YooKassa got: full amount, one-stage, receipt with one item per line.
  const payment = t.yookassa!.payments.get(started.body.paymentId)!;
  expect(payment.amount).toEqual({ value: '3200.00', currency: 'RUB' });
  expect(payment.metadata).toEqual({ orderId: order.id });

  // The buyer presses "Pay" on the payment page and is sent back to the shop.
  const page = await request(t.server).get(`/yookassa/checkout/${started.body.paymentId}`);
  expect(page.status).toBe(200);
  const paid = await request(t.server).post(`/yookassa/checkout/${started.body.paymentId}/pay`);
  expect(paid.status).toBe(302);
  expect(paid.headers.location).toBe(`${t.baseUrl}/orders/${order.id}/return`);

  const after = await until(() => readOrder(order.id, token), (o) => o.status === 'PAID');
  expect(after.status).toBe('PAID');
  expect(after.payment).toEqual({ id: started.body.paymentId, status: 'succeeded' });
  expect(after.tickets).toHaveLength(2);
  expect(after.tickets.map((ticket: any) => ticket.seatCode).sort()).toEqual(['D1-R1-S1', 'D1-R1-S2']);

  // 54-FZ: the receipt items are exactly the order lines.
  const receipt = t.yookassa!.receipts().find((r) => r.payment_id === started.body.paymentId)!;
  expect(receipt.type).toBe('payment');
  expect(receipt.customer).toMatchObject({ email: order.customer.email, phone: order.customer.phone.slice(1) });
  expect(receipt.items.map((i) => [i.description, i.amount.value, i.vat_code, i.payment_mode, i.payment_subject])).toEqual(
    order.lines.map((l: any) => [l.description, (l.totalKopecks / 100).toFixed(2), 4, 'full_payment', 'service']),
  );

  // The seats are sold: nobody can lock them; the seat map says so.
  const seats = await request(t.server).get(`/api/v1/events/${sailing.eventId}/seats`);
  expect(seats.body.seats.filter((s: any) => s.status === 'sold').map((s: any) => s.seatCode).sort()).toEqual(['D1-R1-S1', 'D1-R1-S2']);
  const outbox = await t.db.query("SELECT topic FROM outbox WHERE payload->>'orderId' = $1 ORDER BY topic", [order.id]);
  expect(outbox.map((row: { topic: string }) => row.topic)).toEqual(['documents.order_paid', 'notification.order_confirmation']);

  // The buyer's QR image.
  const image = await request(t.server).get(`/api/v1/orders/${order.id}/tickets/${after.tickets[0].id}/qr.svg?token=${token}`);
  expect(image.status).toBe(200);
  expect(image.headers['content-type']).toMatch(/^image\/svg\+xml/);
  expect(image.text ?? image.body.toString()).toContain('<svg');
  expect((await request(t.server).get(`/api/v1/orders/${order.id}/tickets/${after.tickets[0].id}/qr.svg?token=${'x'.repeat(43)}`)).status).toBe(404);

  // Boarding is for staff at the gangway (orders:read): nobody else can use up a ticket.
  const qr = after.tickets[0].qrPayload as string;
  const verify = (body: object, auth?: { authorization: string }) => {
    const req = request(t.server).post('/api/v1/tickets/verify');
    if (auth) req.set(auth);
    return req.send(body);
  };
  const gangway = await makeStaff(t, { grants: { orders: 'read' } });
  const cashier = await makeStaff(t, { grants: { catalog: 'write', refunds: 'write' } });
  expect((await verify({ payload: qr })).body).toMatchObject({ status: 401, code: 'authentication_required' });
  expect((await verify({ payload: qr }, { authorization: `Bearer ${token}` })).status).toBe(401);
  expect((await verify({ payload: qr }, cashier.auth)).body).toMatchObject({ status: 403, code: 'permission_denied' });
  // The QR verifies, boards once, and an altered QR does not.
  const board = await verify({ payload: qr, eventId: sailing.eventId }, gangway.auth);
  expect(board.status).toBe(200);
  expect(board.body.ticketId).toBe(after.tickets[0].id);
  const twice = await verify({ payload: qr }, gangway.auth);
  expect(twice.status).toBe(409);
  expect(twice.body.code).toBe('ticket_already_used');
  const forged = qr.slice(0, -4) + (qr.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  expect((await verify({ payload: forged }, gangway.auth)).body.code).toBe('ticket_invalid');
  const elsewhere = await verify({ payload: after.tickets[1].qrPayload, eventId: (await makeSeatedSailing(t)).eventId }, gangway.auth);
  expect(elsewhere.body.code).toBe('ticket_wrong_sailing');
});

it('answers a repeated "pay" with the same payment page', async () => {
  const { order, token } = await orderSeats(['D1-R2-S1']);
  const first = await startPayment(order.id, token);
  const second = await startPayment(order.id, token);
  expect(second.body).toEqual(first.body);
  expect([...t.yookassa!.payments.values()].filter((p) => p.metadata?.orderId === order.id)).toHaveLength(1);
  expect((await startPayment(order.id, 'not-the-token-of-this-order-at-all')).status).toBe(404);
});

it('cancels the order and frees the seats when the bank declines', async () => {
  const { sailing, order, token } = await orderSeats(['D1-R3-S1']);
  const started = await startPayment(order.id, token);
  await request(t.server).post(`/yookassa/checkout/${started.body.paymentId}/decline`);
  const after = await until(() => readOrder(order.id, token), (o) => o.status === 'CANCELLED');
  expect(after.status).toBe('CANCELLED');
  expect(after.tickets).toEqual([]);
  const relock = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R3-S1'] });
  expect(relock.status).toBe(200);
  expect((await startPayment(order.id, token)).body.code).toBe('order_not_payable');
});

it('sells general-admission places on payment', async () => {
  const sailing = await makeGaSailing(t, { capacity: 10 });
  const sessionId = newSession();
  await request(t.server).post(`/api/v1/events/${sailing.eventId}/holds`).send({ sessionId, items: [{ ticketTypeId: sailing.adultId, quantity: 2 }] });
  const res = await checkout(t, { sessionId, eventId: sailing.eventId });
  const started = await startPayment(res.body.order.id, res.body.accessToken);
  await t.yookassa!.pay(started.body.paymentId);
  const after = await until(() => readOrder(res.body.order.id, res.body.accessToken), (o) => o.status === 'PAID');
  expect(after.tickets).toHaveLength(2);
  const [inventory] = await t.db.query('SELECT held, sold FROM ga_inventory WHERE event_id = $1', [sailing.eventId]);
  expect(inventory).toEqual({ held: 0, sold: 2 });
});

it('refuses to start a payment after the payment window', async () => {
  const { order, token } = await orderSeats(['D1-R4-S1']);
  await t.db.query("UPDATE orders SET payment_window_ends_at = now() - interval '1 second' WHERE id = $1", [order.id]);
  const res = await startPayment(order.id, token);
  expect(res.status).toBe(409);
  expect(res.body.code).toBe('payment_window_closed');
});

it('maps gateway failures to problems, retrying 5xx with the same key', async () => {
  const { order, token } = await orderSeats(['D1-R5-S1']);
  t.yookassa!.failNext(2, 500);
  const retried = await startPayment(order.id, token);
  expect(retried.status).toBe(200);
  expect([...t.yookassa!.payments.values()].filter((p) => p.metadata?.orderId === order.id)).toHaveLength(1);
  const other = await orderSeats(['D1-R5-S2']);
  t.yookassa!.failNext(10, 429);
  const busy = await startPayment(other.order.id, other.token);
  expect(busy.status).toBe(503);
  expect(busy.body.code).toBe('payment_gateway_unavailable');
  t.yookassa!.failNext(0, 429);
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { makeSeatedSailing, newSession } from '../../../test/seating-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { paidOrder, pendingOrder, waitForStatus } from '../../../test/paid-order-factory';
import { openSse } from '../../../test/sse-client';
import { DAY, HOUR } from '../../../test/catalog-factory';

/** What staff do to an order — each along the rules, each with its audit row. */
let now = new Date();
let t: TestApp;
let manager: StaffLogin;
beforeAll(async () => {
  t = await startTestApp({ clock: () => now });
  manager = await makeStaff(t, { grants: { orders: 'write', refunds: 'write', documents: 'write', customers: 'read' } });
});
afterAll(() => t.close());
afterEach(() => {
  now = new Date();
});

const inThreeDays = () => new Date(Date.now() + 3 * DAY);
const post = (path: string, body: object = {}) => request(t.server).post(`/api/v1/admin/orders${path}`).set(manager.auth).send(body);
const outbox = (topic: string, orderId: string) => t.db.query('SELECT payload FROM outbox WHERE topic = $1 AND payload->>\'orderId\' = $2', [topic, orderId]);

describe('cancel', () => {
  it('cancels an unpaid order: its seats are free again and every open seat map hears it', async () => {
    const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
    const order = await pendingOrder(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2']);
    const stream = await openSse(`${t.baseUrl}/api/v1/events/${sailing.eventId}/seats/stream`);
    try {
      await stream.next((m) => m.event === 'snapshot');
      const res = await post(`/${order.id}/cancel`, { reason: 'Клиент передумал по телефону' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('CANCELLED');
      const freed = (code: string) => (m: { event: string; data: string }) =>
        m.event === 'seat' && JSON.parse(m.data).seats.some((s: { seatCode: string; status: string }) => s.seatCode === code && s.status === 'free');
      await stream.next(freed('D1-R1-S1'));
      await stream.next(freed('D1-R1-S2'));
    } finally {
      stream.close();
    }
    const relock = await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R1-S1', 'D1-R1-S2'] });
    expect(relock.status).toBe(200);
    const [row] = (await auditRows(t, 'order', order.id)).filter((r) => r.action === 'order.cancel');
    expect(row).toMatchObject({
      actor_id: manager.id, actor_label: manager.email, before: { status: 'PENDING' }, after: { status: 'CANCELLED', reason: 'Клиент передумал по телефону' },
    });
    expect(row.ip).toMatch(/127\.0\.0\.1/);
  });

  it('refuses to cancel a paid order (that is a refund), and writes no audit row', async () => {
    const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
    const order = await paidOrder(t, sailing.eventId, ['D1-R1-S1']);
    const res = await post(`/${order.id}/cancel`, { reason: 'ошибка' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'order_not_cancellable', params: { status: 'PAID' } });
    expect((await auditRows(t, 'order', order.id)).filter((r) => r.action === 'order.cancel')).toEqual([]);
  });
});

describe('status by hand', () => {
  it('marks an order Paid only when the payment service confirms the payment, and then as a notification would', async () => {
    const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
    const order = await pendingOrder(t, sailing.eventId, ['D1-R3-S1']);
    const notConfirmed = await post(`/${order.id}/status`, { status: 'PAID' });
    expect(notConfirmed.status).toBe(409);
    expect(notConfirmed.body.code).toBe('payment_not_confirmed');

    // The buyer paid, but the notification never arrived.
    t.yookassa!.setWebhookUrl(undefined);
    try {
      const started = await request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId: order.id, accessToken: order.token });
      const stillPending = await post(`/${order.id}/status`, { status: 'PAID' });
      expect(stillPending.body).toMatchObject({ code: 'payment_not_confirmed', params: { gatewayStatus: 'pending' } });
      await t.yookassa!.pay(started.body.paymentId);
    } finally {
      t.yookassa!.setWebhookUrl(`${t.baseUrl}/api/v1/payments/yookassa/webhook`);
    }
    const paid = await post(`/${order.id}/status`, { status: 'PAID', reason: 'Клиент прислал чек' });
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe('PAID');
    expect(paid.body.tickets).toHaveLength(1);
    const [row] = (await auditRows(t, 'order', order.id)).filter((r) => r.action === 'order.status_change');
    expect(row).toMatchObject({ actor_id: manager.id, before: { status: 'LOCKED' }, after: { status: 'PAID', reason: 'Клиент прислал чек' } });
  });

  it('allows only the state machine’s transitions, and only those a person may make', async () => {
    const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
    const paid = await paidOrder(t, sailing.eventId, ['D1-R4-S1']);
    const pending = await pendingOrder(t, sailing.eventId, ['D1-R4-S2']);
    const illegal = await post(`/${paid.id}/status`, { status: 'CANCELLED' });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ code: 'illegal_order_transition', params: { from: 'PAID', to: 'CANCELLED' } });
    expect((await post(`/${paid.id}/status`, { status: 'REFUNDED' })).body.code).toBe('order_status_not_settable');
    expect((await post(`/${pending.id}/status`, { status: 'EXPIRED' })).body.code).toBe('order_status_not_settable');
    const cancelled = await post(`/${pending.id}/status`, { status: 'CANCELLED', reason: 'дубль заказа' });
    expect(cancelled.body.status).toBe('CANCELLED');
    expect((await auditRows(t, 'order', pending.id)).map((r) => r.action)).toEqual(['order.cancel']);
    expect((await auditRows(t, 'order', paid.id))).toEqual([]);
  });
});

describe('refund', () => {
  it('refunds through the refund service in full, with the audit row in the refund’s transaction', async () => {
    const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
    const order = await paidOrder(t, sailing.eventId, ['D1-R2-S1', 'D1-R2-S2']);
    const page = (await request(t.server).get(`/api/v1/admin/orders/${order.id}`).set(manager.auth)).body;
    const ticket = page.tickets[0];
    const res = await post(`/${order.id}/refunds`, { tickets: [ticket.id], reason: 'Заболел ребёнок' }).set('Idempotency-Key', randomUUID());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'succeeded', amountKopecks: page.lines[0].totalKopecks, tickets: [ticket.id] });
    const after = (await request(t.server).get(`/api/v1/admin/orders/${order.id}`).set(manager.auth)).body;
    expect(after.status).toBe('PARTIALLY_REFUNDED');
    expect(after.refunds).toEqual([expect.objectContaining({ id: res.body.id, status: 'succeeded', reason: expect.stringContaining('Заболел ребёнок') })]);
    const [row] = (await auditRows(t, 'order', order.id)).filter((r) => r.action === 'order.refund');
    expect(row).toMatchObject({ actor_id: manager.id, after: { refundId: res.body.id, amountKopecks: res.body.amountKopecks, tickets: [ticket.id] } });
  });

  it('refuses inside 24 hours of departure, as it does for the buyer — no override, nothing written', async () => {
    const startsAt = inThreeDays();
    const sailing = await makeSeatedSailing(t, { startsAt });
    const order = await paidOrder(t, sailing.eventId, ['D1-R5-S1']);
    now = new Date(startsAt.getTime() - 24 * HOUR + 1_000);
    const page = (await request(t.server).get(`/api/v1/admin/orders/${order.id}`).set(manager.auth)).body;
    expect(page.refundPolicy.open).toBe(false);
    const res = await post(`/${order.id}/refunds`).set('Idempotency-Key', randomUUID());
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('refund_window_closed');
    expect(await t.db.query('SELECT id FROM refund WHERE order_id = $1', [order.id])).toEqual([]);
    expect((await auditRows(t, 'order', order.id)).filter((r) => r.action === 'order.refund')).toEqual([]);
    expect(await waitForStatus(t, order.id, () => true)).toBe('PAID');
  });

  it('needs an Idempotency-Key, and a repeat returns the same refund', async () => {
    const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
    const order = await paidOrder(t, sailing.eventId, ['D1-R5-S5']);
    expect((await post(`/${order.id}/refunds`)).status).toBe(400);
    const key = randomUUID();
    const first = await post(`/${order.id}/refunds`).set('Idempotency-Key', key);
    const again = await post(`/${order.id}/refunds`).set('Idempotency-Key', key);
    expect(again.body).toEqual(first.body);
    expect((await auditRows(t, 'order', order.id)).filter((r) => r.action === 'order.refund')).toHaveLength(1);
  });
});

describe('resend and documents', () => {
  it('queues the e-tickets again for a paid order, and the payment link only for an unpaid one', async () => {
    const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
    const paid = await paidOrder(t, sailing.eventId, ['D1-R3-S5']);
    const res = await post(`/${paid.id}/resend`, { what: 'tickets' });
    expect(res.status).toBe(202);
    expect(await outbox('notification.resend', paid.id)).toEqual([{ payload: { orderId: paid.id, what: 'tickets' } }]);
    expect((await auditRows(t, 'order', paid.id)).find((r) => r.action === 'order.resend')).toMatchObject({ actor_id: manager.id, after: { what: 'tickets' } });
    const link = await post(`/${paid.id}/resend`, { what: 'payment_link' });
    expect(link.status).toBe(409);
    expect(link.body.code).toBe('nothing_to_resend');
  });

  it('regenerates the documents of a paid order, not of an unpaid one', async () => {
    const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
    const paid = await paidOrder(t, sailing.eventId, ['D1-R3-S6']);
    const pending = await pendingOrder(t, sailing.eventId, ['D1-R3-S7']);
    expect((await post(`/${paid.id}/documents/regenerate`)).status).toBe(202);
    expect(await outbox('documents.regenerate', paid.id)).toHaveLength(1);
    expect((await auditRows(t, 'order', paid.id)).map((r) => r.action)).toContain('order.documents_regenerate');
    expect((await post(`/${pending.id}/documents/regenerate`)).body.code).toBe('no_documents');
  });
});

it('exports orders with contacts as CSV, and audits the export of personal data', async () => {
  const sailing = await makeSeatedSailing(t, { startsAt: inThreeDays() });
  await paidOrder(t, sailing.eventId, ['D1-R1-S9'], { fullName: '=HYPERLINK("x") Петров', email: 'export@example.ru' });
  const res = await request(t.server).get('/api/v1/admin/orders/export').query({ eventId: sailing.eventId }).set(manager.auth);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv/);
  const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('"export@example.ru"');
  expect(lines[1]).toContain(`"'=HYPERLINK(""x"") Петров"`);
  const [row] = await t.db.query("SELECT actor_id, after FROM audit_log WHERE action = 'personal_data.export' ORDER BY id DESC LIMIT 1");
  expect(row).toMatchObject({ actor_id: manager.id, after: { rows: 1, filters: { eventId: sailing.eventId } } });
});

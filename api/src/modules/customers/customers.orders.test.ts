import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing, type SeatedSailing } from '../../test/seating-factory';
import { customer as buyer, holdSeats, orderSeat } from '../../test/orders-factory';
import { bearer, emailedToken, register, verifiedCustomer } from '../../test/customers-factory';
import { DAY, HOUR } from '../../test/catalog-factory';

/** Orders and accounts: guest orders join a confirmed account, order history, and nobody opens another's order. */
let t: TestApp;
let sailing: SeatedSailing;
let nextSeat = 0;
beforeAll(async () => {
  t = await startTestApp();
  sailing = await makeSeatedSailing(t, { rows: 5, seatsPerRow: 10, startsAt: new Date(Date.now() + 3 * DAY) });
});
afterAll(() => t.close());

const api = () => request(t.server);
const seat = () => sailing.seatCodes[nextSeat++]!;

/** Checks out one seat as a guest (or, with `accessToken`, as that logged-in customer). */
const order = (email: string, accessToken?: string) => orderSeat(t, { eventId: sailing.eventId, seatCode: seat(), email, accessToken });

/** Pays an order (through the customer's login when given, else its access token) and waits for its tickets. */
async function pay(orderId: string, auth: { token?: string; customer?: string }) {
  const req = api().post('/api/v1/payments/yookassa/create');
  if (auth.customer) req.set(bearer(auth.customer));
  const started = await req.send({ orderId, ...(auth.token ? { accessToken: auth.token } : {}) });
  expect(started.status).toBe(200);
  await t.yookassa!.pay(started.body.paymentId);
  for (let i = 0; i < 100; i += 1) {
    const [row] = await t.db.query('SELECT status FROM orders WHERE id = $1', [orderId]);
    if (row.status === 'PAID') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('order not paid');
}

const myOrders = (accessToken: string, query = '') => api().get(`/api/v1/me/orders${query}`).set(bearer(accessToken));
const readOrder = (id: string, headers: Record<string, string> = {}, query = '') => api().get(`/api/v1/orders/${id}${query}`).set(headers);

describe('guest orders and the account', () => {
  it('join the account when its email is confirmed, whatever the letter case, and not before', async () => {
    const { email, session } = await register(t);
    const guest = await order(email.toUpperCase());
    const someoneElse = await order(`other.${email}`);
    expect((await myOrders(session.accessToken)).body.items).toEqual([]);
    // Registering with someone's email gives nothing of theirs until the mailbox is proven.
    expect((await readOrder(guest.id, bearer(session.accessToken))).status).toBe(404);

    const { token } = (await emailedToken(t, email, 'notification.email_verification'))!;
    expect((await api().post('/api/v1/customers/verify-email').send({ token })).body.linkedOrders).toBe(1);
    expect((await myOrders(session.accessToken)).body.items.map((o: { id: string }) => o.id)).toEqual([guest.id]);
    expect((await readOrder(guest.id, bearer(session.accessToken))).status).toBe(200);
    expect((await readOrder(someoneElse.id, bearer(session.accessToken))).status).toBe(404);
    // The guest's own access token still opens it.
    expect((await readOrder(guest.id, {}, `?token=${guest.token}`)).status).toBe(200);
  });

  it('placed later join it too: logged in (whatever email is given) or as a guest with its email', async () => {
    const { email, session } = await verifiedCustomer(t);
    const loggedIn = await order(`gift.${email}`, session.accessToken);
    const asGuest = await order(email);
    const ids = (await myOrders(session.accessToken)).body.items.map((o: { id: string }) => o.id);
    expect(ids).toEqual([asGuest.id, loggedIn.id]);
  });

  it('refuses a checkout with a customer token that is no longer valid, rather than making a guest order', async () => {
    const { session } = await register(t);
    await api().post('/api/v1/me/logout').set(bearer(session.accessToken));
    const res = await api()
      .post('/api/v1/orders')
      .set('Idempotency-Key', randomUUID())
      .set(bearer(session.accessToken))
      .send({ locale: 'ru', sessionId: await holdSeats(t, sailing.eventId, [seat()]), eventId: sailing.eventId, customer: buyer() });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('invalid_access_token');
  });
});

describe('order history', () => {
  it('lists newest first, a page at a time, with what the buyer needs to see', async () => {
    const { email, session } = await verifiedCustomer(t, { preferredLang: 'en' });
    const first = await order(email, session.accessToken);
    const second = await order(email, session.accessToken);
    const third = await order(email, session.accessToken);
    await pay(second.id, { customer: session.accessToken });

    const page1 = await myOrders(session.accessToken, '?limit=2');
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((o: { id: string }) => o.id)).toEqual([third.id, second.id]);
    const startsAt = new Date(second.order.event.startsAt);
    expect(page1.body.items[1]).toMatchObject({
      number: second.order.number,
      status: 'PAID',
      sailing: { id: sailing.eventId, startsAt: startsAt.toISOString() },
      totalKopecks: second.order.totalKopecks,
      currency: 'RUB',
      placesCount: 1,
      ticketsCount: 1,
      refundableUntil: new Date(startsAt.getTime() - 24 * HOUR).toISOString(),
    });
    expect(page1.body.items[0]).toMatchObject({ status: 'PENDING', ticketsCount: 0 });
    expect(page1.body.nextCursor).toEqual(expect.any(String));

    const page2 = await myOrders(session.accessToken, `?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: first.id })], nextCursor: null });
    expect((await myOrders(session.accessToken, '?cursor=bm90LWEtY3Vyc29y')).body.errors).toEqual([
      { path: 'query.cursor', message: 'is not a cursor this API issued' },
    ]);
    expect((await api().get('/api/v1/me/orders')).status).toBe(401);
  });
});

describe('one customer cannot reach another’s order', () => {
  it('customer B gets 404 reading, paying, refunding or downloading tickets of A’s order; A gets them all', async () => {
    const a = await verifiedCustomer(t);
    const b = await verifiedCustomer(t);
    const mine = await order(a.email, a.session.accessToken);
    const theirs = (headers: Record<string, string>) => api().post('/api/v1/payments/yookassa/create').set(headers).send({ orderId: mine.id });
    expect((await theirs(bearer(b.session.accessToken))).status).toBe(404);
    await pay(mine.id, { customer: a.session.accessToken });
    const paid = (await readOrder(mine.id, bearer(a.session.accessToken))).body;
    const ticketId = paid.tickets[0].id as string;
    const qr = (headers: Record<string, string>, query = '') => api().get(`/api/v1/orders/${mine.id}/tickets/${ticketId}/qr.svg${query}`).set(headers);
    const refund = (headers: Record<string, string>, body: Record<string, unknown> = {}) =>
      api().post(`/api/v1/orders/${mine.id}/refunds`).set('Idempotency-Key', randomUUID()).set(headers).send(body);

    const asB = bearer(b.session.accessToken);
    expect((await readOrder(mine.id, asB)).body.code).toBe('order_not_found');
    expect((await qr(asB)).status).toBe(404);
    expect((await refund(asB)).status).toBe(404);
    // B's own valid order token does not open A's order either.
    const bOrder = await order(b.email, b.session.accessToken);
    expect((await readOrder(mine.id, {}, `?token=${bOrder.token}`)).status).toBe(404);
    expect((await refund({}, { accessToken: bOrder.token })).status).toBe(404);
    // A staff-audience token for A's own id is no customer login.
    const staffToken = await t.services.auth.tokens.issue('staff', { sub: a.customerId, sid: a.session.customer.id });
    expect((await readOrder(mine.id, bearer(staffToken))).status).toBe(404);
    expect((await qr({}, '')).status).toBe(404);

    const asA = bearer(a.session.accessToken);
    const svg = await qr(asA);
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect((await qr({}, `?token=${mine.token}`)).status).toBe(200);
    const refunded = await refund(asA);
    expect(refunded.status).toBe(200);
    expect(refunded.body).toMatchObject({ status: 'succeeded', tickets: [ticketId] });
    expect((await readOrder(mine.id, asA)).body.status).toBe('REFUNDED');

    // Once A logs out, that access token opens nothing.
    await api().post('/api/v1/me/logout').set(asA);
    expect((await readOrder(mine.id, asA)).status).toBe(404);
  });
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { makeSeatedSailing } from '../../../test/seating-factory';
import { makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { paidOrder, pendingOrder } from '../../../test/paid-order-factory';

/** The orders console's search and order page, as a Manager with orders:read sees them. */
let t: TestApp;
let manager: StaffLogin;
let sailing: Awaited<ReturnType<typeof makeSeatedSailing>>;
let other: Awaited<ReturnType<typeof makeSeatedSailing>>;
const orders: Record<string, { id: string; number: string }> = {};

beforeAll(async () => {
  t = await startTestApp();
  manager = await makeStaff(t, { grants: { orders: 'read' } });
  sailing = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 3 * 24 * 3_600_000) });
  other = await makeSeatedSailing(t);
  orders.anna = await paidOrder(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2'], { fullName: 'Смирнова Анна Игоревна', email: 'anna.smirnova@example.ru', phone: '+7 921 555-01-01' });
  orders.boris = await pendingOrder(t, sailing.eventId, ['D1-R2-S1'], { fullName: 'Борис Петров', email: 'boris@example.com', phone: '8 (911) 222-33-44' });
  orders.vera = await paidOrder(t, other.eventId, ['D1-R1-S3'], { fullName: 'Вера Смирнова', email: 'vera@example.org', phone: '9031112233' });
});
afterAll(() => t.close());

const search = (query: Record<string, string | number>, auth = manager.auth) => request(t.server).get('/api/v1/admin/orders').query(query).set(auth);
const numbers = (res: request.Response) => {
  if (res.status !== 200) throw new Error(`search answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.items.map((o: any) => o.number);
};

it('lists the newest orders first, with the sailing, contacts, ticket count and total', async () => {
  const res = await search({});
  expect(res.status).toBe(200);
  expect(numbers(res)).toEqual([orders.vera!.number, orders.boris!.number, orders.anna!.number]);
  expect(res.body.items[2]).toMatchObject({
    status: 'PAID', ticketCount: 2, needsReview: false,
    customer: { fullName: 'Смирнова Анна Игоревна', email: 'anna.smirnova@example.ru', phone: '+79215550101' },
    event: { id: sailing.eventId },
  });
  expect(res.body.items[2].totalKopecks).toBeGreaterThan(0);
});

it('filters by status, sailing, e-mail, phone in any form and period', async () => {
  expect(numbers(await search({ status: 'PENDING' }))).toEqual([orders.boris!.number]);
  expect(numbers(await search({ status: 'PENDING,PAID', eventId: sailing.eventId }))).toEqual([orders.boris!.number, orders.anna!.number]);
  expect(numbers(await search({ email: 'ANNA.Smirnova@example.ru' }))).toEqual([orders.anna!.number]);
  expect(numbers(await search({ phone: '8 911 222 33 44' }))).toEqual([orders.boris!.number]);
  expect(numbers(await search({ dateFrom: '2020-01-01', dateTo: '2020-12-31' }))).toEqual([]);
  const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
  expect(numbers(await search({ dateFrom: today, dateTo: today }))).toHaveLength(3);
  const bad = await search({ status: 'PAID,LOST' });
  expect(bad.status).toBe(400);
  expect(bad.body.errors[0].path).toMatch(/^query\.status/);
});

it('finds a customer by order number, phone, e-mail or words of the name', async () => {
  const digits = orders.anna!.number.replace(/\D/g, '').replace(/^0+/, '');
  expect(numbers(await search({ q: orders.anna!.number }))).toEqual([orders.anna!.number]);
  expect(numbers(await search({ q: digits }))).toEqual([orders.anna!.number]);
  expect(numbers(await search({ q: '+7 (903) 111-22-33' }))).toEqual([orders.vera!.number]);
  expect(numbers(await search({ q: 'boris@' }))).toEqual([orders.boris!.number]);
  expect(numbers(await search({ q: 'смирнова' }))).toEqual([orders.vera!.number, orders.anna!.number]);
  expect(numbers(await search({ q: 'Анна Смирнова' }))).toEqual([orders.anna!.number]);
  expect(numbers(await search({ q: 'example.org' }))).toEqual([orders.vera!.number]);
  expect(numbers(await search({ q: 'никого такого' }))).toEqual([]);
});

it('sorts by total and pages with a cursor without gaps or repeats', async () => {
  const byTotal = (await search({ sort: '-total' })).body.items.map((o: any) => o.totalKopecks);
  expect(byTotal).toEqual([...byTotal].sort((a: number, b: number) => b - a));
  for (const sort of ['-createdAt', 'createdAt', '-total', 'total']) {
    const all = numbers(await search({ sort }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await search({ sort, limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...numbers(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  }
  const first = await search({ sort: '-total', limit: 1 });
  const mismatched = await search({ sort: '-createdAt', cursor: first.body.nextCursor });
  expect(mismatched.status).toBe(400);
  expect(mismatched.body.errors[0].path).toBe('query.cursor');
});

it('shows the order page: lines, seats, tickets, payment, history, refund window and what may be done', async () => {
  const res = await request(t.server).get(`/api/v1/admin/orders/${orders.anna!.id}`).set(manager.auth);
  expect(res.status).toBe(200);
  const order = res.body;
  expect(order).toMatchObject({
    number: orders.anna!.number, status: 'PAID', channel: null,
    customer: { fullName: 'Смирнова Анна Игоревна', phone: '+79215550101' },
    event: { id: sailing.eventId, status: 'scheduled' },
    seats: [{ seatCode: 'D1-R1-S1', ticketStatus: 'valid' }, { seatCode: 'D1-R1-S2', ticketStatus: 'valid' }],
    payment: { status: 'succeeded' },
    refundPolicy: { open: true },
    allowedStatusChanges: [],
    refunds: [],
    // Documents and messages come from the workers, which this file does not start (see admin-orders.wiring.test.ts).
    documents: [],
    notifications: [],
  });
  expect(order.lines).toHaveLength(2);
  expect(order.tickets.map((x: any) => x.status)).toEqual(['valid', 'valid']);
  expect(order.statusHistory.map((h: any) => h.to)).toEqual(['PENDING', 'LOCKED', 'PAID']);
  const pending = (await request(t.server).get(`/api/v1/admin/orders/${orders.boris!.id}`).set(manager.auth)).body;
  expect(pending.allowedStatusChanges).toEqual(['PAID', 'CANCELLED']);
  expect((await request(t.server).get(`/api/v1/admin/orders/${orders.vera!.id.replace(/.$/, '0')}`).set(manager.auth)).status).toBe(404);
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing } from '../../test/seating-factory';
import { paidOrder } from '../../test/payments-factory';
import { bearer, verifiedCustomer } from '../../test/customers-factory';

/** The buyer's document routes: the order's access token opens its documents and nobody else's. */
let t: TestApp;
let a: { order: any; token: string };
let b: { order: any; token: string };
beforeAll(async () => {
  t = await startTestApp();
  const sailing = await makeSeatedSailing(t);
  a = await paidOrder(t, sailing.eventId, ['D1-R1-S2']);
  b = await paidOrder(t, sailing.eventId, ['D1-R1-S3']);
});
afterAll(() => t.close());

const get = (path: string) => request(t.server).get(`/api/v1${path}`).buffer(true).parse((res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
});
const json = (res: request.Response) => JSON.parse((res.body as Buffer).toString());

it('lists the order’s documents once issued, and serves each PDF as issued', async () => {
  expect(json(await get(`/orders/${a.order.id}/documents?token=${a.token}`))).toEqual({ items: [] });
  const issued = await t.services.documents.service.issueForPaidOrder(a.order.id);

  const res = await get(`/orders/${a.order.id}/documents`).set('Authorization', `Bearer ${a.token}`);
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  const { items } = json(res);
  expect(items.map((d: any) => [d.kind, d.number, d.status])).toEqual(issued.map((d) => [d.kind, d.number, 'issued']));
  expect(items[0].downloadUrl).toBe(`${t.baseUrl}/api/v1/orders/${a.order.id}/documents/${items[0].id}`);
  expect(items[0].issuedAtLocal).toMatch(/\+03:00$/);

  const pdf = await get(`${new URL(items[0].downloadUrl).pathname.replace('/api/v1', '')}?token=${a.token}`);
  expect(pdf.status).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  expect(pdf.headers['content-disposition']).toBe(`inline; filename="${items[0].filename}"`);
  expect((pdf.body as Buffer).equals((await t.services.documents.service.pdf(items[0].id)).content)).toBe(true);
});

it('serves each ticket as a PDF', async () => {
  const ticket = a.order.tickets[0];
  const res = await get(`/orders/${a.order.id}/tickets/${ticket.id}/pdf`).set('Authorization', `Bearer ${a.token}`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toBe(`inline; filename="ticket-${ticket.code}.pdf"`);
  expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
});

describe('another order’s token, or none', () => {
  let bDocument: string;
  beforeAll(async () => {
    bDocument = (await t.services.documents.service.issueForPaidOrder(b.order.id))[0]!.id;
  });

  it.each([
    ['the list', () => `/orders/${a.order.id}/documents?token=${b.token}`, 'order_not_found'],
    ['the list without a token', () => `/orders/${a.order.id}/documents`, 'order_not_found'],
    ['a document of the other order through its own path', () => `/orders/${b.order.id}/documents/${bDocument}?token=${a.token}`, 'order_not_found'],
    ['a document of the other order under this order', () => `/orders/${a.order.id}/documents/${bDocument}?token=${a.token}`, 'document_not_found'],
    ['an unknown document', () => `/orders/${a.order.id}/documents/00000000-0000-4000-8000-000000000000?token=${a.token}`, 'document_not_found'],
    ['a ticket of the other order under this order', () => `/orders/${a.order.id}/tickets/${b.order.tickets[0].id}/pdf?token=${a.token}`, 'ticket_not_found'],
    ['a ticket with the other order’s token', () => `/orders/${a.order.id}/tickets/${a.order.tickets[0].id}/pdf?token=${b.token}`, 'order_not_found'],
  ])('%s is a 404 problem', async (_label, path, code) => {
    const res = await get(path());
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(json(res).code).toBe(code);
  });

  it('names a malformed id', async () => {
    const res = await get(`/orders/${a.order.id}/documents/nope?token=${a.token}`);
    expect(res.status).toBe(400);
    expect(json(res).errors).toEqual([{ path: 'path.documentId', message: 'must be a document id' }]);
  });
});

describe('a logged-in customer', () => {
  it('opens the documents and ticket PDFs of their own orders, and another customer gets 404', async () => {
    const owner = await verifiedCustomer(t);
    const sailing = await makeSeatedSailing(t);
    const own = await paidOrder(t, sailing.eventId, ['D1-R1-S2'], {
      customer: { fullName: 'Анна Морская', email: owner.email, phone: '+79110000001' },
    });
    await t.services.documents.service.issueForPaidOrder(own.order.id);
    const mine = bearer(owner.session.accessToken);

    const list = await get(`/orders/${own.order.id}/documents`).set(mine);
    expect(list.status).toBe(200);
    expect(json(list).items.map((d: any) => d.kind)).toEqual(['invoice', 'act']);
    expect((await get(`/orders/${own.order.id}/tickets/${own.order.tickets[0].id}/pdf`).set(mine)).status).toBe(200);

    const stranger = bearer((await verifiedCustomer(t)).session.accessToken);
    for (const path of [
      `/orders/${own.order.id}/documents`,
      `/orders/${own.order.id}/documents/${json(list).items[0].id}`,
      `/orders/${own.order.id}/tickets/${own.order.tickets[0].id}/pdf`,
    ]) {
      const res = await get(path).set(stranger);
      expect([path, res.status, json(res).code]).toEqual([path, 404, 'order_not_found']);
    }
  });
});

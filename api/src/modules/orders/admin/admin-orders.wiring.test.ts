import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { ParsedMail } from 'mailparser';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../../test/smtp-receiver';
import { paidOrder, recordsFor, refund, until } from '../../../test/notifications-factory';
import { makeSeatedSailing } from '../../../test/seating-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { waitForStatus } from '../../../test/paid-order-factory';
import { pdfText } from '../../../test/pdf-text';
import { formatMoscowDateTime } from '../../notifications/locale-format';

/**
 * The orders console with the real documents and notifications behind it: the order page lists
 * what was issued and sent, staff download the PDFs, and "regenerate" and "resend" go through
 * the outbox to the workers, the documents module and a real SMTP server.
 */
let t: TestApp;
let smtp: SmtpReceiver;
let manager: StaffLogin;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ workers: { smtpUrl: smtp.url } });
  manager = await makeStaff(t, { grants: { orders: 'write', documents: 'write', settings: 'write' } });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
const page = async (orderId: string) => (await request(t.server).get(`/api/v1/admin/orders/${orderId}`).set(manager.auth)).body;
const post = (path: string, body: object = {}) => request(t.server).post(`/api/v1/admin/orders${path}`).set(manager.auth).send(body);
const download = (url: string, staff: StaffLogin = manager) => binary(request(t.server).get(new URL(url).pathname).set(staff.auth));
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);
const filenames = (mail: ParsedMail) => mail.attachments.map((a) => a.filename);
const documentsOf = (orderId: string) => t.services.documents.service.list(orderId);

/** The next mail to `email` after what it has now, once `action` ran. */
async function nextMail(email: string, action: () => Promise<unknown>): Promise<ParsedMail> {
  const before = mailsTo(email).length;
  await action();
  await until(() => mailsTo(email).length > before, 15_000, `mail to ${email}`);
  return mailsTo(email)[before]!;
}

it('shows the documents issued and the messages sent on the order page, and serves each PDF to staff with documents:read', async () => {
  const { order } = await paidOrder(t, { locale: 'ru' });
  await until(() => mailsTo(order.customer.email).length > 0, 15_000, 'confirmation');
  await recordsFor(t, order.id);
  const view = await page(order.id);
  const issued = await documentsOf(order.id);
  expect(view.documents).toEqual(issued.map((d) => ({
    id: d.id, kind: d.kind, number: d.number, issuedAt: d.issuedAt.toISOString(), issuedAtLocal: expect.stringMatching(/\+03:00$/),
    status: 'issued', filename: d.filename, url: `${t.baseUrl}/api/v1/admin/orders/${order.id}/documents/${d.id}`,
  })));
  expect(view.documents.map((d: { kind: string }) => d.kind)).toEqual(['invoice', 'act']);
  expect(view.notifications).toEqual([
    expect.objectContaining({ kind: 'order_confirmation', channel: 'email', recipient: order.customer.email, status: 'sent', attempts: 1, error: null }),
  ]);

  const pdf = await download(view.documents[0].url);
  expect(pdf.status).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  expect(pdf.headers['content-disposition']).toBe(`inline; filename="${issued[0]!.filename}"`);
  expect(await pdfText(pdf.body as Buffer)).toContain(issued[0]!.number);

  const other = await paidOrder(t);
  const wrongOrder = await download(`${t.baseUrl}/api/v1/admin/orders/${other.order.id}/documents/${issued[0]!.id}`);
  expect(wrongOrder.status).toBe(404);
  const ordersOnly = await makeStaff(t, { grants: { orders: 'write' } });
  expect((await download(view.documents[0].url, ordersOnly)).status).toBe(403);
});

it('regenerates the documents with the current requisites, keeping numbers and dates, and issues one that is missing', async () => {
  const { order } = await paidOrder(t);
  await until(async () => (await documentsOf(order.id)).length === 2, 15_000, 'invoice and act');
  const [invoice, act] = await documentsOf(order.id);
  // The act's job died, say: its document was never issued.
  await t.db.query('DELETE FROM document WHERE id = $1', [act!.id]);
  const invoiceUrl = `${t.baseUrl}/api/v1/admin/orders/${order.id}/documents/${invoice!.id}`;
  const bankName = `АО «Банк Северная Пальмира ${randomUUID().slice(0, 4)}»`;
  expect(await pdfText((await download(invoiceUrl)).body as Buffer)).not.toContain(bankName);

  const requisites = (await request(t.server).get('/api/v1/admin/settings/requisites').set(manager.auth)).body;
  const saved = await request(t.server).put('/api/v1/admin/settings/requisites').set(manager.auth).send({ ...requisites, bankName });
  expect(saved.status).toBe(200);
  const queued = await post(`/${order.id}/documents/regenerate`);
  expect(queued.status).toBe(202);
  expect((await auditRows(t, 'order', order.id)).map((r) => r.action)).toContain('order.documents_regenerate');

  await until(async () => {
    const docs = await documentsOf(order.id);
    return docs.length === 2 && docs[0]!.renderedAt.getTime() > invoice!.renderedAt.getTime();
  }, 15_000, 'documents regenerated');
  const after = await documentsOf(order.id);
  expect(after[0]).toMatchObject({ id: invoice!.id, kind: 'invoice', number: invoice!.number, issuedAt: invoice!.issuedAt });
  expect(after[1]).toMatchObject({ kind: 'act' });
  expect(after[1]!.id).not.toBe(act!.id);
  for (const doc of after) {
    const text = await pdfText((await download(`${t.baseUrl}/api/v1/admin/orders/${order.id}/documents/${doc.id}`)).body as Buffer);
    expect(text).toContain(bankName);
    expect(text).toContain(doc.number);
  }
});

it('resends the confirmation, the e-tickets alone or the documents alone, each with its own attachments', async () => {
  const { order, token } = await paidOrder(t, { locale: 'en' });
  const email = order.customer.email;
  await until(() => mailsTo(email).length === 1, 15_000, 'confirmation');
  const [refunded, kept] = order.tickets;
  await nextMail(email, () => refund(t, order.id, token, [refunded.id]));
  const [invoice, act, refundAct] = await documentsOf(order.id);
  expect([invoice!.kind, act!.kind, refundAct!.kind]).toEqual(['invoice', 'act', 'refund_act']);

  const resend = (what: string) => nextMail(email, async () => expect((await post(`/${order.id}/resend`, { what })).status).toBe(202));
  const confirmation = await resend('confirmation');
  expect(confirmation.subject).toBe(`Order ${order.number} is paid: White Nights`);
  expect(filenames(confirmation)).toEqual([invoice!.filename, act!.filename, `ticket-${kept.code}.pdf`]);

  const tickets = await resend('tickets');
  expect(tickets.subject).toBe(`Your e-tickets for order ${order.number}: White Nights`);
  expect(filenames(tickets)).toEqual([`ticket-${kept.code}.pdf`]);
  expect(tickets.text).toContain(`/orders/${order.id}?token=`);

  const documents = await resend('documents');
  expect(documents.subject).toBe(`Documents for order ${order.number}`);
  expect(filenames(documents)).toEqual([invoice!.filename, act!.filename, refundAct!.filename]);
  expect(await pdfText(documents.attachments[2]!.content)).toContain(refundAct!.number);
  for (const mail of [confirmation, tickets, documents]) expect(mail.attachments.every((a) => a.contentType === 'application/pdf')).toBe(true);

  const records = await recordsFor(t, order.id);
  expect(records.map((r) => [r.type, r.channel, r.status])).toEqual([
    ['order_confirmation', 'email', 'sent'], ['refund_confirmation', 'email', 'sent'], ['order_confirmation', 'email', 'sent'],
    ['order_tickets', 'email', 'sent'], ['order_documents', 'email', 'sent'],
  ]);
  expect((await page(order.id)).notifications.map((n: { kind: string }) => n.kind)).toEqual(records.map((r) => r.type));
  expect((await auditRows(t, 'order', order.id)).filter((r) => r.action === 'order.resend').map((r) => r.after.what)).toEqual([
    'confirmation', 'tickets', 'documents',
  ]);
});

it('sends the customer of a staff-made order the payment link with its deadline, and again on request while unpaid', async () => {
  const sailing = await makeSeatedSailing(t);
  const email = `olga.${randomUUID().slice(0, 6)}@example.ru`;
  let created: request.Response | undefined;
  const mail = await nextMail(email, async () => {
    created = await request(t.server).post('/api/v1/admin/orders').set(manager.auth).set('Idempotency-Key', randomUUID())
      .send({ eventId: sailing.eventId, seats: [{ seatCode: 'D1-R1-S4' }], locale: 'en', customer: { fullName: 'Olga Kuznetsova', email, phone: '8 921 700-00-02' } });
  });
  expect(created!.status).toBe(201);
  const { order, paymentUrl } = created!.body;
  expect(mail.subject).toMatch(new RegExp(`^Payment for order ${order.number}: `));
  const deadline = formatMoscowDateTime(new Date(order.payment.windowEndsAt), 'en');
  expect(mail.text).toContain(paymentUrl);
  expect(mail.text).toContain(`Please pay by ${deadline}.`);
  expect(mail.html).toContain(`href="${paymentUrl.replace(/&/g, '&amp;')}"`);
  expect(mail.attachments).toEqual([]);
  expect((await recordsFor(t, order.id)).map((r) => [r.type, r.status])).toEqual([['payment_link', 'sent']]);

  const again = await nextMail(email, async () => expect((await post(`/${order.id}/resend`, { what: 'payment_link' })).status).toBe(202));
  expect(again.text).toContain(paymentUrl);

  await t.yookassa!.pay(order.payment.id);
  await waitForStatus(t, order.id, (s) => s === 'PAID');
  const paid = await post(`/${order.id}/resend`, { what: 'payment_link' });
  expect(paid.status).toBe(409);
  expect(paid.body.code).toBe('nothing_to_resend');
});

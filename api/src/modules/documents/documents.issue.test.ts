import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { handleOnce, type Job } from '../../platform/jobs/jobs';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing } from '../../test/seating-factory';
import { DAY } from '../../test/catalog-factory';
import { paidOrder } from '../../test/payments-factory';
import { pdfText } from '../../test/pdf-text';
import { documentJobHandlers } from './documents.jobs';

/**
 * Invoices, acts and refund acts: issued once per order (or refund) by the outbox jobs, with
 * the requisites, the number and the totals in figures and words printed in them.
 */
let now = new Date();
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock: () => now });
});
afterAll(() => t.close());
afterEach(() => {
  now = new Date();
});

const documents = () => t.services.documents.service;
const job = (topic: string, payload: Record<string, unknown>): Job => ({ id: randomUUID(), topic, payload, attempt: 1 });
async function runJob(j: Job): Promise<boolean> {
  const handler = documentJobHandlers(documents()).get(j.topic);
  if (!handler) throw new Error(`no handler for ${j.topic}`);
  return handleOnce(t.db, 'documents', j, handler);
}
const textOf = async (documentId: string) => pdfText((await documents().pdf(documentId)).content);
const refund = (orderId: string, accessToken: string, tickets?: string[]) =>
  request(t.server).post(`/api/v1/orders/${orderId}/refunds`).set('Idempotency-Key', randomUUID()).send({ accessToken, ...(tickets ? { tickets } : {}) });

it('issues the invoice and act of a paid order once, from the outbox job, with everything an accountant looks for', async () => {
  const sailing = await makeSeatedSailing(t);
  const { order } = await paidOrder(t, sailing.eventId, ['D1-R1-S2']);
  const [outbox] = await t.db.query("SELECT id, topic, payload FROM outbox WHERE topic = 'documents.order_paid' AND payload->>'orderId' = $1", [order.id]);
  const delivery: Job = { id: outbox.id, topic: outbox.topic, payload: outbox.payload, attempt: 1 };

  expect(await runJob(delivery)).toBe(true);
  expect(await runJob({ ...delivery, attempt: 2 })).toBe(false);
  // Another message for the same order (a replay from the dead-letter list) finds the documents.
  expect(await runJob(job('documents.order_paid', { orderId: order.id }))).toBe(true);

  const list = await documents().list(order.id);
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Moscow', year: 'numeric' }).format(now);
  expect(list.map((d) => [d.kind, d.status])).toEqual([['invoice', 'issued'], ['act', 'issued']]);
  expect(list[0]!.number).toMatch(new RegExp(`^СЧ-${year}-\\d{6}$`));
  expect(list[1]!.number).toMatch(new RegExp(`^АКТ-${year}-\\d{6}$`));

  const requisites = await t.services.documents.requisites.get();
  for (const doc of list) {
    const text = await textOf(doc.id);
    expect(text).toContain(doc.number);
    for (const value of [requisites.legalName, requisites.inn, requisites.kpp!, requisites.ogrn, requisites.bankName, requisites.bik,
      requisites.settlementAccount, requisites.correspondentAccount, requisites.legalAddress, requisites.offerUrl, requisites.phone, requisites.email]) {
      expect(text).toContain(value);
    }
    expect(text).toContain(order.customer.fullName);
    expect(text).toContain(order.customer.email);
    expect(text).toContain(order.customer.phone);
    expect(text).toContain(order.number);
    // 1 500,00 ₽ with 20 % VAT included: 250,00.
    expect(text).toContain('1 500,00');
    expect(text).toContain('Одна тысяча пятьсот рублей 00 копеек');
    expect(text).toContain('В том числе НДС: 250,00');
    expect(text).toContain('Двести пятьдесят рублей 00 копеек');
    expect(text).toContain('ряд 1, место 2');
  }
  expect(await textOf(list[0]!.id)).toContain('Счёт на оплату');
  expect(await textOf(list[1]!.id)).toContain('Акт об оказании услуг');
});

it('prints each line with its own VAT and the total as the sum of the lines', async () => {
  const sailing = await makeSeatedSailing(t);
  // S1 is a window seat (1 700 ₽), S2 standard (1 500 ₽).
  const { order } = await paidOrder(t, sailing.eventId, ['D1-R2-S1', 'D1-R2-S2']);
  const [invoice] = await documents().issueForPaidOrder(order.id);
  const text = await textOf(invoice!.id);
  expect(order.totalKopecks).toBe(320_000);
  expect(text).toContain('1 700,00');
  expect(text).toContain('283,33');
  expect(text).toContain('3 200,00');
  expect(text).toContain('Три тысячи двести рублей 00 копеек');
  expect(text).toContain(`В том числе НДС: 533,33`);
  expect(text).toContain('Всего наименований 2');
});

it('refuses documents for an order that is not paid', async () => {
  const sailing = await makeSeatedSailing(t);
  const { order } = await paidOrder(t, sailing.eventId, ['D1-R1-S3']);
  await t.db.query("UPDATE orders SET status = 'PENDING' WHERE id = $1", [order.id]);
  try {
    await expect(documents().issueForPaidOrder(order.id)).rejects.toMatchObject({ code: 'order_not_paid', status: 409 });
    expect(await documents().list(order.id)).toEqual([]);
  } finally {
    await t.db.query("UPDATE orders SET status = 'PAID' WHERE id = $1", [order.id]);
  }
});

describe('refunds', () => {
  // Refunds close 24 hours before departure.
  const refundableSailing = () => makeSeatedSailing(t, { startsAt: new Date(Date.now() + 3 * DAY) });

  it('issue a refund act with exactly the refunded tickets and amount; the invoice and act show the refund', async () => {
    const sailing = await refundableSailing();
    const { order, token, paymentId } = await paidOrder(t, sailing.eventId, ['D1-R3-S1', 'D1-R3-S2']);
    await documents().issueForPaidOrder(order.id);
    const window = order.tickets.find((x: any) => x.seatCode === 'D1-R3-S1');
    const first = await refund(order.id, token, [window.id]);
    expect(first.body.status).toBe('succeeded');

    expect(await runJob(job('documents.order_refunded', { orderId: order.id, refundId: first.body.id }))).toBe(true);
    let list = await documents().list(order.id);
    expect(list.map((d) => [d.kind, d.status])).toEqual([['invoice', 'partially_refunded'], ['act', 'partially_refunded'], ['refund_act', 'issued']]);
    const act = list.find((d) => d.kind === 'act')!;
    const refundAct = list.find((d) => d.kind === 'refund_act')!;
    expect(refundAct.refundId).toBe(first.body.id);
    expect(refundAct.number).toMatch(/^АВ-\d{4}-\d{6}$/);

    const text = await textOf(refundAct.id);
    expect(text).toContain('Акт возврата денежных средств');
    expect(text).toContain(refundAct.number);
    expect(text).toContain(`акт № ${act.number}`);
    expect(text).toContain('ряд 3, место 1');
    expect(text).not.toContain('ряд 3, место 2');
    expect(text).toContain('1 700,00');
    expect(text).toContain('Одна тысяча семьсот рублей 00 копеек');
    expect(text).not.toContain('3 200,00');
    // Fiscal and payment-service data stays off refund documents.
    const [{ gateway_refund_id: gatewayRefundId }] = await t.db.query('SELECT gateway_refund_id FROM refund WHERE id = $1', [first.body.id]);
    for (const secret of [paymentId, gatewayRefundId, 'ФН', 'ФПД', 'фискальн', 'ЮKassa', 'YooKassa']) expect(text).not.toContain(secret);

    // The same job again, and the refund confirmation asking for its attachment, find the act.
    expect(await runJob(job('documents.order_refunded', { orderId: order.id, refundId: first.body.id }))).toBe(true);
    const [attached] = await documents().attachmentsFor(order.id, 'refund_confirmation', first.body.id);
    expect(attached!.filename).toBe(refundAct.filename);
    expect(attached!.content.equals((await documents().pdf(refundAct.id)).content)).toBe(true);

    const rest = await refund(order.id, token);
    await documents().issueForRefund(order.id, rest.body.id);
    list = await documents().list(order.id);
    expect(list.map((d) => [d.kind, d.status])).toEqual([
      ['invoice', 'refunded'], ['act', 'refunded'], ['refund_act', 'issued'], ['refund_act', 'issued'],
    ]);
    expect(await textOf(list[3]!.id)).toContain('Одна тысяча пятьсот рублей 00 копеек');
  });

  it('issue the invoice and act first when the refund job comes before the paid-order job', async () => {
    const sailing = await refundableSailing();
    const { order, token } = await paidOrder(t, sailing.eventId, ['D1-R4-S2']);
    const done = await refund(order.id, token);
    await runJob(job('documents.order_refunded', { orderId: order.id, refundId: done.body.id }));
    await runJob(job('documents.order_paid', { orderId: order.id }));
    const list = await documents().list(order.id);
    expect(list.map((d) => [d.kind, d.status])).toEqual([['invoice', 'refunded'], ['act', 'refunded'], ['refund_act', 'issued']]);
  });
});

describe('numbers', () => {
  const sequences = async (kind: string, year: number): Promise<number[]> =>
    (await t.db.query('SELECT sequence FROM document WHERE kind = $1 AND year = $2 ORDER BY sequence', [kind, year])).map((r: any) => r.sequence);

  it('are never shared and leave no gap when many orders are issued at once (each twice)', async () => {
    const sailing = await makeSeatedSailing(t);
    const orders = [];
    for (let i = 1; i <= 6; i += 1) orders.push((await paidOrder(t, sailing.eventId, [`D1-R5-S${i}`])).order);
    now = new Date('2030-06-01T09:00:00Z');
    await Promise.all(orders.flatMap((o) => [documents().issueForPaidOrder(o.id), documents().issueForPaidOrder(o.id)]));

    for (const kind of ['invoice', 'act']) {
      expect(await sequences(kind, 2030)).toEqual([1, 2, 3, 4, 5, 6]);
      const [counter] = await t.db.query('SELECT last_number FROM document_counter WHERE kind = $1 AND year = 2030', [kind]);
      expect(counter.last_number).toBe(6);
    }
    for (const o of orders) expect((await documents().list(o.id)).map((d) => d.kind)).toEqual(['invoice', 'act']);
  });

  it('come back when the issuing transaction rolls back', async () => {
    const sailing = await makeSeatedSailing(t);
    const { order } = await paidOrder(t, sailing.eventId, ['D1-R5-S7']);
    now = new Date('2029-03-01T09:00:00Z');
    await expect(
      t.db.transaction(async (tx) => {
        await documents().issueForPaidOrder(order.id, tx);
        throw new Error('the job failed after issuing');
      }),
    ).rejects.toThrow('the job failed');
    expect(await sequences('invoice', 2029)).toEqual([]);
    const [issued] = await documents().issueForPaidOrder(order.id);
    expect(issued!.number).toBe('СЧ-2029-000001');
  });

  it('restart at 1 with the new year in Moscow', async () => {
    const sailing = await makeSeatedSailing(t);
    const a = await paidOrder(t, sailing.eventId, ['D1-R5-S8']);
    const b = await paidOrder(t, sailing.eventId, ['D1-R5-S9']);
    now = new Date('2031-12-31T20:59:59Z'); // 23:59:59 in Moscow
    const [lastOfYear] = await documents().issueForPaidOrder(a.order.id);
    now = new Date('2031-12-31T21:00:00Z'); // midnight in Moscow
    const [firstOfYear] = await documents().issueForPaidOrder(b.order.id);
    expect(lastOfYear!.number).toBe('СЧ-2031-000001');
    expect(firstOfYear!.number).toBe('СЧ-2032-000001');
    expect(await textOf(lastOfYear!.id)).toContain('от 31.12.2031');
    expect(await textOf(firstOfYear!.id)).toContain('от 01.01.2032');
  });
});

it('re-renders a document with the same number and date and the current requisites', async () => {
  const sailing = await makeSeatedSailing(t);
  const { order } = await paidOrder(t, sailing.eventId, ['D1-R5-S10']);
  const [invoice] = await documents().issueForPaidOrder(order.id);
  const before = (await documents().pdf(invoice!.id)).content;
  const requisites = t.services.documents.requisites;
  const original = await requisites.get();
  await requisites.update({ ...original, bankName: 'ПАО «Новый Банк»' });
  try {
    // Issued documents do not change silently when the settings do…
    expect((await documents().pdf(invoice!.id)).content.equals(before)).toBe(true);
    // …only when staff ask for it.
    const again = await documents().regenerate(invoice!.id);
    expect(again.number).toBe(invoice!.number);
    expect(again.issuedAt).toEqual(invoice!.issuedAt);
    const text = await textOf(invoice!.id);
    expect(text).toContain('ПАО «Новый Банк»');
    expect(text).toContain(invoice!.number);
  } finally {
    await requisites.update(original);
  }
});

it('gives a confirmation email its invoice, act and e-tickets, issuing them if the job has not run', async () => {
  const sailing = await makeSeatedSailing(t);
  const { order } = await paidOrder(t, sailing.eventId, ['D1-R4-S4', 'D1-R4-S5']);
  const files = await documents().attachmentsFor(order.id, 'order_confirmation');
  const list = await documents().list(order.id);
  expect(files.map((f) => f.filename)).toEqual([
    list[0]!.filename, list[1]!.filename, ...order.tickets.map((x: any) => `ticket-${x.code}.pdf`),
  ]);
  expect(files.every((f) => f.contentType === 'application/pdf' && f.content.subarray(0, 5).toString() === '%PDF-')).toBe(true);
  expect(await documents().attachmentsFor(order.id, 'order_confirmation')).toHaveLength(4);
  expect(await documents().list(order.id)).toHaveLength(2);
});

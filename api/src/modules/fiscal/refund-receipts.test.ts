import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing } from '../../test/seating-factory';
import { checkout, holdSeats, makePromo } from '../../test/orders-factory';
import { DAY } from '../../test/catalog-factory';

/**
 * Refund receipts in every VAT mode and both payment modes: YooKassa receives for a refund
 * exactly the refunded tickets, each at what was paid for it (VAT on top when excluded, after
 * the discount when a promo applied), with the 54-FZ vat code of its rate — the plain code for
 * full payment, the calculated one (10/110, 20/120, 22/122) for a prepayment.
 */
const PLAIN_CODE: Record<number, number> = { 0: 2, 10: 3, 20: 4, 22: 11 };
const CALCULATED_CODE: Record<number, number> = { 0: 2, 10: 5, 20: 6, 22: 12 };
const rub = (kopecks: number) => (kopecks / 100).toFixed(2);

describe.each(['full_payment', 'full_prepayment'] as const)('receipts in %s mode', (paymentMode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RECEIPT_PAYMENT_MODE: paymentMode } });
    t.yookassa!.setWebhookUrl(undefined);
  });
  afterAll(() => t.close());

  async function paidOrder(vat: { mode: 'none' | 'included' | 'excluded'; percent: number }, seats: string[], promoCode?: string) {
    const sailing = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 3 * DAY) });
    await t.db.query('UPDATE event SET vat_mode = $2, vat_percent = $3 WHERE id = $1', [sailing.eventId, vat.mode, vat.percent]);
    const res = await checkout(t, { sessionId: await holdSeats(t, sailing.eventId, seats), eventId: sailing.eventId, ...(promoCode ? { promoCode } : {}) });
    expect(res.status).toBe(201);
    const { order, accessToken } = res.body;
    const started = await request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId: order.id, accessToken });
    await t.yookassa!.pay(started.body.paymentId);
    await t.services.payments.service.confirmFromGateway(order.id);
    const paid = (await request(t.server).get(`/api/v1/orders/${order.id}?token=${accessToken}`)).body;
    expect(paid.status).toBe('PAID');
    return { order: paid, token: accessToken as string, paymentId: started.body.paymentId as string };
  }

  const refundReceipts = (paymentId: string) => t.yookassa!.receipts().filter((r) => r.type === 'refund' && r.payment_id === paymentId);

  const vatCases = [
    { mode: 'excluded', percent: 20 },
    { mode: 'excluded', percent: 22 },
    { mode: 'excluded', percent: 10 },
    { mode: 'included', percent: 10 },
    { mode: 'included', percent: 22 },
    { mode: 'none', percent: 0 },
  ] as const;

  it.each(vatCases)('refunds one ticket of a $mode $percent % sailing at what was paid, with its vat code', async (vat) => {
    const { order, token, paymentId } = await paidOrder(vat, ['D1-R1-S1', 'D1-R1-S2']);
    const line = order.lines.find((l: any) => l.seatCode === 'D1-R1-S2');
    const ticket = order.tickets.find((x: any) => x.seatCode === 'D1-R1-S2');
    if (vat.mode !== 'none') expect(line.vatKopecks).toBeGreaterThan(0);
    if (vat.mode === 'excluded') expect(line.totalKopecks).toBe(line.unitPriceKopecks - line.discountKopecks + line.vatKopecks);
    else expect(line.totalKopecks).toBe(line.unitPriceKopecks - line.discountKopecks);

    const res = await request(t.server).post(`/api/v1/orders/${order.id}/refunds`).set('Idempotency-Key', randomUUID()).send({ accessToken: token, tickets: [ticket.id] });
    expect(res.status).toBe(200);
    expect(res.body.amountKopecks).toBe(line.totalKopecks);

    const [receipt, ...more] = refundReceipts(paymentId);
    expect(more).toEqual([]);
    const code = vat.mode === 'none' ? 1 : (paymentMode === 'full_payment' ? PLAIN_CODE : CALCULATED_CODE)[vat.percent];
    expect(receipt!.items).toEqual([
      { description: line.description, quantity: 1, amount: { value: rub(line.totalKopecks), currency: 'RUB' }, vat_code: code, payment_mode: paymentMode, payment_subject: 'service' },
    ]);
    // The sale receipt and the refund receipt agree on the ticket's line.
    const sale = t.yookassa!.receipts().find((r) => r.type === 'payment' && r.payment_id === paymentId)!;
    expect(sale.items).toContainEqual(receipt!.items[0]);
  });

  it('refunds a ticket bought with a promo at its discounted price, not the list price', async () => {
    const promoCode = await makePromo(t, { kind: 'percent', percent: 15 });
    const { order, token, paymentId } = await paidOrder({ mode: 'included', percent: 22 }, ['D1-R2-S1', 'D1-R2-S2', 'D1-R2-S3'], promoCode);
    const line = order.lines.find((l: any) => l.seatCode === 'D1-R2-S3');
    expect(line.discountKopecks).toBeGreaterThan(0);
    const ticket = order.tickets.find((x: any) => x.seatCode === 'D1-R2-S3');

    const res = await request(t.server).post(`/api/v1/orders/${order.id}/refunds`).set('Idempotency-Key', randomUUID()).send({ accessToken: token, tickets: [ticket.id] });
    expect(res.status).toBe(200);
    expect(res.body.amountKopecks).toBe(line.totalKopecks);
    expect(res.body.amountKopecks).toBe(line.unitPriceKopecks - line.discountKopecks);
    expect(t.yookassa!.payments.get(paymentId)!.refunded_amount?.value).toBe(rub(line.totalKopecks));
    const [receipt] = refundReceipts(paymentId);
    expect(receipt!.items.map((i) => i.amount.value)).toEqual([rub(line.totalKopecks)]);
  });
});

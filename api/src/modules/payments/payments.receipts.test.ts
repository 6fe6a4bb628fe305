import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeSeatedSailing } from '../../test/seating-factory';
import { checkout, holdSeats, makePromo } from '../../test/orders-factory';

/**
 * VAT and totals end to end: for every VAT mode × rate, with and without a discount, the order
 * total is the sum of its lines and the 54-FZ receipt YooKassa receives carries exactly the
 * order's lines.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.yookassa!.setWebhookUrl(undefined);
});
afterAll(() => t.close());

const VAT_CODE: Record<string, number> = { none: 1, '0': 2, '10': 3, '20': 4, '22': 11 };
const cases = (['none', 'included', 'excluded'] as const).flatMap((mode) =>
  [0, 10, 20, 22].flatMap((percent) => [false, true].map((discounted) => ({ mode, percent, discounted }))),
);

it.each(cases)('$mode VAT at $percent %, discounted: $discounted', async ({ mode, percent, discounted }) => {
  const sailing = await makeSeatedSailing(t);
  await t.db.query('UPDATE event SET vat_mode = $2, vat_percent = $3 WHERE id = $1', [sailing.eventId, mode, percent]);
  const promoCode = discounted ? await makePromo(t, { kind: 'percent', percent: 13 }) : undefined;
  const sessionId = await holdSeats(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2', 'D1-R2-S5']);
  const res = await checkout(t, { sessionId, eventId: sailing.eventId, ...(promoCode ? { promoCode } : {}) });
  expect(res.status).toBe(201);
  const { order } = res.body;
  const sum = (key: string) => order.lines.reduce((s: number, l: any) => s + l[key], 0);
  expect(sum('totalKopecks')).toBe(order.totalKopecks);
  expect(sum('vatKopecks')).toBe(order.vatKopecks);
  expect(sum('discountKopecks')).toBe(order.discountKopecks);
  expect(order.discountKopecks > 0).toBe(discounted);
  if (mode === 'excluded') expect(order.totalKopecks).toBe(order.subtotalKopecks - order.discountKopecks + order.vatKopecks);
  else expect(order.totalKopecks).toBe(order.subtotalKopecks - order.discountKopecks);

  const started = await request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId: order.id, accessToken: res.body.accessToken });
  expect(started.status).toBe(200);
  await t.yookassa!.pay(started.body.paymentId);
  const receipt = t.yookassa!.receipts().find((r) => r.payment_id === started.body.paymentId)!;
  const expectedCode = mode === 'none' ? VAT_CODE.none : VAT_CODE[String(percent)];
  expect(receipt.items).toEqual(
    order.lines.map((l: any) => ({
      description: l.description,
      quantity: 1,
      amount: { value: (l.totalKopecks / 100).toFixed(2), currency: 'RUB' },
      vat_code: expectedCode,
      payment_mode: 'full_payment',
      payment_subject: 'service',
    })),
  );
  expect(t.yookassa!.payments.get(started.body.paymentId)!.amount.value).toBe((order.totalKopecks / 100).toFixed(2));
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Lang } from '../platform/http/locale';
import type { MailAttachment, OrderAttachmentSource, RecipientPreference, RecipientPreferences } from '../modules/notifications/notification-ports';
import type { TestApp } from './test-app';
import { makeSeatedSailing, type SeatedSailing } from './seating-factory';
import { checkout, customer, holdSeats } from './orders-factory';
import { DAY } from './catalog-factory';

/** Polls `check` until it holds. */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} not reached in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A paid order on a new sailing, paid through the YooKassa emulator as a buyer would. */
export async function paidOrder(
  t: TestApp,
  options: { seats?: string[]; startsAt?: Date; locale?: Lang; email?: string; fullName?: string } = {},
): Promise<{ sailing: SeatedSailing; order: any; token: string; paymentId: string }> {
  const sailing = await makeSeatedSailing(t, { startsAt: options.startsAt ?? new Date(Date.now() + 3 * DAY) });
  await t.db.query(
    `UPDATE event SET title = '{"ru": "Белые ночи", "en": "White Nights", "zh": "白夜游船"}' WHERE id = $1`,
    [sailing.eventId],
  );
  const res = await checkout(t, {
    sessionId: await holdSeats(t, sailing.eventId, options.seats ?? ['D1-R1-S1', 'D1-R1-S2']),
    eventId: sailing.eventId,
    locale: options.locale ?? 'ru',
    customer: customer({ ...(options.email ? { email: options.email } : {}), ...(options.fullName ? { fullName: options.fullName } : {}) }),
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`checkout failed: ${JSON.stringify(res.body)}`);
  const { order, accessToken } = res.body;
  const started = await request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId: order.id, accessToken });
  await t.yookassa!.pay(started.body.paymentId);
  let paid: any;
  await until(async () => {
    paid = (await request(t.server).get(`/api/v1/orders/${order.id}?token=${accessToken}`)).body;
    return paid.status === 'PAID';
  }, 10_000, 'order PAID');
  return { sailing, order: paid, token: accessToken, paymentId: started.body.paymentId };
}

export function refund(t: TestApp, orderId: string, accessToken: string, tickets?: string[]) {
  return request(t.server).post(`/api/v1/orders/${orderId}/refunds`).set('Idempotency-Key', randomUUID()).send({ accessToken, ...(tickets ? { tickets } : {}) });
}

/** A stand-in for the documents module: a distinct little "PDF" per order and purpose, and a log of what was asked. */
export function recordingAttachments(): OrderAttachmentSource & { calls: Array<{ orderId: string; purpose: string; refundId?: string | undefined }> } {
  const calls: Array<{ orderId: string; purpose: string; refundId?: string | undefined }> = [];
  return {
    calls,
    async attachmentsFor(orderId, purpose, refundId) {
      calls.push({ orderId, purpose, refundId });
      const pdf = (name: string): MailAttachment => ({
        filename: `${name}.pdf`,
        contentType: 'application/pdf',
        content: Buffer.from(`%PDF-1.7 ${name} ${orderId} ${refundId ?? ''}`),
      });
      return purpose === 'order_confirmation' ? [pdf('e-tickets'), pdf('invoice')] : [pdf('refund-act')];
    },
  };
}

/** A stand-in for customer accounts: preferences by email. */
export function preferences(byEmail: Map<string, RecipientPreference>): RecipientPreferences {
  return { lookup: async (email) => byEmail.get(email.toLowerCase()) ?? null };
}

/** Writes an outbox row, as another module's transaction would. */
export async function enqueue(t: TestApp, topic: string, payload: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  await t.db.query('INSERT INTO outbox (id, topic, payload) VALUES ($1, $2, $3)', [id, topic, payload]);
  return id;
}

/**
 * The order's message records once none is mid-send: a mail can reach the test's SMTP server
 * a moment before its worker records it as sent.
 */
export async function recordsFor(t: TestApp, orderId: string) {
  let records = await t.services.notifications.records.listForOrder(orderId);
  await until(async () => {
    records = await t.services.notifications.records.listForOrder(orderId);
    return records.every((r) => r.status !== 'queued');
  }, 10_000, 'message records settled');
  return records;
}

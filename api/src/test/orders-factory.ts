import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestApp } from './test-app';
import { newSession } from './seating-factory';

export const customer = (overrides: Partial<{ fullName: string; email: string; phone: string }> = {}) => ({
  fullName: 'Иванова Мария Петровна',
  email: `maria.${randomUUID().slice(0, 8)}@example.ru`,
  phone: '8 (921) 123-45-67',
  ...overrides,
});

/** Locks `seats` for a new session and returns the session. */
export async function holdSeats(t: TestApp, eventId: string, seats: string[]): Promise<string> {
  const sessionId = newSession();
  const res = await request(t.server).post(`/api/v1/events/${eventId}/seats/lock`).send({ sessionId, seats });
  if (res.status !== 200) throw new Error(`lock failed: ${JSON.stringify(res.body)}`);
  return sessionId;
}

/**
 * Holds `seatCode` and checks it out in Russian: as a guest with `email`, or with
 * `accessToken` as that logged-in customer.
 */
export async function orderSeat(t: TestApp, options: { eventId: string; seatCode: string; email: string; accessToken?: string | undefined }) {
  const sessionId = await holdSeats(t, options.eventId, [options.seatCode]);
  const req = request(t.server).post('/api/v1/orders').set('Idempotency-Key', randomUUID());
  if (options.accessToken) req.set('Authorization', `Bearer ${options.accessToken}`);
  const res = await req.send({ locale: 'ru', sessionId, eventId: options.eventId, customer: customer({ email: options.email }) });
  if (res.status !== 201) throw new Error(`checkout failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.order.id as string, token: res.body.accessToken as string, order: res.body.order };
}

export function checkout(t: TestApp, body: Record<string, unknown>, key: string | null = randomUUID()) {
  const req = request(t.server).post('/api/v1/orders');
  if (key) req.set('Idempotency-Key', key);
  return req.send({ locale: 'ru', customer: customer(), ...body });
}

export async function makePromo(
  t: TestApp,
  promo: { code?: string; kind: 'percent' | 'fixed'; percent?: number; amountKopecks?: number; validFrom?: Date; validUntil?: Date;
    maxUses?: number; maxUsesPerCustomer?: number; eventIds?: readonly string[] },
): Promise<string> {
  const code = promo.code ?? `PROMO${randomUUID().slice(0, 6).toUpperCase()}`;
  await t.db.query(
    `INSERT INTO promo_code (code, kind, percent, amount_kopecks, valid_from, valid_until, max_uses, max_uses_per_customer, event_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [code, promo.kind, promo.percent ?? null, promo.amountKopecks ?? null, promo.validFrom ?? null, promo.validUntil ?? null,
      promo.maxUses ?? null, promo.maxUsesPerCustomer ?? null, promo.eventIds ?? null],
  );
  return code;
}

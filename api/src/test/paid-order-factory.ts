import request from 'supertest';
import type { Lang } from '../platform/http/locale';
import type { TestApp } from './test-app';
import { checkout, customer, holdSeats } from './orders-factory';

/** A checkout of `seats` on `eventId` for `buyer` (in `locale`, Russian by default): the PENDING order and its access token. */
export async function pendingOrder(t: TestApp, eventId: string, seats: string[], buyer: Partial<ReturnType<typeof customer>> = {}, locale: Lang = 'ru') {
  const res = await checkout(t, { sessionId: await holdSeats(t, eventId, seats), eventId, customer: customer(buyer), locale });
  if (res.status !== 201) throw new Error(`checkout failed: ${JSON.stringify(res.body)}`);
  return { id: res.body.order.id as string, number: res.body.order.number as string, token: res.body.accessToken as string };
}

/** The order paid at the YooKassa stand-in, once its notification has made it PAID. */
export async function paidOrder(t: TestApp, eventId: string, seats: string[], buyer: Partial<ReturnType<typeof customer>> = {}, locale: Lang = 'ru') {
  const order = await pendingOrder(t, eventId, seats, buyer, locale);
  const started = await request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId: order.id, accessToken: order.token });
  await t.yookassa!.pay(started.body.paymentId);
  await waitForStatus(t, order.id, (status) => status === 'PAID');
  return { ...order, paymentId: started.body.paymentId as string };
}

/** Waits (briefly) until the order's status satisfies `done`. */
export async function waitForStatus(t: TestApp, orderId: string, done: (status: string) => boolean): Promise<string> {
  for (let i = 0; i < 500; i += 1) {
    const [row] = await t.db.query('SELECT status FROM orders WHERE id = $1', [orderId]);
    if (done(row.status)) return row.status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`order ${orderId} did not reach the expected status`);
}

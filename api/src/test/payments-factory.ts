import request from 'supertest';
import type { TestApp } from './test-app';
import { checkout, holdSeats } from './orders-factory';

/** Reads the order with its token, waiting out the short LOCKED state of a payment in flight. */
export async function readPaidOrder(t: TestApp, orderId: string, token: string): Promise<any> {
  for (let i = 0; i < 100; i += 1) {
    const order = (await request(t.server).get(`/api/v1/orders/${orderId}?token=${token}`)).body;
    if (order.status !== 'LOCKED' && order.status !== 'PENDING') return order;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`order ${orderId} was not paid`);
}

/**
 * A PAID order for `seats` of the sailing, bought the way a buyer does: lock, checkout, pay at
 * the YooKassa emulator, webhook.
 */
export async function paidOrder(
  t: TestApp,
  eventId: string,
  seats: string[],
  options: { locale?: 'ru' | 'en' | 'zh'; customer?: Record<string, string> } = {},
): Promise<{ order: any; token: string; paymentId: string }> {
  const res = await checkout(t, {
    sessionId: await holdSeats(t, eventId, seats),
    eventId,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.customer ? { customer: options.customer } : {}),
  });
  if (res.status !== 201) throw new Error(`checkout failed: ${JSON.stringify(res.body)}`);
  const { order, accessToken } = res.body;
  const started = await request(t.server).post('/api/v1/payments/yookassa/create').send({ orderId: order.id, accessToken });
  if (started.status !== 200) throw new Error(`payment failed: ${JSON.stringify(started.body)}`);
  await t.yookassa!.pay(started.body.paymentId);
  const paid = await readPaidOrder(t, order.id, accessToken);
  if (paid.status !== 'PAID') throw new Error(`order is ${paid.status}`);
  return { order: paid, token: accessToken, paymentId: started.body.paymentId };
}

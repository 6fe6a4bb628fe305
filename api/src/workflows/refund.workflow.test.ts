import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../test/test-app';
import { DAY } from '../test/catalog-factory';
import { makeSeatedSailing } from '../test/seating-factory';
import { paidOrder } from '../test/paid-order-factory';
import { SimulatedCrash, type WorkflowHooks } from '../platform/workflow/workflow';

/**
 * The refund workflow, failed at each of its steps in turn — an error thrown, or the process
 * "killed" there — on the real database and the YooKassa stand-in. Whatever happened, the
 * buyer's retry (same key) or the start-up's resume leaves the refund made once, with its
 * receipt, its tickets void, its seats back on sale, the order settled and one confirmation
 * asked for; and in between, no refund counts as succeeded without all of that.
 */
const hooks: WorkflowHooks = {};
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ workflowHooks: hooks });
});
afterAll(() => t.close());
afterEach(() => {
  delete hooks.beforeStep;
  delete hooks.afterStep;
});

const STEPS: Array<[workflow: string, step: string]> = [
  ['refund', 'yookassa-refund'],
  ['refund', 'refund-completed'],
  ['refund.completion', 'refund-succeeded'],
  ['refund.completion', 'tickets-voided'],
  ['refund.completion', 'seats-released'],
  ['refund.completion', 'order-settled'],
  ['refund.completion', 'refund-act-and-messages'],
  ['refund', 'seats-announced'],
];

/** Makes the first arrival at `step` of `workflow` throw (before it runs, or after it is recorded). */
function failOnce(workflow: string, step: string, when: 'before' | 'after', error: () => Error): void {
  let fired = false;
  const hit = (w: string, s: string) => {
    if (fired || w !== workflow || s !== step) return;
    fired = true;
    throw error();
  };
  if (when === 'before') hooks.beforeStep = hit;
  else hooks.afterStep = hit;
}

/** A paid order of two seats, with the stand-in's notifications off so that only the workflow settles the refund. */
async function paidTwoSeats() {
  const sailing = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 3 * DAY) });
  t.yookassa!.setWebhookUrl(`${t.baseUrl}/api/v1/payments/yookassa/webhook`);
  const order = await paidOrder(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2']);
  t.yookassa!.setWebhookUrl(undefined);
  return { ...order, eventId: sailing.eventId };
}

const requestRefund = (orderId: string, idempotencyKey: string) => t.services.refunds.request({ orderId, idempotencyKey });
/** What main.ts does at start-up for refunds. */
const restart = () => t.services.refunds.resumeUnfinished();

const count = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as Array<{ n: number }>)[0]!.n;

/** Every refund of the order that counts as succeeded came with all its effects (the completion is one transaction). */
async function expectNoHalfDoneRefund(orderId: string): Promise<void> {
  const succeeded = await count("SELECT count(*)::int AS n FROM refund WHERE order_id = $1 AND status = 'succeeded'", [orderId]);
  const valid = await count("SELECT count(*)::int AS n FROM ticket WHERE order_id = $1 AND status = 'valid'", [orderId]);
  const [order] = await t.db.query('SELECT status FROM orders WHERE id = $1', [orderId]);
  const confirmations = await count("SELECT count(*)::int AS n FROM outbox WHERE topic = 'notification.refund_confirmation' AND payload->>'orderId' = $1", [orderId]);
  if (succeeded === 0) {
    expect({ valid, status: order.status, confirmations }).toEqual({ valid: 2, status: 'PAID', confirmations: 0 });
  } else {
    expect({ valid, status: order.status, confirmations }).toEqual({ valid: 0, status: 'REFUNDED', confirmations: 1 });
  }
}

/** The order is refunded once, in full, with everything that goes with it. */
async function expectRefundedOnce(order: { id: string; paymentId: string; eventId: string }): Promise<void> {
  const refunds = await t.db.query('SELECT id, status, gateway_refund_id FROM refund WHERE order_id = $1', [order.id]);
  expect(refunds.map((r: { status: string }) => r.status)).toEqual(['succeeded']);
  const atGateway = [...t.yookassa!.refunds.values()].filter((r) => r.payment_id === order.paymentId);
  expect(atGateway.map((r) => r.id)).toEqual([refunds[0].gateway_refund_id]);
  // No refund without its receipt.
  expect(t.yookassa!.receipts().filter((r) => r.type === 'refund' && r.refund_id === atGateway[0]!.id)).toHaveLength(1);
  expect(await t.db.query('SELECT DISTINCT status FROM ticket WHERE order_id = $1', [order.id])).toEqual([{ status: 'void' }]);
  expect(await count("SELECT count(*)::int AS n FROM seat_claim WHERE event_id = $1 AND state = 'sold'", [order.eventId])).toBe(0);
  expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [order.id]))[0].status).toBe('REFUNDED');
  for (const topic of ['notification.refund_confirmation', 'documents.order_refunded']) {
    expect(await count("SELECT count(*)::int AS n FROM outbox WHERE topic = $1 AND payload->>'orderId' = $2", [topic, order.id])).toBe(1);
  }
  const runs = await t.db.query("SELECT status FROM workflow_run WHERE workflow = 'refund' AND business_key = $1", [refunds[0].id]);
  expect(runs).toEqual([{ status: 'done' }]);
}

it('runs every step once when nothing fails', async () => {
  const order = await paidTwoSeats();
  const steps: string[] = [];
  hooks.afterStep = (workflow, step) => void steps.push(`${workflow}:${step}`);
  expect(await requestRefund(order.id, randomUUID())).toMatchObject({ status: 'succeeded', amountKopecks: 320_000 });
  expect(steps).toEqual([
    'refund:yookassa-refund',
    ...STEPS.filter(([w]) => w === 'refund.completion').map(([w, s]) => `${w}:${s}`),
    'refund:refund-completed',
    'refund:seats-announced',
  ]);
  await expectRefundedOnce(order);
});

it.each(STEPS)('killed before %s:%s, resumes at start-up and refunds once', async (workflow, step) => {
  const order = await paidTwoSeats();
  failOnce(workflow, step, 'before', () => new SimulatedCrash(`killed before ${step}`));
  await expect(requestRefund(order.id, randomUUID())).rejects.toThrow(SimulatedCrash);
  await expectNoHalfDoneRefund(order.id);
  expect(await restart()).toBe(1);
  await expectRefundedOnce(order);
});

it('killed after the last step, before the run is marked done, resumes without doing anything twice', async () => {
  const order = await paidTwoSeats();
  failOnce('refund', 'seats-announced', 'after', () => new SimulatedCrash('killed at the end'));
  await expect(requestRefund(order.id, randomUUID())).rejects.toThrow(SimulatedCrash);
  await expectNoHalfDoneRefund(order.id);
  await restart();
  await expectRefundedOnce(order);
});

it.each(STEPS)('an error at %s:%s is retried by the buyer with the same key and refunds once', async (workflow, step) => {
  const order = await paidTwoSeats();
  const key = randomUUID();
  failOnce(workflow, step, 'before', () => new Error(`${step} failed`));
  await expect(requestRefund(order.id, key)).rejects.toThrow(`${step} failed`);
  await expectNoHalfDoneRefund(order.id);
  expect(await requestRefund(order.id, key)).toMatchObject({ status: 'succeeded' });
  await expectRefundedOnce(order);
});

it('a retry arriving while the first request is half-way finishes the same refund, and the first request ends with it', async () => {
  const order = await paidTwoSeats();
  const key = randomUUID();
  let retried: Promise<unknown> | undefined;
  hooks.afterStep = async (workflow, step) => {
    if (workflow === 'refund' && step === 'yookassa-refund' && !retried) {
      retried = requestRefund(order.id, key);
      await retried;
    }
  };
  const first = await requestRefund(order.id, key);
  expect(first).toMatchObject({ status: 'succeeded' });
  expect(await retried).toEqual(first);
  await expectRefundedOnce(order);
});

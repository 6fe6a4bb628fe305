import request from 'supertest';
import { startTestApp, type TestApp } from '../test/test-app';
import { HOUR } from '../test/catalog-factory';
import { makeSeatedSailing, newSession } from '../test/seating-factory';
import { paidOrder, pendingOrder } from '../test/paid-order-factory';
import { SimulatedCrash, type WorkflowHooks } from '../platform/workflow/workflow';
import type { AuditContext } from '../modules/audit/audit-context';

/**
 * The sailing cancellation, failed at each of its steps — and at the steps of the refunds it
 * asks for — in turn: an error thrown, or the process "killed" there. Whatever happened, the
 * merchant's retry or the start-up's resume leaves the sailing closed to sales, every paid
 * order refunded exactly once with its receipt, their tickets void and seats free, unpaid
 * orders cancelled, and every buyer told exactly once.
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

const CANCELLATION_STEPS: Array<[workflow: string, step: string]> = [
  ['sailing-cancellation', 'stop-sales'],
  ['sailing-cancellation', 'end-unpaid-orders'],
  ['sailing-cancellation', 'refund-every-order'],
  ['sailing-cancellation', 'tell-every-buyer'],
];
// The refunds the cancellation asks for, failed inside it.
const REFUND_STEPS: Array<[workflow: string, step: string]> = [
  ['refund', 'yookassa-refund'],
  ['refund', 'refund-completed'],
  ['refund.completion', 'tickets-voided'],
  ['refund', 'seats-announced'],
];

const merchant: AuditContext = { actor: { id: null, label: 'crash test' }, ip: null, requestId: null };

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

/** A sailing 12 hours away (inside the 24-hour rule) with two paid orders, one unpaid and an open cart. */
async function sailingWithBuyers() {
  const sailing = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 12 * HOUR) });
  t.yookassa!.setWebhookUrl(`${t.baseUrl}/api/v1/payments/yookassa/webhook`);
  const paid = [await paidOrder(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2']), await paidOrder(t, sailing.eventId, ['D1-R2-S1'])];
  // Only the workflows settle refunds here, not the stand-in's notifications.
  t.yookassa!.setWebhookUrl(undefined);
  const unpaid = await pendingOrder(t, sailing.eventId, ['D1-R3-S1']);
  await request(t.server).post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R4-S1'] });
  return { eventId: sailing.eventId, paid, unpaid };
}
type Sailing = Awaited<ReturnType<typeof sailingWithBuyers>>;

const cancel = (eventId: string) => t.services.catalogAdmin.cancellation.cancel(merchant, eventId, 'Шторм на заливе');
/** What main.ts does at start-up. */
async function restart(): Promise<void> {
  await t.services.refunds.resumeUnfinished();
  await t.services.catalogAdmin.cancellation.resumeUnfinished();
}

const rows = async (sql: string, params: unknown[]) => (await t.db.query(sql, params)) as Array<Record<string, unknown>>;
const countBy = (list: Array<Record<string, unknown>>, key: string) =>
  list.reduce<Record<string, number>>((acc, row) => ({ ...acc, [String(row[key])]: (acc[String(row[key])] ?? 0) + 1 }), {});

async function expectSettled(s: Sailing): Promise<void> {
  // Sales stopped.
  expect(await rows('SELECT status FROM event WHERE id = $1', [s.eventId])).toEqual([{ status: 'cancelled' }]);
  const lock = await request(t.server).post(`/api/v1/events/${s.eventId}/seats/lock`).send({ sessionId: newSession(), seats: ['D1-R5-S1'] });
  expect(lock.body.code).toBe('event_cancelled');
  // Every paid order refunded exactly once, in full, with its receipt.
  for (const order of s.paid) {
    const refunds = await rows('SELECT status, gateway_refund_id FROM refund WHERE order_id = $1', [order.id]);
    expect(refunds.map((r) => r.status)).toEqual(['succeeded']);
    const atGateway = [...t.yookassa!.refunds.values()].filter((r) => r.payment_id === order.paymentId);
    expect(atGateway.map((r) => r.id)).toEqual([refunds[0]!.gateway_refund_id]);
    expect(t.yookassa!.receipts().filter((r) => r.type === 'refund' && r.refund_id === atGateway[0]!.id)).toHaveLength(1);
    const payment = t.yookassa!.payments.get(order.paymentId)!;
    expect(payment.refunded_amount).toEqual(payment.amount);
    expect(await rows('SELECT DISTINCT status FROM ticket WHERE order_id = $1', [order.id])).toEqual([{ status: 'void' }]);
  }
  const statuses = await rows('SELECT id, status FROM orders WHERE event_id = $1', [s.eventId]);
  expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({ [s.paid[0]!.id]: 'REFUNDED', [s.paid[1]!.id]: 'REFUNDED', [s.unpaid.id]: 'CANCELLED' });
  // Seats released: nothing sold, nothing held that could still become an order.
  expect(await rows("SELECT seat_code FROM seat_claim WHERE event_id = $1 AND (state = 'sold' OR (state = 'held' AND expires_at > now()))", [s.eventId])).toEqual([]);
  // Each buyer told exactly once; each refund confirmed once.
  const told = await rows("SELECT payload->>'orderId' AS order_id FROM outbox WHERE topic = 'notification.sailing_cancelled' AND payload->>'eventId' = $1", [s.eventId]);
  expect(countBy(told, 'order_id')).toEqual({ [s.paid[0]!.id]: 1, [s.paid[1]!.id]: 1, [s.unpaid.id]: 1 });
  const confirmed = await rows("SELECT payload->>'orderId' AS order_id FROM outbox WHERE topic = 'notification.refund_confirmation' AND payload->>'orderId' = ANY ($1)", [
    s.paid.map((o) => o.id),
  ]);
  expect(countBy(confirmed, 'order_id')).toEqual({ [s.paid[0]!.id]: 1, [s.paid[1]!.id]: 1 });
  // Audited once each.
  const audit = await rows('SELECT action, entity_id FROM audit_log WHERE entity_id = ANY ($1)', [[s.eventId, s.unpaid.id, ...s.paid.map((o) => o.id)]]);
  expect(countBy(audit.map((a) => ({ key: `${a.action} ${a.entity_id}` })), 'key')).toEqual({
    [`catalog.sailing_cancel ${s.eventId}`]: 1,
    [`order.cancel ${s.unpaid.id}`]: 1,
    [`order.refund ${s.paid[0]!.id}`]: 1,
    [`order.refund ${s.paid[1]!.id}`]: 1,
  });
  expect(await rows("SELECT status FROM workflow_run WHERE workflow = 'sailing-cancellation' AND business_key = $1", [s.eventId])).toEqual([{ status: 'done' }]);
  expect(await rows("SELECT status FROM workflow_run WHERE workflow = 'refund' AND status <> 'done'", [])).toEqual([]);
}

it('runs every step once when nothing fails, and a second cancel changes nothing', async () => {
  const s = await sailingWithBuyers();
  const steps: string[] = [];
  hooks.afterStep = (workflow, step) => void (workflow === 'sailing-cancellation' && steps.push(step));
  expect(await cancel(s.eventId)).toEqual({ eventId: s.eventId, status: 'cancelled', cancelledNow: true, ordersCancelled: 1, refunds: { succeeded: 2, pending: 0, failed: 0 } });
  expect(steps).toEqual(CANCELLATION_STEPS.map(([, step]) => step));
  expect(await cancel(s.eventId)).toMatchObject({ cancelledNow: false, ordersCancelled: 0, refunds: { succeeded: 0, pending: 0, failed: 0 } });
  await expectSettled(s);
});

it.each([...CANCELLATION_STEPS, ...REFUND_STEPS])('killed before %s:%s, resumes at start-up and settles everything once', async (workflow, step) => {
  const s = await sailingWithBuyers();
  failOnce(workflow, step, 'before', () => new SimulatedCrash(`killed before ${step}`));
  await expect(cancel(s.eventId)).rejects.toThrow(SimulatedCrash);
  await restart();
  await expectSettled(s);
});

it('killed after the last step, before the run is marked done, resumes without telling anyone twice', async () => {
  const s = await sailingWithBuyers();
  failOnce('sailing-cancellation', 'tell-every-buyer', 'after', () => new SimulatedCrash('killed at the end'));
  await expect(cancel(s.eventId)).rejects.toThrow(SimulatedCrash);
  await restart();
  await expectSettled(s);
});

it.each(CANCELLATION_STEPS)('an error at %s:%s is finished by the merchant cancelling again', async (workflow, step) => {
  const s = await sailingWithBuyers();
  failOnce(workflow, step, 'before', () => new Error(`${step} failed`));
  await expect(cancel(s.eventId)).rejects.toThrow(`${step} failed`);
  await cancel(s.eventId);
  await expectSettled(s);
});

it.each(REFUND_STEPS)('a refund failing at %s:%s does not stop the others, and cancelling again retries it', async (workflow, step) => {
  const s = await sailingWithBuyers();
  failOnce(workflow, step, 'before', () => new Error(`${step} failed`));
  expect(await cancel(s.eventId)).toMatchObject({ cancelledNow: true, ordersCancelled: 1, refunds: { succeeded: 1, failed: 1 } });
  // A refund that failed before its order was settled is asked for again; one that failed only
  // in announcing its seats is the start-up's to finish.
  expect(await cancel(s.eventId)).toMatchObject({ cancelledNow: false, refunds: { succeeded: step === 'seats-announced' ? 0 : 1, failed: 0 } });
  await restart();
  await expectSettled(s);
});

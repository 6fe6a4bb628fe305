import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../platform/errors/app-error';
import type { Logger } from '../platform/logger';
import { enqueueAll, outboxMessage } from '../platform/outbox/enqueue';
import { runAtomic } from '../platform/workflow/run-atomic';
import { ORDER_REFUNDED_DOCUMENTS } from '../modules/documents/documents.events';
import { REFUND_CONFIRMATION } from '../modules/notifications/notifications.events';
import { defineWorkflow, type Workflow, type WorkflowHooks } from '../platform/workflow/workflow';
import { refundReceiptLines } from '../modules/fiscal/receipt-lines';
import { orderPaymentContact, settleAfterRefund } from '../modules/orders/order-refund-state';
import type { GatewayRefund, PaymentGateway } from '../modules/payments/payment-gateway';
import {
  cancelPendingRefund, lockPendingRefund, markRefundSucceeded, pendingRefund, recordGatewayRefundId, ticketsOfRefund,
} from '../modules/refunds/refund-records';
import type { SeatingModule } from '../modules/seating/seating.module';
import type { PendingSeatChanges } from '../modules/seating/seat-sales';
import { countValidTickets, voidForRefund, type VoidedTicket } from '../modules/tickets/ticket-voiding';

/**
 * A refund, from the moment its row is recorded (refund.service.ts: the order locked, the
 * 24-hour rule checked, the tickets taken into the refund — under the request's idempotency
 * key, so every retry finds the same refund) to the buyer's messages:
 *
 *   yookassa-refund    the payment service is asked, with the refund's id as its key, and the
 *                      54-FZ refund receipt in the same call (outside any transaction)
 *   refund-completed   one transaction — `refundCompletion` below: refund succeeded → tickets
 *                      voided → seats released → order settled → refund act and messages
 *   seats-announced    the seat maps hear of the seats back on sale (after that commit)
 *
 * It is durable, keyed by the refund's id: a crash after the gateway answered resumes with the
 * answer recorded; a crash before it asks again with the same key, which the gateway answers
 * with the same refund. An error leaves the run to be retried (money may have moved, so it
 * goes forward), by the buyer's retry with the same key or at start-up. The one compensation
 * is the gateway's definite refusal: the recorded refund is cancelled and its tickets freed.
 */
export interface RefundState {
  refundId: string;
  /** What the payment service answered; null when the refund was no longer pending. */
  answer?: 'pending' | 'succeeded' | 'canceled' | null;
  /** Seats and places the completion put back on sale, to announce. */
  released?: RefundReleases | null;
}

export interface RefundReleases {
  seats: PendingSeatChanges[];
  gaChanges: Array<{ eventId: string; version: number }>;
}

export interface RefundWorkflowDeps {
  db: DataSource;
  gateway: () => PaymentGateway;
  seating: SeatingModule;
  logger: Logger;
  hooks?: WorkflowHooks | undefined;
}

export function refundWorkflow(deps: RefundWorkflowDeps): Workflow<RefundState> {
  const completion = refundCompletion(deps.seating);
  return defineWorkflow<RefundState>({
    name: 'refund',
    onFailure: 'resume',
    steps: [
      { name: 'yookassa-refund', outsideTransaction: true, run: async (_tx, state) => ({ ...state, answer: await askGateway(deps, state.refundId) }) },
      {
        name: 'refund-completed',
        run: async (tx, state) => ({ ...state, released: await settleGatewayAnswer(tx, completion, state.refundId, state.answer ?? null, deps.hooks) }),
      },
      {
        name: 'seats-announced',
        outsideTransaction: true,
        run: async (_tx, state) => {
          if (state.released) {
            await announceReleases(deps.seating, state.released);
            deps.logger.info({ refundId: state.refundId }, 'refund succeeded');
          }
        },
      },
    ],
  });
}

/** Asks the payment service for a pending refund (again, with the same key, after a failure). */
async function askGateway(deps: RefundWorkflowDeps, refundId: string): Promise<RefundState['answer']> {
  const refund = await pendingRefund(deps.db, refundId);
  const order = refund && (await orderPaymentContact(deps.db, refund.orderId));
  if (!refund || !order) return null;
  const lines = await refundReceiptLines(deps.db, refundId);
  let answer: GatewayRefund;
  try {
    answer = await deps.gateway().refund({
      paymentId: order.paymentId,
      amountKopecks: refund.amountKopecks,
      refundKey: refundId,
      reason: refund.reason,
      customer: order.customer,
      receipt: lines,
    });
  } catch (error) {
    // A definite refusal frees the tickets for another try (the compensation of recording the
    // refund); an unknown outcome stays pending and the same request (same key) finishes it.
    if (error instanceof AppError && error.code === 'payment_gateway_error') await deps.db.transaction((tx) => cancelPendingRefund(tx, refundId));
    throw error;
  }
  await recordGatewayRefundId(deps.db, refundId, answer.id);
  return answer.status;
}

/**
 * What the payment service's answer does, inside `tx`: a success completes the refund, a
 * cancellation frees its tickets, a pending refund waits for the gateway's notification.
 * Returns what went back on sale, to announce after commit.
 */
export async function settleGatewayAnswer(
  tx: EntityManager,
  completion: Workflow<CompletionState>,
  refundId: string,
  answer: RefundState['answer'],
  hooks?: WorkflowHooks,
): Promise<RefundReleases | null> {
  if (answer === 'canceled') await cancelPendingRefund(tx, refundId);
  if (answer !== 'succeeded') return null;
  const done = await runAtomic(tx, completion, { refundId, orderId: null, voided: [], released: { seats: [], gaChanges: [] } }, hooks);
  return done.orderId ? done.released : null;
}

export async function announceReleases(seating: SeatingModule, released: RefundReleases): Promise<void> {
  for (const seats of released.seats) await seating.sales.announce(seats);
  for (const change of released.gaChanges) await seating.gaHolds.announceChange(change);
}

export interface CompletionState {
  refundId: string;
  /** Set by the first step when the refund was still pending; the other steps do nothing without it. */
  orderId: string | null;
  voided: VoidedTicket[];
  released: RefundReleases;
}

/**
 * A refund the payment service confirmed, in one transaction (run with runAtomic, so a failure
 * anywhere rolls it all back and the gateway's answer is settled again on retry): the refund
 * succeeds, its tickets are voided (their QR codes stop boarding), their seats or places go
 * back on sale, the order becomes PARTIALLY_REFUNDED or REFUNDED, and outbox rows ask for the
 * refund act and the buyer's confirmation (the fiscal refund receipt went with the gateway
 * call). Doing it twice does nothing the second time.
 */
export function refundCompletion(seating: SeatingModule): Workflow<CompletionState> {
  return defineWorkflow<CompletionState>({
    name: 'refund.completion',
    onFailure: 'compensate',
    steps: [
      {
        name: 'refund-succeeded',
        run: async (tx, state) => {
          const refund = await lockPendingRefund(tx, state.refundId);
          if (!refund) return state;
          await markRefundSucceeded(tx, state.refundId);
          return { ...state, orderId: refund.orderId };
        },
      },
      {
        name: 'tickets-voided',
        run: async (tx, state) => (state.orderId ? { ...state, voided: await voidForRefund(tx, await ticketsOfRefund(tx, state.refundId)) } : state),
      },
      { name: 'seats-released', run: async (tx, state) => (state.orderId ? { ...state, released: await releaseSeats(tx, seating, state.voided) } : state) },
      {
        name: 'order-settled',
        run: async (tx, state) => {
          if (state.orderId) await settleAfterRefund(tx, state.orderId, await countValidTickets(tx, state.orderId), `refund ${state.refundId} succeeded`);
        },
      },
      {
        name: 'refund-act-and-messages',
        run: async (tx, state) => {
          if (!state.orderId) return;
          const refunded = { orderId: state.orderId, refundId: state.refundId };
          await enqueueAll(tx, [outboxMessage(REFUND_CONFIRMATION, refunded), outboxMessage(ORDER_REFUNDED_DOCUMENTS, refunded)]);
        },
      },
    ],
  });
}

/** The voided tickets' seats and general-admission places go back on sale. */
async function releaseSeats(tx: EntityManager, seating: SeatingModule, voided: VoidedTicket[]): Promise<RefundReleases> {
  const released: RefundReleases = { seats: [], gaChanges: [] };
  const eventId = voided[0]?.eventId;
  if (!eventId) return released;
  const seatCodes = voided.flatMap((t) => (t.seatCode ? [t.seatCode] : []));
  if (seatCodes.length > 0) released.seats.push(await seating.sales.returnSeats(tx, eventId, seatCodes));
  const places = new Map<string, number>();
  voided.filter((t) => !t.seatCode).forEach((t) => places.set(t.ticketTypeId, (places.get(t.ticketTypeId) ?? 0) + 1));
  if (places.size > 0) {
    released.gaChanges.push(await seating.gaHolds.returnPlaces(tx, eventId, [...places].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity }))));
  }
  return released;
}

import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../platform/logger';
import { AppError } from '../../platform/errors/app-error';
import { allocate } from '../orders/pricing';
import type { OrdersModule } from '../orders/orders.module';
import { lockOrderForRefund } from '../orders/order-refund-state';
import type { SeatingModule } from '../seating/seating.module';
import type { GatewayRefund, PaymentGateway } from '../payments/payment-gateway';
import { DurableRunner, RunInProgress } from '../../platform/workflow/durable-runner';
import type { Workflow, WorkflowHooks } from '../../platform/workflow/workflow';
import {
  announceReleases, refundCompletion, refundWorkflow, settleGatewayAnswer, type CompletionState, type RefundState,
} from '../../workflows/refund.workflow';
import { isOrderRefundable, isRefundWindowOpen, isTicketRefundable, refundableAmount, refundDeadline } from './refund-policy';
import { RefundErrors } from './refunds.errors';
import { OrderErrors } from '../orders/orders.errors';
import { PaymentErrors } from '../payments/payments.errors';

/** How long a caller waits for another caller finishing the same refund. */
const RUN_WAIT_MS = 60_000;

/** How a refund is created: whether the sailing was cancelled (which waives the refund window), its reason, and work to do in its transaction. */
interface CreateRules {
  sailingCancelled: boolean;
  reason: string;
  within?: (tx: EntityManager, refund: { id: string; amountKopecks: number; tickets: string[] }) => Promise<void>;
}

export interface RefundView {
  id: string;
  status: 'pending' | 'succeeded' | 'canceled';
  amountKopecks: number;
  tickets: string[];
  createdAt: string;
}

/**
 * Self-service refunds: the whole order or chosen tickets, for their full price, while the
 * refund window is open (`refund-policy.ts` has the rule). The refund row (with its tickets, each in one refund
 * at most) is committed before the payment service is asked, under a key derived from it, so
 * a crash or a retry can only ever finish the same refund. The rest — the gateway call, the
 * completion, the announcement — is the durable refund workflow (workflows/refund.workflow.ts),
 * one run per refund, which start-up resumes after a crash.
 */
export class RefundService {
  private readonly runner: DurableRunner;
  private readonly workflow: Workflow<RefundState>;
  private readonly completion: Workflow<CompletionState>;

  constructor(
    private readonly db: DataSource,
    private readonly gateway: PaymentGateway | null,
    private readonly orders: OrdersModule,
    private readonly seating: SeatingModule,
    private readonly clock: () => Date,
    private readonly logger: Logger,
    private readonly hooks?: WorkflowHooks,
  ) {
    this.runner = new DurableRunner(db, logger, hooks);
    this.workflow = refundWorkflow({ db, gateway: () => this.requireGateway(), seating, logger, hooks });
    this.completion = refundCompletion(seating);
  }

  /** Refunds for a caller already allowed to act on the order (see `authorizeOrderAccess`). */
  async request(input: { orderId: string; tickets?: string[] | undefined; idempotencyKey: string | undefined }): Promise<RefundView> {
    if (!input.idempotencyKey) throw RefundErrors.keyRequired();
    return this.refund({ ...input, idempotencyKey: input.idempotencyKey }, { sailingCancelled: false, reason: 'Возврат по запросу покупателя' });
  }

  /**
   * The staff entry point: no buyer token (the permission gate vouched for the caller), the
   * same rules — the refund window included. Only a sailing the merchant cancelled waives the
   * window (`sailingCancelled`), since then the buyer never had a choice. `within` runs in the
   * transaction that creates the refund (the audit row).
   */
  async requestAsStaff(input: {
    orderId: string;
    tickets?: string[] | undefined;
    idempotencyKey: string | undefined;
    reason?: string | undefined;
    sailingCancelled?: boolean;
    within?: (tx: EntityManager, refund: { id: string; amountKopecks: number; tickets: string[] }) => Promise<void>;
  }): Promise<RefundView> {
    if (!input.idempotencyKey) throw RefundErrors.keyRequired();
    const reason = input.sailingCancelled ? 'Рейс отменён' : `Возврат оформлен менеджером${input.reason ? `: ${input.reason}` : ''}`;
    return this.refund({ ...input, idempotencyKey: input.idempotencyKey }, {
      sailingCancelled: input.sailingCancelled === true, reason: reason.slice(0, 250), ...(input.within ? { within: input.within } : {}),
    });
  }

  private async refund(
    input: { orderId: string; tickets?: string[] | undefined; idempotencyKey: string },
    rules: CreateRules,
  ): Promise<RefundView> {
    this.requireGateway();
    const requestHash = createHash('sha256').update(JSON.stringify({ orderId: input.orderId, tickets: [...(input.tickets ?? [])].sort() })).digest('hex');

    const existing = await this.findByKey(input.idempotencyKey);
    const refundId = existing
      ? this.sameRequest(existing, requestHash)
      : await this.createPending({ ...input, requestHash }, rules);
    await this.finish(refundId);
    return this.view(refundId);
  }

  /** Acts on a `refund.*` notification: the refund is fetched and its fetched status decides. */
  async onGatewayRefund(gatewayRefundId: string): Promise<string> {
    const refund = await this.requireGateway().getRefund(gatewayRefundId);
    if (!refund) return 'unknown_refund';
    const [row] = (await this.db.query('SELECT id FROM refund WHERE gateway_refund_id = $1', [refund.id])) as Array<{ id: string }>;
    if (!row) return 'unknown_refund';
    return this.apply(row.id, refund);
  }

  private async createPending(
    input: { orderId: string; tickets?: string[] | undefined; idempotencyKey: string; requestHash: string },
    rules: CreateRules,
  ): Promise<string> {
    try {
      return await this.db.transaction(async (tx) => {
        const order = await lockOrderForRefund(tx, input.orderId);
        if (!order) throw OrderErrors.notFound(input.orderId);
        if (!isOrderRefundable(order.status)) throw RefundErrors.notRefundable(input.orderId, order.status);
        if (!isRefundWindowOpen({ startsAt: order.startsAt, now: this.clock(), sailingCancelled: rules.sailingCancelled })) {
          throw RefundErrors.windowClosed(input.orderId, refundDeadline(order.startsAt));
        }

        // The order's (or the chosen) tickets; the policy decides which of them can be refunded.
        const candidates = (await tx.query(
          `SELECT t.id, t.status, t.boarded_at, l.total_kopecks,
                  EXISTS (SELECT 1 FROM refund_ticket rt WHERE rt.ticket_id = t.id) AS in_refund
             FROM ticket t JOIN order_line l ON l.id = t.order_line_id
            WHERE t.order_id = $1 AND ($2::uuid[] IS NULL OR t.id = ANY ($2::uuid[]))
            ORDER BY l.position`,
          [input.orderId, input.tickets ?? null],
        )) as Array<{ id: string; status: 'valid' | 'void'; boarded_at: Date | null; total_kopecks: number; in_refund: boolean }>;
        const tickets = candidates
          .map((t) => ({ id: t.id, status: t.status, boardedAt: t.boarded_at, inRefund: t.in_refund, totalKopecks: t.total_kopecks }))
          .filter(isTicketRefundable);
        const wanted = input.tickets ? new Set(input.tickets) : null;
        if (tickets.length === 0 || (wanted && tickets.length !== wanted.size)) {
          const found = new Set(tickets.map((t) => t.id));
          throw RefundErrors.ticketsNotRefundable(wanted ? [...wanted].filter((id) => !found.has(id)) : []);
        }
        const amount = refundableAmount(tickets);
        // The merchant's cost: this refund's share of what the payment service kept.
        const [feeShare = 0] = allocate(order.paymentFeeKopecks ?? 0, [amount, order.totalKopecks - amount]);
        const [refund] = (await tx.query(
          `INSERT INTO refund (order_id, status, amount_kopecks, merchant_fee_kopecks, idempotency_key, request_hash, reason)
           VALUES ($1, 'pending', $2, $3, $4, $5, $6) RETURNING id`,
          [input.orderId, amount, feeShare, input.idempotencyKey, input.requestHash, rules.reason],
        )) as Array<{ id: string }>;
        await tx.query('INSERT INTO refund_ticket (refund_id, ticket_id) SELECT $1, unnest($2::uuid[])', [refund!.id, tickets.map((t) => t.id)]);
        await rules.within?.(tx, { id: refund!.id, amountKopecks: amount, tickets: tickets.map((t) => t.id) });
        return refund!.id;
      });
    } catch (error) {
      const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
      if (driver?.constraint === 'refund_idempotency_key_key') {
        const winner = await this.findByKey(input.idempotencyKey);
        if (winner) return this.sameRequest(winner, input.requestHash);
      }
      // Another refund took these tickets a moment ago.
      if (driver?.code === '23505') throw RefundErrors.ticketsNotRefundable(input.tickets ?? []);
      throw error;
    }
  }

  /**
   * Runs the refund's workflow (the gateway call, the completion, the announcement) to its end.
   * Another caller running the same refund at this moment (a double click, the webhook, the
   * sailing cancellation) is waited for, so every caller answers with the finished refund.
   */
  private async finish(refundId: string): Promise<void> {
    const giveUpAt = Date.now() + RUN_WAIT_MS;
    for (;;) {
      try {
        await this.runner.run(this.workflow, refundId, { refundId });
        return;
      } catch (error) {
        if (!(error instanceof RunInProgress) || Date.now() > giveUpAt) throw error;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  }

  /** Refunds a crash left half-way (asked of the gateway, not yet completed) go on; at start-up. */
  resumeUnfinished(): Promise<number> {
    return this.runner.resumeUnfinished([this.workflow]);
  }

  /** The payment service's answer to a refund, fetched after its notification. */
  private async apply(refundId: string, refund: GatewayRefund): Promise<string> {
    if (refund.status === 'pending') return 'pending';
    const released = await this.db.transaction((tx) => settleGatewayAnswer(tx, this.completion, refundId, refund.status, this.hooks));
    if (refund.status === 'canceled') return 'canceled';
    if (!released) return 'already_handled';
    await announceReleases(this.seating, released);
    this.logger.info({ refundId }, 'refund succeeded');
    return 'refunded';
  }

  private async findByKey(key: string): Promise<{ id: string; request_hash: string } | undefined> {
    const [row] = (await this.db.query('SELECT id, request_hash FROM refund WHERE idempotency_key = $1', [key])) as Array<{ id: string; request_hash: string }>;
    return row;
  }

  private sameRequest(existing: { id: string; request_hash: string }, requestHash: string): string {
    if (existing.request_hash !== requestHash) throw RefundErrors.keyReused();
    return existing.id;
  }

  async view(refundId: string): Promise<RefundView> {
    const [refund] = (await this.db.query('SELECT id, status, amount_kopecks, created_at FROM refund WHERE id = $1', [refundId])) as Array<{
      id: string; status: RefundView['status']; amount_kopecks: number; created_at: Date;
    }>;
    if (!refund) throw new AppError('refund_not_found', 404, { detail: `No refund ${refundId}` });
    const tickets = (await this.db.query('SELECT ticket_id FROM refund_ticket WHERE refund_id = $1 ORDER BY ticket_id', [refundId])) as Array<{ ticket_id: string }>;
    return { id: refund.id, status: refund.status, amountKopecks: refund.amount_kopecks, tickets: tickets.map((t) => t.ticket_id), createdAt: refund.created_at.toISOString() };
  }

  private requireGateway(): PaymentGateway {
    if (!this.gateway) throw PaymentErrors.notConfigured();
    return this.gateway;
  }
}

import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { sqlClientOf, sqlTransaction, type Queryable, type SqlClient } from '../../platform/db/sql-client';
import type { z } from 'zod';
import type { Logger } from '../../platform/logger';
import type { CheckoutBody } from './orders.schemas';
import { OrderErrors } from './orders.errors';
import { runAtomic } from '../../platform/workflow/run-atomic';
import type { WorkflowHooks } from '../../platform/workflow/workflow';
import { checkoutWorkflow } from '../../workflows/checkout.workflow';
import { normalizePhone } from '../../platform/phone';
import type { OrderTokens } from './order-tokens';
import type { OrderView, OrderViews } from './order-view';

export type CheckoutInput = z.infer<typeof CheckoutBody>;

export interface CheckoutResult {
  order: OrderView;
  accessToken: string;
  /** False when an earlier request with the same Idempotency-Key made this order. */
  created: boolean;
}

/**
 * Checkout: turns a session's holds into a PENDING order at the server's prices, in one
 * transaction — lines, VAT, promo use, status history — and keeps the seats held through the
 * payment window (the steps are workflows/checkout.workflow.ts). Idempotent by the Idempotency-Key: a repeat returns the same order; the
 * same key with a different request is refused.
 */
export class CheckoutService {
  private readonly sql: SqlClient;

  constructor(
    private readonly db: DataSource,
    private readonly views: OrderViews,
    private readonly tokens: OrderTokens,
    private readonly settings: { paymentWindowSeconds: number },
    private readonly logger: Logger,
    private readonly hooks?: WorkflowHooks,
  ) {
    this.sql = sqlClientOf(db);
  }

  /**
   * @param options.owner the customer account the order belongs to (a logged-in buyer, or the
   *   verified account of the order's email); none for a guest order
   * @param options.within work to commit with the new order (the CRM's audit row); not run
   *   when a repeat of the request replays an existing order
   */
  async checkout(
    idempotencyKey: string | undefined,
    input: CheckoutInput,
    options: { owner?: { customerId: string } | null; within?: (tx: Queryable, orderId: string) => Promise<void> } = {},
  ): Promise<CheckoutResult> {
    if (!idempotencyKey) throw OrderErrors.idempotencyKeyRequired();
    const phone = normalizePhone(input.customer.phone);
    if (!phone) throw OrderErrors.invalidPhone();
    const requestHash = createHash('sha256').update(canonicalJson(input)).digest('hex');

    const replay = await this.replay(idempotencyKey, requestHash);
    if (replay) return replay;
    let orderId: string;
    try {
      // Prepared statements on a pooled connection: checkout is the busiest write of a sale.
      orderId = await sqlTransaction(this.db, async (tx) => {
        const { order } = await runAtomic(tx, checkoutWorkflow, {
          order: {
            id: randomUUID(),
            eventId: input.eventId,
            sessionId: input.sessionId,
            customer: { fullName: input.customer.fullName, email: input.customer.email.trim().toLowerCase(), phone },
            locale: input.locale,
            utm: input.utm,
            idempotencyKey,
            requestHash,
            customerId: options.owner?.customerId ?? null,
          },
          holdIds: input.holdIds,
          seats: input.seats,
          promoCode: input.promoCode,
          paymentWindowSeconds: this.settings.paymentWindowSeconds,
        }, this.hooks);
        await options.within?.(tx, order.id);
        return { commit: true, value: order.id };
      });
    } catch (error) {
      // A concurrent request with the same key may have won the race (taking the holds, or the
      // key itself): then its order is the answer to this one too.
      const winner = await this.replay(idempotencyKey, requestHash);
      if (winner) return winner;
      throw error;
    }
    this.logger.info({ orderId }, 'order created');
    return { order: await this.views.get(orderId), accessToken: this.tokens.issue(orderId), created: true };
  }

  private async replay(idempotencyKey: string, requestHash: string): Promise<CheckoutResult | null> {
    const [existing] = await this.sql.query<{ id: string; request_hash: string }>(
      'SELECT id, request_hash FROM orders WHERE idempotency_key = $1',
      [idempotencyKey],
    );
    if (!existing) return null;
    if (existing.request_hash !== requestHash) throw OrderErrors.idempotencyKeyReused();
    return { order: await this.views.get(existing.id), accessToken: this.tokens.issue(existing.id), created: false };
  }
}

/** JSON with sorted keys, so equal requests hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}


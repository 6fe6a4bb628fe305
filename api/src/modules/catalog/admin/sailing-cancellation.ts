import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../../platform/logger';
import { DurableRunner, RunInProgress, type RunOutcome } from '../../../platform/workflow/durable-runner';
import type { Workflow, WorkflowHooks } from '../../../platform/workflow/workflow';
import {
  refundEveryPaidOrder, sailingCancellationWorkflow, type RefundTally, type SailingCancellationDeps, type SailingCancellationState,
} from '../../../workflows/sailing-cancellation.workflow';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import type { OrdersModule } from '../../orders/orders.module';
import type { RefundService } from '../../refunds/refund.service';
import type { SailingDirectory } from '../../seating/sailing-directory';
import { assertCancellable } from './sailing-stop';

export interface CancellationResult {
  eventId: string;
  status: 'cancelled';
  /** False when the sailing was already cancelled (this call only finished what was left). */
  cancelledNow: boolean;
  ordersCancelled: number;
  refunds: RefundTally;
}

/** How long a second caller waits for the cancellation another caller is running. */
const RUN_WAIT_MS = 120_000;

/**
 * The merchant cancels a sailing: stop sales → end unpaid orders → refund every paid order →
 * tell every buyer, as the durable workflow of workflows/sailing-cancellation.workflow.ts, one
 * run per sailing. The call that starts the run answers with what it did; a later call (or one
 * that met the run under way and waited for it) finds the sailing cancelled and retries only
 * the refunds that failed, so each buyer is refunded and told once.
 */
export class SailingCancellation {
  private readonly deps: SailingCancellationDeps;
  private readonly runner: DurableRunner;
  private readonly workflow: Workflow<SailingCancellationState>;

  constructor(
    private readonly db: DataSource,
    audit: AuditService,
    orders: OrdersModule,
    refunds: RefundService,
    sailings: SailingDirectory,
    logger: Logger,
    hooks?: WorkflowHooks,
  ) {
    this.deps = { db, audit, orders, refunds, sailings, logger };
    this.runner = new DurableRunner(db, logger, hooks);
    this.workflow = sailingCancellationWorkflow(this.deps);
  }

  async cancel(ctx: AuditContext, eventId: string, reason: string): Promise<CancellationResult> {
    await assertCancellable(this.db, eventId);
    const callId = randomUUID();
    const outcome = await this.runToEnd({ eventId, reason, actor: ctx, callId });
    if (outcome.state.callId === callId) {
      const { stopped, ordersCancelled = 0, refunds = { succeeded: 0, pending: 0, failed: 0 } } = outcome.state;
      return { eventId, status: 'cancelled', cancelledNow: stopped === 'cancelled', ordersCancelled, refunds };
    }
    // Another call cancelled it: what is left is a refund that failed then.
    return { eventId, status: 'cancelled', cancelledNow: false, ordersCancelled: 0, refunds: await refundEveryPaidOrder(this.deps, ctx, eventId) };
  }

  /** Cancellations a crash left half-way go on from their next step; at start-up. */
  resumeUnfinished(): Promise<number> {
    return this.runner.resumeUnfinished([this.workflow]);
  }

  /** Runs (or continues) the sailing's run; a run another caller is in is waited for. */
  private async runToEnd(initial: SailingCancellationState): Promise<RunOutcome<SailingCancellationState>> {
    const giveUpAt = Date.now() + RUN_WAIT_MS;
    for (;;) {
      try {
        return await this.runner.run(this.workflow, initial.eventId, initial);
      } catch (error) {
        if (!(error instanceof RunInProgress) || Date.now() > giveUpAt) throw error;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  }
}

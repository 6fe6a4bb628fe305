import type { DataSource } from 'typeorm';
import { listDeadJobs, reviveDeadJob } from '../../platform/jobs/outbox-relay';
import type { AuditService } from '../audit/audit.service';
import type { AuditContext } from '../audit/audit-context';
import { OperationsErrors } from './operations.errors';

/**
 * The background jobs that failed every attempt, as the CRM lists and replays them. A replay
 * commits with its audit row; consumers are idempotent, so nothing already done is done twice.
 */
export class DeadJobsAdmin {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list() {
    return (await listDeadJobs(this.db)).map((j) => ({ ...j, createdAt: j.createdAt.toISOString(), deadAt: j.deadAt.toISOString() }));
  }

  /** Runs a dead job again from its first attempt. */
  async replay(ctx: AuditContext, jobId: string): Promise<{ id: string; topic: string; replayed: true }> {
    return this.db.transaction(async (tx) => {
      const job = await reviveDeadJob(tx, jobId);
      if (!job) throw OperationsErrors.deadJobNotFound(jobId);
      await this.audit.record(tx, ctx, {
        action: 'job.replay', entityType: 'job', entityId: jobId,
        before: { topic: job.topic, deadAt: job.deadAt.toISOString(), lastError: job.lastError }, after: { topic: job.topic, deadAt: null },
      });
      return { id: job.id, topic: job.topic, replayed: true as const };
    });
  }
}

import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger';
import { SimulatedCrash, type Workflow, type WorkflowHooks } from './workflow';

export type RunStatus = 'running' | 'done' | 'compensated' | 'failed';

export interface RunOutcome<S> {
  runId: string;
  status: RunStatus;
  state: S;
}

interface RunRow {
  id: string;
  state: unknown;
  next_step: number;
  status: RunStatus;
}

/** Two callers asked for the same run at once; the other one is running it now. */
export class RunInProgress extends Error {
  override readonly name = 'RunInProgress';
}

/**
 * Runs durable workflows: each step in a transaction of its own that also records the run's
 * progress in `workflow_run`, so a crash between steps leaves a run that `resumeUnfinished`
 * continues from the next step. One run per workflow and business key: asking again for a
 * finished run returns its recorded outcome, for an unfinished one continues it.
 *
 * @example
 * const runner = new DurableRunner(db, logger);
 * const outcome = await runner.run(sailingCancellation, eventId, { eventId, reason });
 * // at start-up
 * await runner.resumeUnfinished([sailingCancellation]);
 */
export class DurableRunner {
  constructor(
    private readonly db: DataSource,
    private readonly logger: Logger,
    private readonly hooks: WorkflowHooks = {},
  ) {}

  async run<S>(workflow: Workflow<S>, businessKey: string, initial: S): Promise<RunOutcome<S>> {
    const rows = (await this.db.query(
      `INSERT INTO workflow_run (workflow, business_key, state) VALUES ($1, $2, $3)
       ON CONFLICT (workflow, business_key) DO UPDATE SET updated_at = workflow_run.updated_at
       RETURNING id`,
      [workflow.name, businessKey, JSON.stringify(initial)],
    )) as Array<{ id: string }>;
    return this.continue(workflow, rows[0]!.id);
  }

  /** Continues every run of these workflows that a crash left unfinished; returns how many. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs of any state type
  async resumeUnfinished(workflows: ReadonlyArray<Workflow<any>>): Promise<number> {
    let resumed = 0;
    for (const workflow of workflows) {
      const runs = (await this.db.query("SELECT id FROM workflow_run WHERE workflow = $1 AND status = 'running' ORDER BY created_at", [
        workflow.name,
      ])) as Array<{ id: string }>;
      for (const { id } of runs) {
        try {
          await this.continue(workflow as Workflow<unknown>, id);
          resumed += 1;
        } catch (error) {
          if (error instanceof SimulatedCrash) throw error;
          this.logger.error({ err: error, workflow: workflow.name, runId: id }, 'resumed workflow failed again');
        }
      }
    }
    return resumed;
  }

  /** Runs the steps from the recorded one on; each commits with the run's new progress. */
  private async continue<S>(workflow: Workflow<S>, runId: string): Promise<RunOutcome<S>> {
    for (;;) {
      const run = await this.load(this.db.manager, runId);
      const step = workflow.steps[run.next_step];
      if (run.status !== 'running' || !step) return this.finish(workflow, run);
      try {
        await this.hooks.beforeStep?.(workflow.name, step.name);
        if (step.outsideTransaction) {
          const state = (await step.run(this.db.manager, run.state as S)) ?? (run.state as S);
          await this.db.transaction((tx) => this.advance(tx, run, state));
        } else {
          await this.db.transaction(async (tx) => {
            const locked = await this.lock(tx, run);
            const state = (await step.run(tx, locked.state as S)) ?? (locked.state as S);
            await this.advance(tx, locked, state);
          });
        }
        await this.hooks.afterStep?.(workflow.name, step.name);
      } catch (error) {
        if (error instanceof SimulatedCrash || error instanceof RunInProgress) throw error;
        await this.fail(workflow, runId, error);
        throw error;
      }
    }
  }

  private async load(manager: EntityManager, runId: string, lock = false): Promise<RunRow> {
    const rows = (await manager.query(
      `SELECT id, state, next_step, status FROM workflow_run WHERE id = $1${lock ? ' FOR UPDATE NOWAIT' : ''}`,
      [runId],
    )) as RunRow[];
    return rows[0]!;
  }

  /** The run's row, locked for this step; refused when another caller holds it or moved on. */
  private async lock(tx: EntityManager, seen: RunRow): Promise<RunRow> {
    let locked: RunRow;
    try {
      locked = await this.load(tx, seen.id, true);
    } catch {
      throw new RunInProgress(`workflow run ${seen.id} is being run by another caller`);
    }
    if (locked.next_step !== seen.next_step || locked.status !== 'running') throw new RunInProgress(`workflow run ${seen.id} moved on`);
    return locked;
  }

  private async advance(tx: EntityManager, run: RunRow, state: unknown): Promise<void> {
    await tx.query('UPDATE workflow_run SET state = $2, next_step = next_step + 1, last_error = NULL, updated_at = now() WHERE id = $1 AND next_step = $3', [
      run.id, JSON.stringify(state), run.next_step,
    ]);
  }

  /**
   * A step threw. A compensating workflow undoes the steps done, newest first, and ends
   * `compensated`; one that must go forward stays `running` with the error, for a retry.
   */
  private async fail<S>(workflow: Workflow<S>, runId: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    if (workflow.onFailure === 'resume') {
      await this.db.query('UPDATE workflow_run SET last_error = $2, updated_at = now() WHERE id = $1', [runId, message]);
      this.logger.warn({ err: error, workflow: workflow.name, runId }, 'workflow step failed; the run will be retried');
      return;
    }
    try {
      await this.db.transaction(async (tx) => {
        const run = await this.load(tx, runId, true);
        for (let i = run.next_step - 1; i >= 0; i -= 1) await workflow.steps[i]?.compensate?.(tx, run.state as S);
        await tx.query("UPDATE workflow_run SET status = 'compensated', last_error = $2, updated_at = now() WHERE id = $1", [runId, message]);
      });
    } catch (compensationError) {
      // Nothing was undone (the compensations share one transaction): a person has to look.
      await this.db.query("UPDATE workflow_run SET status = 'failed', last_error = $2, updated_at = now() WHERE id = $1", [runId, message]);
      this.logger.error({ err: compensationError, workflow: workflow.name, runId }, 'workflow compensation failed');
    }
  }

  private async finish<S>(workflow: Workflow<S>, run: RunRow): Promise<RunOutcome<S>> {
    if (run.status === 'running') {
      await this.db.query("UPDATE workflow_run SET status = 'done', updated_at = now() WHERE id = $1 AND status = 'running'", [run.id]);
      return { runId: run.id, status: 'done', state: run.state as S };
    }
    return { runId: run.id, status: run.status, state: run.state as S };
  }
}

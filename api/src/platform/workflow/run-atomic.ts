import type { EntityManager } from 'typeorm';
import type { Workflow, WorkflowHooks } from './workflow';

/**
 * Runs every step of `workflow` in the caller's transaction, in order. A step that throws
 * fails the whole transaction, so its rollback is the compensation of every database effect;
 * `compensate` of the steps already done runs first (still in the transaction) for the
 * effects a rollback does not undo. A crash between steps is a transaction that never
 * commits: the work is retried by whatever asked for it (a webhook's redelivery, a retried
 * request), and finds nothing half-done.
 *
 * @example
 * const state = await runAtomic(tx, paymentFulfilment, { orderId, paymentId });
 */
export async function runAtomic<S, Tx = EntityManager>(tx: Tx, workflow: Workflow<S, Tx>, initial: S, hooks?: WorkflowHooks): Promise<S> {
  let state = initial;
  const done: number[] = [];
  for (const [index, step] of workflow.steps.entries()) {
    try {
      await hooks?.beforeStep?.(workflow.name, step.name);
      state = (await step.run(tx, state)) ?? state;
      done.push(index);
      await hooks?.afterStep?.(workflow.name, step.name);
    } catch (error) {
      if (workflow.onFailure === 'compensate') {
        for (const i of done.reverse()) await workflow.steps[i]?.compensate?.(tx, state);
      }
      throw error;
    }
  }
  return state;
}

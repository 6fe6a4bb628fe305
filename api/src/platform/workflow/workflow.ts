import type { EntityManager } from 'typeorm';

/**
 * One named step of a workflow. `run` does the step's work and returns the state the next
 * steps see; `compensate` undoes it when a later step fails and the workflow compensates.
 *
 * A step's database work goes through `tx`, the workflow's transaction: in an atomic workflow
 * one transaction for every step, in a durable one the step's own, which also records the
 * run's progress — so a step's effect and "this step is done" commit together. An atomic
 * workflow may name another kind of transaction as `Tx` (checkout's prepared-statement one).
 */
export interface WorkflowStep<S, Tx = EntityManager> {
  name: string;
  run(tx: Tx, state: S): Promise<S | void>;
  compensate?(tx: Tx, state: S): Promise<void>;
  /**
   * Set for a step whose effect lies outside the database (a gateway call): it runs with no
   * transaction open and its progress is recorded after it returns, so a crash in between
   * repeats it — it must be idempotent (an idempotency key of the business id).
   */
  outsideTransaction?: boolean;
}

/**
 * What a failed step leaves: `compensate` undoes the steps done so far, newest first (a
 * checkout that could not hold every seat releases those it held); `resume` keeps the run
 * to be retried from the failed step, for work that must go forward (money already taken).
 */
export type FailurePolicy = 'compensate' | 'resume';

export interface Workflow<S, Tx = EntityManager> {
  name: string;
  steps: ReadonlyArray<WorkflowStep<S, Tx>>;
  onFailure: FailurePolicy;
}

/**
 * Declares a workflow: its name (the key of its recorded runs), its steps in order and what a
 * failure leaves.
 *
 * @example
 * export const refundWorkflow = defineWorkflow<RefundState>({
 *   name: 'refund', onFailure: 'resume',
 *   steps: [recordRefund, askGateway, completeWithReceipt],
 * });
 */
export function defineWorkflow<S, Tx = EntityManager>(workflow: Workflow<S, Tx>): Workflow<S, Tx> {
  const names = workflow.steps.map((step) => step.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`workflow ${workflow.name}: step ${repeated} is declared twice`);
  return workflow;
}

/**
 * Stops a workflow as a killed process would: nothing after it runs, nothing is compensated
 * and nothing is recorded. Thrown by fault-injection hooks in tests.
 */
export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}

/**
 * Called around every step; tests inject faults through them (throw an Error to fail a step,
 * a SimulatedCrash to "kill the process" between steps).
 */
export interface WorkflowHooks {
  beforeStep?(workflow: string, step: string): void | Promise<void>;
  afterStep?(workflow: string, step: string): void | Promise<void>;
}

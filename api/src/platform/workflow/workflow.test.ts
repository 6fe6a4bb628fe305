import 'reflect-metadata';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { createLogger } from '../logger';
import { withTransaction } from '../db/transaction';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { DurableRunner } from './durable-runner';
import { runAtomic } from './run-atomic';
import { defineWorkflow, SimulatedCrash, type WorkflowHooks, type WorkflowStep } from './workflow';

// A toy "ledger" the steps write, so every test reads the end state from PostgreSQL.
let database: TestDatabase;
let db: DataSource;
const logger = createLogger('silent');

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource({ url: database.url, poolSize: 4, embedded: database.embedded });
  await db.initialize();
  await db.query('CREATE TABLE ledger (key text NOT NULL, entry text NOT NULL)');
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});
beforeEach(() => db.query('TRUNCATE ledger, workflow_run'));

type State = { key: string; calls: number };
const write = (name: string): WorkflowStep<State> => ({
  name,
  run: async (tx, state) => {
    await tx.query('INSERT INTO ledger (key, entry) VALUES ($1, $2)', [state.key, name]);
    return { ...state, calls: state.calls + 1 };
  },
  compensate: async (tx, state) => {
    await tx.query('INSERT INTO ledger (key, entry) VALUES ($1, $2)', [state.key, `undo ${name}`]);
  },
});
const steps = [write('reserve'), write('charge'), write('confirm')];
const forward = defineWorkflow<State>({ name: 'test.forward', onFailure: 'resume', steps });
const undoable = defineWorkflow<State>({ name: 'test.undoable', onFailure: 'compensate', steps });

const ledger = async (key: string) =>
  ((await db.query('SELECT entry FROM ledger WHERE key = $1 ORDER BY ctid', [key])) as Array<{ entry: string }>).map((r) => r.entry);
const failAt = (step: string, error: Error): WorkflowHooks => ({
  beforeStep: (_, name) => {
    if (name === step) throw error;
  },
});
const crashAfter = (step: string): WorkflowHooks => ({
  afterStep: (_, name) => {
    if (name === step) throw new SimulatedCrash(`killed after ${step}`);
  },
});

describe('a durable workflow', () => {
  it('runs every step once and returns the final state; asking again replays the outcome', async () => {
    const runner = new DurableRunner(db, logger);
    const first = await runner.run(forward, 'order-1', { key: 'order-1', calls: 0 });
    const again = await runner.run(forward, 'order-1', { key: 'order-1', calls: 0 });
    expect(first).toMatchObject({ status: 'done', state: { calls: 3 } });
    expect(again).toEqual(first);
    expect(await ledger('order-1')).toEqual(['reserve', 'charge', 'confirm']);
  });

  it.each(steps.map((s) => s.name))('killed after %s resumes from the next step and does nothing twice', async (step) => {
    await expect(new DurableRunner(db, logger, crashAfter(step)).run(forward, 'k', { key: 'k', calls: 0 })).rejects.toThrow(SimulatedCrash);
    // A new process starts and resumes what the crash left.
    expect(await new DurableRunner(db, logger).resumeUnfinished([forward])).toBe(1);
    expect(await ledger('k')).toEqual(['reserve', 'charge', 'confirm']);
    const [run] = (await db.query("SELECT status FROM workflow_run WHERE business_key = 'k'")) as Array<{ status: string }>;
    expect(run?.status).toBe('done');
  });

  it.each(steps.map((s) => s.name))('a forward workflow whose %s throws keeps its progress and a retry finishes it', async (step) => {
    await expect(new DurableRunner(db, logger, failAt(step, new Error('gateway down'))).run(forward, 'f', { key: 'f', calls: 0 })).rejects.toThrow(
      'gateway down',
    );
    const [stuck] = (await db.query("SELECT status, last_error FROM workflow_run WHERE business_key = 'f'")) as Array<{ status: string; last_error: string }>;
    expect(stuck).toEqual({ status: 'running', last_error: 'gateway down' });
    await new DurableRunner(db, logger).run(forward, 'f', { key: 'f', calls: 0 });
    expect(await ledger('f')).toEqual(['reserve', 'charge', 'confirm']);
  });

  it.each(steps.map((s, i) => [s.name, i] as const))('a compensating workflow whose %s throws undoes the steps before it, newest first', async (step, index) => {
    await expect(new DurableRunner(db, logger, failAt(step, new Error('no seats'))).run(undoable, 'c', { key: 'c', calls: 0 })).rejects.toThrow(
      'no seats',
    );
    const done = steps.slice(0, index).map((s) => s.name);
    expect(await ledger('c')).toEqual([...done, ...done.reverse().map((name) => `undo ${name}`)]);
    const outcome = await new DurableRunner(db, logger).run(undoable, 'c', { key: 'c', calls: 0 });
    expect(outcome.status).toBe('compensated');
  });

  it('two callers of one run at once run each step once', async () => {
    const runner = new DurableRunner(db, logger);
    const results = await Promise.allSettled([
      runner.run(forward, 'race', { key: 'race', calls: 0 }),
      runner.run(forward, 'race', { key: 'race', calls: 0 }),
    ]);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    await runner.run(forward, 'race', { key: 'race', calls: 0 });
    expect(await ledger('race')).toEqual(['reserve', 'charge', 'confirm']);
  });
});

describe('an atomic workflow', () => {
  const inTransaction = (work: (tx: EntityManager) => Promise<unknown>) => db.transaction(work);

  it.each(steps.map((s) => s.name))('failing at %s leaves nothing written', async (step) => {
    await expect(inTransaction((tx) => runAtomic(tx, undoable, { key: 'a', calls: 0 }, failAt(step, new Error('boom'))))).rejects.toThrow('boom');
    expect(await ledger('a')).toEqual([]);
  });

  it('runs the steps in order in the caller transaction', async () => {
    const state = await inTransaction((tx) => runAtomic(tx, undoable, { key: 'b', calls: 0 }));
    expect(state).toEqual({ key: 'b', calls: 3 });
    expect(await ledger('b')).toEqual(['reserve', 'charge', 'confirm']);
  });
});

describe('withTransaction', () => {
  it('joins the context transaction, so the outer rollback undoes the nested work', async () => {
    await expect(
      withTransaction({ db }, async (ctx) => {
        await withTransaction(ctx, (inner) => inner.tx.query("INSERT INTO ledger (key, entry) VALUES ('t', 'nested')"));
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await ledger('t')).toEqual([]);
    await withTransaction({ db }, (ctx) => ctx.tx.query("INSERT INTO ledger (key, entry) VALUES ('t', 'own')"));
    expect(await ledger('t')).toEqual(['own']);
  });
});

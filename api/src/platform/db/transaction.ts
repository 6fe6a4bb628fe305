import type { DataSource, EntityManager } from 'typeorm';

/**
 * What a use case runs in, Vendure-style: the data source, and once a transaction is open, the
 * transaction itself. Services and workflow steps take the context first and reach the
 * database through `ctx.tx`, so everything one request or one workflow does commits or rolls
 * back together, however many modules it passes through.
 */
export interface TransactionContext {
  readonly db: DataSource;
  readonly tx?: EntityManager;
}

export type InTransaction<C extends TransactionContext> = C & { readonly tx: EntityManager };

/**
 * Runs `work` in the context's transaction, opening one when the context has none: a nested
 * call joins the caller's transaction instead of committing on its own.
 *
 * @example
 * await withTransaction({ db }, async (ctx) => {
 *   await orders.markPaid(ctx.tx, orderId);
 *   await withTransaction(ctx, (inner) => tickets.issueForOrder(inner.tx, orderId)); // same transaction
 * });
 */
export function withTransaction<C extends TransactionContext, T>(ctx: C, work: (ctx: InTransaction<C>) => Promise<T>): Promise<T> {
  if (ctx.tx) return work(ctx as InTransaction<C>);
  return ctx.db.transaction((tx) => work({ ...ctx, tx }));
}

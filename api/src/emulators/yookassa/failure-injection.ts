import type { MiddlewareHandler } from 'hono';
import { EmulatorErrors } from './emulator-errors';

export type InjectedStatus = 429 | 500;

/** A queue of errors the next API calls answer with, for retry tests. */
export class InjectedFailures {
  private readonly queue: InjectedStatus[] = [];

  /** The next `count` calls fail with `status`, replacing any failures still queued (0 clears). */
  add(count: number, status: InjectedStatus): void {
    this.queue.length = 0;
    for (let i = 0; i < count; i += 1) this.queue.push(status);
  }

  take(): InjectedStatus | undefined {
    return this.queue.shift();
  }
}

/**
 * Answers the next queued error instead of the real response. A 429 refuses the call before
 * anything happens. A 500 on a POST lets the operation run and then loses the answer, which
 * is what YooKassa's 500 means ("result unknown"): only a retry with the same idempotence key
 * avoids a second payment.
 *
 * @example
 * v3.use(injectFailures(failures));
 */
export function injectFailures(failures: InjectedFailures): MiddlewareHandler {
  return async function injectedFailure(c, next) {
    const status = failures.take();
    if (status === undefined) return next();
    if (status === 429) return EmulatorErrors.tooManyRequests().toResponse();
    if (c.req.method === 'POST') await next();
    // Setting undefined first stops Hono from merging the lost response's headers in.
    c.res = undefined;
    c.res = EmulatorErrors.internal().toResponse();
  };
}

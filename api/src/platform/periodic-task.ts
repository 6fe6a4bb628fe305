import type { Logger } from './logger';

/**
 * Work that runs on an interval in the background (cleaners, relays, schedulers): one pass at a
 * time — a call while a pass runs shares it — and a failed pass is logged and tried again at
 * the next tick instead of stopping the loop.
 *
 * @example
 * const task = new PeriodicTask('seat lock cleaner', () => sweep(), undefined, logger);
 * task.start(5_000);
 * await task.stop(); // waits for a pass in progress
 */
export class PeriodicTask<T> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<T> | undefined;

  constructor(
    private readonly name: string,
    private readonly pass: () => Promise<T>,
    /** What a failed pass returns. */
    private readonly onFailure: T,
    private readonly logger: Logger,
  ) {}

  start(intervalMs: number): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => void this.runOnce(), intervalMs);
    // A background loop never keeps the process alive on its own.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs a pass now, or joins the one in progress. */
  runOnce(): Promise<T> {
    this.running ??= this.pass()
      .catch((error: unknown) => {
        this.logger.error({ err: error, task: this.name }, `${this.name} failed; will try again`);
        return this.onFailure;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}

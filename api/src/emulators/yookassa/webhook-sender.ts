import type { Notification, NotificationEvent } from '../../modules/payments/yookassa.types';

/** One attempt to deliver one notification. */
export interface WebhookDelivery {
  event: NotificationEvent;
  objectId: string;
  attempt: number;
  /** The receiver's HTTP status, or null when the request failed. */
  status: number | null;
  error?: string;
}

export interface WebhookSenderOptions {
  url?: string;
  /** Delay before the first retry; doubles after each failure. */
  firstRetryMs: number;
  maxAttempts: number;
  /** Per attempt. */
  timeoutMs?: number;
}

/**
 * Posts `{type: "notification", event, object}` to the shop's webhook URL and, like YooKassa,
 * keeps redelivering until the receiver answers 200 (here: doubling delays up to
 * `maxAttempts`). Retry timers are unref'd so they never keep a process alive, and `close()`
 * cancels them.
 *
 * @example
 * const sender = new WebhookSender({ url: 'http://127.0.0.1:3000/webhooks/yookassa', firstRetryMs: 1000, maxAttempts: 10 });
 * await sender.send({ type: 'notification', event: 'payment.succeeded', object: payment });
 */
export class WebhookSender {
  readonly deliveries: WebhookDelivery[] = [];
  private url: string | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly options: WebhookSenderOptions) {
    this.url = options.url;
  }

  /** Later attempts (retries included) go to the new URL. */
  setUrl(url: string | undefined): void {
    this.url = url;
  }

  /** Resolves once the first attempt is over; retries carry on in the background. */
  send(notification: Notification): Promise<void> {
    // A snapshot of the object as it was at the event, like a real notification.
    return this.attempt(structuredClone(notification), 1);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async attempt(notification: Notification, attempt: number): Promise<void> {
    const url = this.url;
    if (this.closed || !url) return;
    const delivery: WebhookDelivery = { event: notification.event, objectId: notification.object.id, attempt, status: null };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(notification),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      await response.arrayBuffer();
      delivery.status = response.status;
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
    this.deliveries.push(delivery);
    if (delivery.status !== 200 && attempt < this.options.maxAttempts) this.retryLater(notification, attempt);
  }

  private retryLater(notification: Notification, attempt: number): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(notification, attempt + 1);
    }, this.options.firstRetryMs * 2 ** (attempt - 1));
    timer.unref();
    this.timers.add(timer);
  }
}

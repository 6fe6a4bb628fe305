/**
 * Signals between API processes (seat changes, later cache invalidation). Messages are facts
 * that already committed to PostgreSQL; losing one delays a screen update, never a sale.
 *
 * @example
 * const unsubscribe = bus.subscribe('seats', (message) => hub.deliver(message));
 * await bus.publish('seats', { eventId, changes });
 */
export type BusListener = (message: unknown) => void;

export interface Bus {
  /** Resolves once subscriptions made so far receive messages. */
  ready(): Promise<void>;
  publish(topic: string, message: unknown): Promise<void>;
  subscribe(topic: string, listener: BusListener): () => void;
  close(): Promise<void>;
}

/** The embedded default: one process, so delivery is a function call on the next tick. */
export class InProcessBus implements Bus {
  private readonly listeners = new Map<string, Set<BusListener>>();

  async ready(): Promise<void> {}

  async publish(topic: string, message: unknown): Promise<void> {
    const listeners = this.listeners.get(topic);
    if (!listeners) return;
    // Listeners get their own copy, exactly as if it had crossed the wire.
    const copy: unknown = JSON.parse(JSON.stringify(message));
    queueMicrotask(() => {
      for (const listener of listeners) listener(copy);
    });
  }

  subscribe(topic: string, listener: BusListener): () => void {
    let listeners = this.listeners.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(topic, listeners);
    }
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}

import Redis from 'ioredis';
import type { Logger } from '../logger';
import type { Bus, BusListener } from './bus';

/**
 * Fan-out across API processes through Redis pub/sub. Every process, the publisher included,
 * receives each message from Redis, so all of them see the same stream in the same order.
 */
export class RedisBus implements Bus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, Set<BusListener>>();
  private readonly subscriptions: Array<Promise<unknown>> = [];

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(url, { lazyConnect: false });
    this.publisher.on('error', (error) => this.logger.warn({ err: error }, 'redis publisher error'));
    this.subscriber.on('error', (error) => this.logger.warn({ err: error }, 'redis subscriber error'));
    this.subscriber.on('message', (channel: string, payload: string) => this.dispatch(channel, payload));
  }

  /**
   * Resolves once both connections are up and every topic subscribed so far is receiving.
   * Await it before subscribing: ioredis's ready check (INFO) must not reach a connection
   * that is already in subscriber mode.
   */
  async ready(): Promise<void> {
    await Promise.all([this.publisher, this.subscriber].map((client) =>
      client.status === 'ready' ? undefined : new Promise<void>((resolve) => client.once('ready', () => resolve()))));
    await Promise.all(this.subscriptions);
  }

  async publish(topic: string, message: unknown): Promise<void> {
    await this.publisher.publish(this.channel(topic), JSON.stringify(message));
  }

  subscribe(topic: string, listener: BusListener): () => void {
    let listeners = this.listeners.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(topic, listeners);
      const subscribed = this.subscriber.subscribe(this.channel(topic));
      subscribed.catch((error: unknown) => this.logger.error({ err: error, topic }, 'redis subscribe failed'));
      this.subscriptions.push(subscribed);
    }
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }

  private channel(topic: string): string {
    return `${this.prefix}:${topic}`;
  }

  private dispatch(channel: string, payload: string): void {
    const topic = channel.slice(this.prefix.length + 1);
    const listeners = this.listeners.get(topic);
    if (!listeners || listeners.size === 0) return;
    let message: unknown;
    try {
      message = JSON.parse(payload);
    } catch {
      this.logger.warn({ channel }, 'dropped a malformed bus message');
      return;
    }
    for (const listener of listeners) listener(message);
  }
}

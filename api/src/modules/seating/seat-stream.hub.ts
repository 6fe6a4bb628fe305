import type { ServerResponse } from 'node:http';
import type { Logger } from '../../platform/logger';
import { statusFor, type SeatChange, type SeatingMessage } from './seating.events';
import type { SeatAvailability } from './seat-status.service';

export interface StreamSettings {
  heartbeatMs: number;
  /** Bytes a client may fall behind before it is dropped. */
  maxBufferedBytes: number;
  /** How many recent messages per sailing are kept for Last-Event-ID resume. */
  replayEntries: number;
  /**
   * Changes of one sailing arriving within this window go out as one event. Writing to
   * thousands of sockets costs the API's one thread milliseconds per event; under a burst of
   * locks, batching keeps that from starving the locks themselves.
   */
  batchMs: number;
}

interface Subscriber {
  res: ServerResponse;
  sessionId: string | null;
  /** Frames that arrived while the snapshot was being read; sent right after it. */
  pending: Array<string | Buffer> | null;
}

interface Entry {
  version: number;
  arrivedAt: number;
  message: SeatingMessage;
  /** The frame every viewer without a hold among the changes gets, rendered and encoded once. */
  frame: Buffer;
}

interface Sailing {
  subscribers: Set<Subscriber>;
  recent: Entry[];
  /** Versions at or below this may be missing from `recent`. */
  coveredFrom: number;
  /** Messages waiting for the current batch window to close. */
  pending: SeatingMessage[];
  flushTimer: NodeJS.Timeout | null;
}

/**
 * Changes committed in different transactions can reach the bus slightly out of version
 * order; on resume everything that arrived within this window before the client's position is
 * replayed too. Clients apply a seat's change only when its version is newer, so repeats are
 * harmless.
 */
const REORDER_WINDOW_MS = 2_000;
/** Resume reaches this far back; older clients get a fresh snapshot. */
const REPLAY_MAX_AGE_MS = 5 * 60_000;

/**
 * Server-sent seat status for every open seat map of this process. Each bus message is
 * rendered once and written straight to the sockets (plain node:http writes; no per-client
 * stream machinery), personalised only for the sessions holding one of its seats. A client
 * that stops reading is dropped once it falls `maxBufferedBytes` behind.
 */
export class SeatStreamHub {
  private readonly sailings = new Map<string, Sailing>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly settings: StreamSettings,
    private readonly startVersion: number,
    private readonly logger: Logger,
  ) {
    this.heartbeat = setInterval(() => this.beat(), settings.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Opens a stream: a snapshot, or a replay from `lastEventId` when the recent window covers it. */
  open(res: ServerResponse, input: { eventId: string; sessionId: string | null; lastEventId: number | null; snapshot: () => Promise<SeatAvailability> }): Promise<void> {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const sailing = this.sailing(input.eventId);
    const replay = input.lastEventId === null ? null : this.replayFrom(sailing, input.lastEventId);
    const subscriber: Subscriber = { res, sessionId: input.sessionId, pending: replay ? null : [] };
    // Subscribe before the snapshot is read, so nothing committed meanwhile is lost; what
    // arrives twice is ignored by version.
    sailing.subscribers.add(subscriber);
    res.on('close', () => this.remove(input.eventId, subscriber));
    res.write('retry: 2000\n\n');
    if (replay) {
      for (const entry of replay) this.write(input.eventId, subscriber, this.frameFor(entry, subscriber.sessionId));
      return Promise.resolve();
    }
    return input.snapshot().then(
      (snapshot) => {
        const pending = subscriber.pending ?? [];
        subscriber.pending = null;
        this.write(input.eventId, subscriber, `id: ${snapshot.version}\nevent: snapshot\ndata: ${JSON.stringify(snapshot)}\n\n`);
        for (const frame of pending) this.write(input.eventId, subscriber, frame);
      },
      (error: unknown) => {
        this.logger.error({ err: error }, 'seat snapshot failed');
        res.destroy();
      },
    );
  }

  /** Queues one committed change for every subscriber of its sailing (see `batchMs`). */
  deliver(message: SeatingMessage): void {
    const sailing = this.sailing(message.eventId);
    sailing.pending.push(message);
    sailing.flushTimer ??= setTimeout(() => this.flush(message.eventId), this.settings.batchMs);
  }

  /** Sends what a sailing's batch window collected: one seat event and the newest capacity. */
  private flush(eventId: string): void {
    const sailing = this.sailings.get(eventId);
    if (!sailing) return;
    const messages = sailing.pending.splice(0);
    sailing.flushTimer = null;
    const seats = new Map<string, SeatChange>();
    let capacity: Extract<SeatingMessage, { kind: 'capacity' }> | null = null;
    for (const message of messages) {
      if (message.kind === 'capacity') {
        if (!capacity || capacity.capacity.version <= message.capacity.version) capacity = message;
        continue;
      }
      for (const change of message.changes) {
        const known = seats.get(change.seatCode);
        if (!known || known.version < change.version) seats.set(change.seatCode, change);
      }
    }
    if (seats.size > 0) this.send(sailing, eventId, { kind: 'seats', eventId, changes: [...seats.values()] });
    if (capacity) this.send(sailing, eventId, capacity);
  }

  private send(sailing: Sailing, eventId: string, message: SeatingMessage): void {
    const entry = this.entryFor(message);
    sailing.recent.push(entry);
    if (sailing.recent.length > this.settings.replayEntries) {
      const dropped = sailing.recent.shift();
      if (dropped) sailing.coveredFrom = Math.max(sailing.coveredFrom, dropped.version);
    }
    for (const subscriber of sailing.subscribers) {
      this.write(eventId, subscriber, this.frameFor(entry, subscriber.sessionId));
    }
  }

  subscriberCount(eventId?: string): number {
    if (eventId) return this.sailings.get(eventId)?.subscribers.size ?? 0;
    let total = 0;
    for (const sailing of this.sailings.values()) total += sailing.subscribers.size;
    return total;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const sailing of this.sailings.values()) if (sailing.flushTimer) clearTimeout(sailing.flushTimer);
    for (const sailing of this.sailings.values()) for (const subscriber of sailing.subscribers) subscriber.res.end();
    this.sailings.clear();
  }

  private entryFor(message: SeatingMessage): Entry {
    if (message.kind === 'capacity') {
      const data = { version: message.capacity.version, remaining: message.capacity.remaining, ticketTypes: message.capacity.ticketTypes };
      const frame = Buffer.from(`id: ${data.version}\nevent: capacity\ndata: ${JSON.stringify(data)}\n\n`);
      return { version: data.version, arrivedAt: Date.now(), message, frame };
    }
    const version = Math.max(...message.changes.map((c) => c.version));
    return { version, arrivedAt: Date.now(), message, frame: Buffer.from(this.seatFrame(message, version, null)) };
  }

  private frameFor(entry: Entry, sessionId: string | null): string | Buffer {
    if (sessionId === null || entry.message.kind !== 'seats') return entry.frame;
    const own = entry.message.changes.some((c) => c.sessionId === sessionId);
    return own ? this.seatFrame(entry.message, entry.version, sessionId) : entry.frame;
  }

  private seatFrame(message: Extract<SeatingMessage, { kind: 'seats' }>, version: number, viewer: string | null): string {
    const seats = message.changes.map((c) => ({ seatCode: c.seatCode, status: statusFor(c, viewer), version: c.version }));
    return `id: ${version}\nevent: seat\ndata: ${JSON.stringify({ version, seats })}\n\n`;
  }

  private replayFrom(sailing: Sailing, lastEventId: number): Entry[] | null {
    if (lastEventId < Math.max(this.startVersion, sailing.coveredFrom)) return null;
    const firstNewer = sailing.recent.find((entry) => entry.version > lastEventId);
    if (!firstNewer) return [];
    const from = firstNewer.arrivedAt - REORDER_WINDOW_MS;
    return sailing.recent.filter((entry) => entry.arrivedAt >= from);
  }

  private write(eventId: string, subscriber: Subscriber, frame: string | Buffer): void {
    const { res } = subscriber;
    if (res.destroyed) return;
    if (subscriber.pending) {
      subscriber.pending.push(frame);
      return;
    }
    if (res.writableLength > this.settings.maxBufferedBytes) {
      // A client this far behind is gone or too slow to be useful; it will reconnect and resume.
      this.logger.info({ eventId }, 'dropped a seat stream that stopped reading');
      res.destroy();
      this.remove(eventId, subscriber);
      return;
    }
    res.write(frame);
  }

  /** Keeps connections (and proxies) awake, and ages out replay windows nobody can use. */
  private beat(): void {
    const oldest = Date.now() - REPLAY_MAX_AGE_MS;
    for (const [eventId, sailing] of this.sailings) {
      for (const subscriber of sailing.subscribers) this.write(eventId, subscriber, ': heartbeat\n\n');
      while (sailing.recent[0] && sailing.recent[0].arrivedAt < oldest) {
        sailing.coveredFrom = Math.max(sailing.coveredFrom, sailing.recent.shift()?.version ?? 0);
      }
      if (sailing.subscribers.size === 0 && sailing.recent.length === 0 && !sailing.flushTimer) this.sailings.delete(eventId);
    }
  }

  private sailing(eventId: string): Sailing {
    let sailing = this.sailings.get(eventId);
    if (!sailing) {
      sailing = { subscribers: new Set(), recent: [], coveredFrom: 0, pending: [], flushTimer: null };
      this.sailings.set(eventId, sailing);
    }
    return sailing;
  }

  private remove(eventId: string, subscriber: Subscriber): void {
    const sailing = this.sailings.get(eventId);
    if (!sailing) return;
    sailing.subscribers.delete(subscriber);
  }
}

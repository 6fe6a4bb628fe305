import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { createLogger } from '../../platform/logger';
import { SeatStreamHub } from './seat-stream.hub';

/** A response that never drains, like a client that stopped reading. */
class StuckResponse extends EventEmitter {
  writableLength = 0;
  destroyed = false;
  writeHead() { return this; }
  flushHeaders() {}
  write(chunk: string | Buffer) {
    this.writableLength += chunk.length;
    return false;
  }
  destroy() {
    this.destroyed = true;
    this.emit('close');
  }
  end() {}
}

it('drops a client that falls too far behind instead of buffering for it', async () => {
  const hub = new SeatStreamHub({ heartbeatMs: 60_000, maxBufferedBytes: 1_000, replayEntries: 10, batchMs: 0 }, 0, createLogger('silent'));
  const res = new StuckResponse();
  await hub.open(res as unknown as ServerResponse, {
    eventId: 'e1',
    sessionId: null,
    lastEventId: null,
    snapshot: async () => ({ eventId: 'e1', seatingMode: 'assigned', version: 0, seats: [], holdExpiresAt: null }),
  });
  for (let version = 1; version <= 50 && !res.destroyed; version += 1) {
    hub.deliver({ kind: 'seats', eventId: 'e1', changes: [{ seatCode: `S${version}`, state: 'held', sessionId: 'x', expiresAt: new Date(Date.now() + 60_000).toISOString(), version }] });
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  expect(res.destroyed).toBe(true);
  expect(hub.subscriberCount('e1')).toBe(0);
  expect(res.writableLength).toBeLessThan(1_000 + 500);
  hub.close();
});

it('answers a resume from before what it remembers with a fresh snapshot', async () => {
  const hub = new SeatStreamHub({ heartbeatMs: 60_000, maxBufferedBytes: 100_000, replayEntries: 10, batchMs: 0 }, 100, createLogger('silent'));
  const frames: string[] = [];
  const res = Object.assign(new StuckResponse(), { write: (chunk: string | Buffer) => frames.push(chunk.toString()) });
  const snapshot = async () => ({ eventId: 'e1', seatingMode: 'assigned' as const, version: 120, seats: [], holdExpiresAt: null });
  await hub.open(res as unknown as ServerResponse, { eventId: 'e1', sessionId: null, lastEventId: 50, snapshot });
  expect(frames.some((f) => f.includes('event: snapshot'))).toBe(true);
  hub.close();
});

it('sends changes arriving within the batch window as one event, newest version per seat', async () => {
  const hub = new SeatStreamHub({ heartbeatMs: 60_000, maxBufferedBytes: 100_000, replayEntries: 10, batchMs: 20 }, 0, createLogger('silent'));
  const frames: string[] = [];
  const res = Object.assign(new StuckResponse(), { write: (chunk: string | Buffer) => frames.push(chunk.toString()) });
  await hub.open(res as unknown as ServerResponse, {
    eventId: 'e1', sessionId: null, lastEventId: null,
    snapshot: async () => ({ eventId: 'e1', seatingMode: 'assigned' as const, version: 0, seats: [], holdExpiresAt: null }),
  });
  const held = (seatCode: string, version: number) => ({ seatCode, state: 'held' as const, sessionId: 'x', expiresAt: new Date(Date.now() + 60_000).toISOString(), version });
  hub.deliver({ kind: 'seats', eventId: 'e1', changes: [held('A1', 1)] });
  hub.deliver({ kind: 'seats', eventId: 'e1', changes: [held('A2', 2)] });
  hub.deliver({ kind: 'seats', eventId: 'e1', changes: [{ ...held('A1', 3), state: 'free', sessionId: null, expiresAt: null }] });
  await new Promise((resolve) => setTimeout(resolve, 40));
  const seatFrames = frames.filter((f) => f.includes('event: seat'));
  expect(seatFrames).toHaveLength(1);
  const data = JSON.parse(seatFrames[0]!.split('data: ')[1]!);
  expect(data.version).toBe(3);
  expect(data.seats).toEqual([{ seatCode: 'A1', status: 'free', version: 3 }, { seatCode: 'A2', status: 'reserved', version: 2 }]);
  hub.close();
});

import type { DataSource } from 'typeorm';
import { sqlTransaction } from '../../platform/db/sql-client';
import type { Logger } from '../../platform/logger';
import type { Bus } from '../../platform/bus/bus';
import { SeatingErrors } from './seating.errors';
import { SEATING_TOPIC, type SeatChange, type SeatingMessage } from './seating.events';
import type { SailingDirectory, Sailing } from './sailing-directory';
import type { SeatBoard } from './seat-board';
import type { SupplierSeatLocks } from './supplier-seat-locks';
import * as sql from './seat-claims.sql';
import { chooseBestSeats, type BestSeatsRequest } from './best-seats';

export interface SeatingSettings {
  holdTtlSeconds: number;
  maxSeatsPerSession: number;
  supplierTimeoutMs: number;
}

export interface SeatHold {
  id: string;
  eventId: string;
  seats: string[];
  expiresAt: string;
}

type ClaimOutcome =
  | { kind: 'unbookable' }
  | { kind: 'conflict'; result: sql.ClaimResult }
  | { kind: 'limit' }
  | { kind: 'held'; result: sql.ClaimResult };

/** Errors PostgreSQL raises when it had to pick a loser among concurrent transactions. */
const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Locks and unlocks numbered seats. All or nothing: a request holds every seat it names or
 * none. PostgreSQL decides (see seat-claims.sql.ts); the board in front only turns away
 * requests that would certainly lose.
 */
export class SeatLockService {
  constructor(
    private readonly db: DataSource,
    private readonly sailings: SailingDirectory,
    private readonly board: SeatBoard,
    private readonly bus: Bus,
    private readonly supplier: SupplierSeatLocks,
    private readonly settings: SeatingSettings,
    private readonly logger: Logger,
  ) {}

  async lock(eventId: string, sessionId: string, requested: string[]): Promise<SeatHold> {
    const codes = [...new Set(requested)];
    const sailing = await this.bookableSailing(eventId, 'assigned');
    const unknown = codes.filter((code) => !sailing.seats.has(code));
    if (unknown.length > 0) throw SeatingErrors.unknownSeats(unknown);
    if (codes.length > this.settings.maxSeatsPerSession) throw SeatingErrors.tooManySeats(this.settings.maxSeatsPerSession);
    const taken = this.board.takenByOthers(eventId, sessionId, codes);
    if (taken.length > 0) {
      throw this.board.countTaken(eventId) >= sailing.seats.size ? SeatingErrors.soldOut(eventId) : SeatingErrors.seatsTaken(taken);
    }
    return this.board.serialize(eventId, sessionId, codes, (busy) => SeatingErrors.seatsTaken(busy), () => this.claimWithRetry(sailing, sessionId, codes));
  }

  /** Holds the best `count` free seats (see best-seats.ts), retrying if someone is faster. */
  async lockBest(eventId: string, sessionId: string, request: BestSeatsRequest): Promise<SeatHold> {
    const sailing = await this.bookableSailing(eventId, 'assigned');
    if (request.count > this.settings.maxSeatsPerSession) throw SeatingErrors.tooManySeats(this.settings.maxSeatsPerSession);
    for (let attempt = 1; ; attempt += 1) {
      const now = Date.now();
      const claims = await sql.selectClaims(this.db, eventId);
      const taken = new Set(
        claims.filter((c) => c.state === 'sold' || (c.state === 'held' && (c.expiresAt?.getTime() ?? 0) > now)).map((c) => c.seatCode),
      );
      if (taken.size >= sailing.seats.size) throw SeatingErrors.soldOut(eventId);
      const seats = chooseBestSeats(sailing, (code) => !taken.has(code), request);
      if (!seats) throw SeatingErrors.noAdjacentSeats(request.count);
      try {
        return await this.lock(eventId, sessionId, seats);
      } catch (error) {
        if ((error as { code?: string }).code !== 'seats_taken' || attempt >= 3) throw error;
      }
    }
  }

  async unlock(eventId: string, sessionId: string, codes: string[] | null, holdId?: string): Promise<string[]> {
    const sailing = await this.sailings.find(eventId);
    if (!sailing) throw SeatingErrors.eventNotFound(eventId);
    if (codes) {
      const unknown = codes.filter((code) => !sailing.seats.has(code));
      if (unknown.length > 0) throw SeatingErrors.unknownSeats(unknown);
    }
    const freed = await sql.releaseSeats(this.db, { eventId, sessionId, codes, ...(holdId ? { holdId } : {}) });
    if (freed.length === 0) return [];
    await this.announce(eventId, freed.map((seat) => ({ ...seat, state: 'free', sessionId: null, expiresAt: null })));
    if (sailing.supplier !== 'own' && sailing.externalId) {
      await this.releaseRemotely(sailing, freed.map((s) => s.seatCode), freed[0]?.holdId ?? '');
    }
    return freed.map((seat) => seat.seatCode);
  }

  /** A sailing that can be booked now, or the problem explaining why not. */
  async bookableSailing(eventId: string, mode: Sailing['seatingMode']): Promise<Sailing> {
    const sailing = await this.sailings.find(eventId);
    if (!sailing) throw SeatingErrors.eventNotFound(eventId);
    if (sailing.status === 'cancelled') throw SeatingErrors.cancelled(eventId);
    if (sailing.startsAt.getTime() <= Date.now()) throw SeatingErrors.departed(eventId, sailing.startsAt.toISOString());
    if (sailing.seatingMode !== mode) throw SeatingErrors.wrongSeatingMode(eventId, sailing.seatingMode);
    return sailing;
  }

  private async claimWithRetry(sailing: Sailing, sessionId: string, codes: string[]): Promise<SeatHold> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.claim(sailing, sessionId, codes);
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= 3) throw error;
      }
    }
  }

  private async claim(sailing: Sailing, sessionId: string, codes: string[]): Promise<SeatHold> {
    // One short transaction of prepared statements; it commits only a complete claim.
    const outcome = await sqlTransaction<ClaimOutcome>(this.db, async (tx) => {
      const result = await sql.claimSeats(tx, { eventId: sailing.id, sessionId, codes, ttlSeconds: this.settings.holdTtlSeconds });
      if (!result) return { commit: false, value: { kind: 'unbookable' as const } };
      if (result.claimed.length < codes.length) return { commit: false, value: { kind: 'conflict' as const, result } };
      if (result.claimed.length + result.extended.length > this.settings.maxSeatsPerSession) {
        return { commit: false, value: { kind: 'limit' as const } };
      }
      if (sailing.supplier !== 'own' && sailing.externalId) {
        await this.holdRemotely(sailing, result.claimed.map((s) => s.seatCode), result.holdId);
      }
      return { commit: true, value: { kind: 'held' as const, result } };
    });
    switch (outcome.kind) {
      case 'unbookable':
        // The sailing changed under the cache: say what it is now.
        this.sailings.forget(sailing.id);
        await this.bookableSailing(sailing.id, 'assigned');
        throw SeatingErrors.cancelled(sailing.id);
      case 'conflict':
        throw await this.explainConflict(sailing, sessionId, codes, outcome.result);
      case 'limit':
        throw SeatingErrors.tooManySeats(this.settings.maxSeatsPerSession);
      case 'held': {
        const { result } = outcome;
        const expiresAt = result.expiresAt.toISOString();
        const changes: SeatChange[] = [...result.claimed, ...result.extended].map((seat) => ({ ...seat, state: 'held', sessionId, expiresAt }));
        await this.announce(sailing.id, changes);
        return { id: result.holdId, eventId: sailing.id, seats: changes.map((c) => c.seatCode).sort(), expiresAt };
      }
    }
  }

  private async explainConflict(sailing: Sailing, sessionId: string, codes: string[], result: sql.ClaimResult) {
    const claimed = new Set(result.claimed.map((s) => s.seatCode));
    const taken = await sql.takenSeats(this.db, sailing.id, sessionId, codes);
    if ((await sql.countTakenSeats(this.db, sailing.id)) >= sailing.seats.size) return SeatingErrors.soldOut(sailing.id);
    return SeatingErrors.seatsTaken(taken.length > 0 ? taken : codes.filter((code) => !claimed.has(code)));
  }

  private async holdRemotely(sailing: Sailing, seatCodes: string[], holdId: string): Promise<void> {
    if (seatCodes.length === 0) return;
    const request = { supplier: sailing.supplier, externalEventId: sailing.externalId as string, seatCodes, holdId };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('supplier timeout')), this.settings.supplierTimeoutMs);
    try {
      const answer = await this.supplier.lockSeats(request, controller.signal);
      if (answer.outcome === 'refused') throw SeatingErrors.supplierRefused(answer.seats);
    } catch (error) {
      if (controller.signal.aborted) throw SeatingErrors.supplierTimeout();
      if ((error as { code?: string }).code === 'supplier_refused') throw error;
      this.logger.warn({ err: error, supplier: sailing.supplier }, 'supplier seat lock failed');
      throw SeatingErrors.supplierFailed();
    } finally {
      clearTimeout(timer);
    }
  }

  private async releaseRemotely(sailing: Sailing, seatCodes: string[], holdId: string): Promise<void> {
    await this.supplier
      .unlockSeats({ supplier: sailing.supplier, externalEventId: sailing.externalId as string, seatCodes, holdId })
      .catch((error: unknown) => this.logger.warn({ err: error, supplier: sailing.supplier }, 'supplier seat unlock failed; its own lock will lapse'));
  }

  /** Tells this process's board at once and every process through the bus. */
  private async announce(eventId: string, changes: SeatChange[]): Promise<void> {
    this.board.apply(eventId, changes);
    const message: SeatingMessage = { kind: 'seats', eventId, changes };
    await this.bus.publish(SEATING_TOPIC, message).catch((error: unknown) => this.logger.warn({ err: error }, 'seat change not published'));
  }
}

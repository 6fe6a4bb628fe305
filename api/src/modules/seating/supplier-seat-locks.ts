/**
 * The port through which sailings sold for a supplier (Astra Marin, Neva Travel) hold seats
 * in the supplier's own system (the seed's astraClient.lockSeat / unlockSeat). Real adapters
 * arrive with the suppliers issue; until then the in-memory one stands in.
 */
export interface SupplierSeatRequest {
  supplier: string;
  externalEventId: string;
  seatCodes: string[];
  holdId: string;
}

export type SupplierLockOutcome = { outcome: 'locked' } | { outcome: 'refused'; seats: string[] };

export interface SupplierSeatLocks {
  lockSeats(request: SupplierSeatRequest, signal: AbortSignal): Promise<SupplierLockOutcome>;
  unlockSeats(request: SupplierSeatRequest): Promise<void>;
  /** Seats the supplier sold through other channels; throws when it cannot say. */
  unavailableSeats(supplier: string, externalEventId: string): Promise<string[]>;
}

/**
 * A supplier that lives in memory: it remembers remote holds and sales, and can be told to
 * refuse, fail or stall, so tests exercise every branch of the lock flow.
 */
export class InMemorySupplierSeatLocks implements SupplierSeatLocks {
  readonly locked = new Map<string, Set<string>>();
  readonly soldElsewhere = new Map<string, Set<string>>();
  behaviour: 'accept' | 'refuse' | 'fail' | 'stall' = 'accept';
  statusAvailable = true;

  async lockSeats(request: SupplierSeatRequest, signal: AbortSignal): Promise<SupplierLockOutcome> {
    if (this.behaviour === 'stall') {
      await new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    }
    if (this.behaviour === 'fail') throw new Error('supplier returned 500');
    const key = this.key(request.supplier, request.externalEventId);
    const sold = this.soldElsewhere.get(key) ?? new Set();
    const refused = request.seatCodes.filter((code) => sold.has(code));
    if (this.behaviour === 'refuse' || refused.length > 0) return { outcome: 'refused', seats: refused.length > 0 ? refused : request.seatCodes };
    const locked = this.locked.get(key) ?? new Set<string>();
    request.seatCodes.forEach((code) => locked.add(code));
    this.locked.set(key, locked);
    return { outcome: 'locked' };
  }

  async unlockSeats(request: SupplierSeatRequest): Promise<void> {
    const locked = this.locked.get(this.key(request.supplier, request.externalEventId));
    request.seatCodes.forEach((code) => locked?.delete(code));
  }

  async unavailableSeats(supplier: string, externalEventId: string): Promise<string[]> {
    if (!this.statusAvailable) throw new Error('supplier status feed is down');
    return [...(this.soldElsewhere.get(this.key(supplier, externalEventId)) ?? [])];
  }

  private key(supplier: string, externalEventId: string): string {
    return `${supplier}:${externalEventId}`;
  }
}

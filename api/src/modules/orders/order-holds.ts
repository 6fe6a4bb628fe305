// What closing an unpaid order gives back is seating's (seating/order-seats.ts releaseForOrder);
// the type stays importable from here for the callers of `unpaid.close` that name it.
export type { ReleasedHolds } from '../seating/order-seats';

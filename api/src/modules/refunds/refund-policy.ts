/**
 * The refund rule, in one place: full refunds of valid, unused tickets of a paid order until
 * 24 hours before departure — unless the merchant cancelled the sailing, when the buyer never
 * had a choice and the window does not apply. The catalog, the buyer's and the CRM's order
 * views, the e-ticket PDF and the refund service all ask this module rather than repeat it.
 */
import { toMoscowIso } from '../../platform/time';
import type { OrderStatus } from '../orders/order-status';

/** Refunds close this long before departure. */
const REFUND_CUTOFF_MS = 24 * 3_600_000;

/**
 * The last moment a refund may be asked for (inclusive).
 *
 * @example refundDeadline(new Date('2031-06-12T16:00:00Z')) // 2031-06-11T16:00:00Z
 */
export function refundDeadline(startsAt: Date): Date {
  return new Date(startsAt.getTime() - REFUND_CUTOFF_MS);
}

/** The `refundPolicy` the API shows for a sailing: the deadline in UTC and in Moscow time. */
export interface RefundPolicyView {
  refundableUntil: string;
  refundableUntilLocal: string;
}

/**
 * The deadline as the API's responses carry it.
 *
 * @example refundPolicyView(new Date('2031-06-12T16:00:00Z'))
 * // { refundableUntil: '2031-06-11T16:00:00.000Z', refundableUntilLocal: '2031-06-11T19:00:00+03:00' }
 */
export function refundPolicyView(startsAt: Date): RefundPolicyView {
  const deadline = refundDeadline(startsAt);
  return { refundableUntil: deadline.toISOString(), refundableUntilLocal: toMoscowIso(deadline) };
}

/**
 * Whether a refund may be asked for at `now`: up to and including the deadline, or any time
 * for a sailing the merchant cancelled.
 *
 * @example isRefundWindowOpen({ startsAt, now: refundDeadline(startsAt) }) // true
 */
export function isRefundWindowOpen(input: { startsAt: Date; now: Date; sailingCancelled?: boolean }): boolean {
  return input.sailingCancelled === true || input.now.getTime() <= refundDeadline(input.startsAt).getTime();
}

/** Order statuses whose tickets can still be refunded: paid, fully or after some refunds. */
const REFUNDABLE_STATUSES: readonly OrderStatus[] = ['PAID', 'PARTIALLY_REFUNDED'];

/**
 * Whether an order in `status` can be refunded at all (the window aside).
 *
 * @example isOrderRefundable('PARTIALLY_REFUNDED') // true; 'REFUNDED' and 'PENDING' are not
 */
export function isOrderRefundable(status: OrderStatus): boolean {
  return REFUNDABLE_STATUSES.includes(status);
}

/** A ticket as the rule needs it. */
export interface RefundCandidate {
  status: 'valid' | 'void';
  boardedAt: Date | string | null;
  /** Taken by a refund already (pending or done); a cancelled refund frees it. */
  inRefund: boolean;
  /** Its order line's total (discount and VAT included): what refunding it returns. */
  totalKopecks: number;
}

/**
 * Whether a ticket can be refunded: valid, nobody boarded with it, and no other refund has it.
 *
 * @example isTicketRefundable({ status: 'valid', boardedAt: null, inRefund: false, totalKopecks: 190_000 }) // true
 */
export function isTicketRefundable(ticket: Omit<RefundCandidate, 'totalKopecks'>): boolean {
  return ticket.status === 'valid' && ticket.boardedAt === null && !ticket.inRefund;
}

/**
 * What refunding `tickets` returns: each ticket's full price, so the sum of their lines' totals.
 *
 * @example refundableAmount([{ totalKopecks: 190_000 }, { totalKopecks: 120_000 }]) // 310_000
 */
export function refundableAmount(tickets: ReadonlyArray<Pick<RefundCandidate, 'totalKopecks'>>): number {
  return tickets.reduce((sum, ticket) => sum + ticket.totalKopecks, 0);
}

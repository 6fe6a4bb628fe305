import type { OrderView } from './hooks';

type Ticket = OrderView['tickets'][number];

/** What the buyer may do about refunds now. */
export type RefundEligibility =
  /** Until `deadline` (the API's `refundPolicy.refundableUntil`): these tickets can be refunded in full. */
  | { kind: 'open'; deadline: string; tickets: Ticket[] }
  /** The deadline passed: no refunds any more. */
  | { kind: 'closed'; deadline: string }
  | { kind: 'none'; reason: 'not_paid' | 'all_refunded' | 'nothing_left' };

/**
 * Whether to offer a refund, read off what the API returns: the order's status, its
 * `refundPolicy.refundableUntil` and each ticket's `status` / `boardedAt`. The rule itself
 * (how long before departure, which statuses) lives in the API (refunds/refund-policy.ts); the
 * shop's Order carries no "refund open now" flag, so only the comparison with the clock and
 * the status check are done here, to show the button only when the request can succeed.
 */
export function refundEligibility(order: OrderView, now: number): RefundEligibility {
  if (order.status === 'REFUNDED') return { kind: 'none', reason: 'all_refunded' };
  if (order.status !== 'PAID' && order.status !== 'PARTIALLY_REFUNDED') return { kind: 'none', reason: 'not_paid' };
  const deadline = order.refundPolicy.refundableUntil;
  if (now > Date.parse(deadline)) return { kind: 'closed', deadline };
  const tickets = order.tickets.filter((ticket) => ticket.status === 'valid' && ticket.boardedAt === null);
  return tickets.length > 0 ? { kind: 'open', deadline, tickets } : { kind: 'none', reason: 'nothing_left' };
}

/**
 * What each ticket cost (its order line's total, discount and VAT included), which is what
 * refunding it returns: a seat's line by its seat code; general-admission places by ticket
 * type, in order.
 *
 * Kept because the API does not return it: a shop `Ticket` names neither its order line nor a
 * refund amount, and the amount comes back only in the refund's answer (`Refund.amountKopecks`,
 * which the panel shows once the refund is made). This is only the preview in the confirmation.
 */
export function ticketAmounts(order: OrderView): Map<string, number> {
  const amounts = new Map<string, number>();
  const unseated = new Map<string, number[]>();
  for (const line of order.lines) {
    if (line.seatCode !== null) continue;
    unseated.set(line.ticketTypeId, [...(unseated.get(line.ticketTypeId) ?? []), line.totalKopecks]);
  }
  for (const ticket of order.tickets) {
    if (ticket.seatCode !== null) {
      const line = order.lines.find((l) => l.seatCode === ticket.seatCode);
      if (line) amounts.set(ticket.id, line.totalKopecks);
    } else {
      const next = unseated.get(ticket.ticketTypeId)?.shift();
      if (next !== undefined) amounts.set(ticket.id, next);
    }
  }
  return amounts;
}

import {
  isOrderRefundable, isRefundWindowOpen, isTicketRefundable, refundableAmount, refundDeadline, refundPolicyView,
} from './refund-policy';

const SECOND = 1_000;
const HOUR = 3_600 * SECOND;
const startsAt = new Date('2031-06-12T16:00:00.000Z');
const before = (ms: number) => new Date(startsAt.getTime() - ms);

describe('refund window', () => {
  it('closes 24 hours before departure, shown in UTC and Moscow time', () => {
    expect(refundDeadline(startsAt)).toEqual(before(24 * HOUR));
    expect(refundPolicyView(startsAt)).toEqual({ refundableUntil: '2031-06-11T16:00:00.000Z', refundableUntilLocal: '2031-06-11T19:00:00+03:00' });
  });

  it.each([
    ['a second more than 24 h before departure', before(24 * HOUR + SECOND), false, true],
    ['exactly 24 h before departure', before(24 * HOUR), false, true],
    ['a second less than 24 h before departure', before(24 * HOUR - SECOND), false, false],
    ['an hour before departure', before(HOUR), false, false],
    ['after departure', new Date(startsAt.getTime() + HOUR), false, false],
    ['a second less than 24 h before a cancelled sailing', before(24 * HOUR - SECOND), true, true],
    ['after a cancelled sailing would have left', new Date(startsAt.getTime() + HOUR), true, true],
  ])('at %s: open = %s (sailing cancelled: %s)', (_when, now, sailingCancelled, open) => {
    expect(isRefundWindowOpen({ startsAt, now, sailingCancelled })).toBe(open);
  });
});

describe('what can be refunded', () => {
  it.each([
    ['PAID', true],
    ['PARTIALLY_REFUNDED', true],
    ['REFUNDED', false],
    ['PENDING', false],
    ['LOCKED', false],
    ['CANCELLED', false],
    ['EXPIRED', false],
  ] as const)('an order in %s: %s', (status, refundable) => {
    expect(isOrderRefundable(status)).toBe(refundable);
  });

  it.each([
    ['valid and unused', { status: 'valid', boardedAt: null, inRefund: false }, true],
    ['void (refunded already)', { status: 'void', boardedAt: null, inRefund: false }, false],
    ['boarded', { status: 'valid', boardedAt: new Date(), inRefund: false }, false],
    ['in a pending refund', { status: 'valid', boardedAt: null, inRefund: true }, false],
  ] as const)('a ticket %s: %s', (_name, ticket, refundable) => {
    expect(isTicketRefundable(ticket)).toBe(refundable);
  });

  it('returns the full price of what is left of a partially refunded order', () => {
    const tickets = [
      { status: 'void', boardedAt: null, inRefund: false, totalKopecks: 190_000 },
      { status: 'valid', boardedAt: null, inRefund: false, totalKopecks: 120_000 },
      { status: 'valid', boardedAt: null, inRefund: false, totalKopecks: 135_000 },
      { status: 'valid', boardedAt: '2031-06-12T15:50:00.000Z', inRefund: false, totalKopecks: 150_000 },
    ] as const;
    expect(refundableAmount(tickets.filter(isTicketRefundable))).toBe(255_000);
    expect(refundableAmount([])).toBe(0);
  });
});

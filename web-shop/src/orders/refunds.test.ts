import { describe, expect, it } from '@jest/globals';
import type { OrderView } from './hooks';
import { refundEligibility, ticketAmounts } from './refunds';

const startsAt = '2031-06-12T16:00:00.000Z';
const deadline = '2031-06-11T16:00:00.000Z';
const ADULT = '00000000-0000-4000-8000-00000000000a';
const CHILD = '00000000-0000-4000-8000-00000000000c';

function line(id: string, seatCode: string | null, ticketTypeId: string, totalKopecks: number) {
  return { id, seatCode, ticketTypeId, seatCategoryId: null, description: id, unitPriceKopecks: totalKopecks, discountKopecks: 0, vatMode: 'included' as const, vatPercent: 20, vatKopecks: 0, totalKopecks };
}
function ticket(id: string, seatCode: string | null, ticketTypeId = ADULT, status: 'valid' | 'void' = 'valid', boardedAt: string | null = null) {
  return { id, code: id.toUpperCase(), seatCode, ticketTypeId, status, boardedAt, qrPayload: 'x' };
}
function order(overrides: Partial<OrderView>): OrderView {
  return {
    id: 'o',
    number: 'P-000001',
    status: 'PAID',
    event: { id: 'e', title: 'Вечерняя Нева', startsAt, startsAtLocal: '2031-06-12T19:00:00+03:00' },
    customer: { fullName: 'Иванова Мария', email: 'maria@example.ru', phone: '+79211234567' },
    locale: 'ru',
    lines: [line('l1', 'D1-R1-S1', ADULT, 190_000), line('l2', 'D1-R1-S2', CHILD, 120_000)],
    subtotalKopecks: 310_000,
    discountKopecks: 0,
    vatKopecks: 0,
    totalKopecks: 310_000,
    currency: 'RUB',
    promoCode: null,
    paymentWindowEndsAt: startsAt,
    payment: null,
    refundPolicy: { refundableUntil: deadline, refundableUntilLocal: '2031-06-11T19:00:00+03:00' },
    tickets: [ticket('t1', 'D1-R1-S1'), ticket('t2', 'D1-R1-S2', CHILD)],
    createdAt: startsAt,
    ...overrides,
  };
}

describe('refundEligibility', () => {
  const before = Date.parse(deadline) - 60_000;
  const after = Date.parse(deadline) + 1;

  it('offers the valid, unused tickets until the deadline, the deadline minute included', () => {
    const o = order({ status: 'PARTIALLY_REFUNDED', tickets: [ticket('t1', 'D1-R1-S1', ADULT, 'void'), ticket('t2', 'D1-R1-S2', CHILD), ticket('t3', 'D1-R1-S3', ADULT, 'valid', startsAt)] });
    expect(refundEligibility(o, before)).toEqual({ kind: 'open', deadline, tickets: [o.tickets[1]] });
    expect(refundEligibility(o, Date.parse(deadline)).kind).toBe('open');
  });

  it('is closed after the deadline, and says nothing about orders that were never paid or are refunded', () => {
    expect(refundEligibility(order({}), after)).toEqual({ kind: 'closed', deadline });
    expect(refundEligibility(order({ status: 'PENDING' }), before)).toEqual({ kind: 'none', reason: 'not_paid' });
    expect(refundEligibility(order({ status: 'REFUNDED' }), before)).toEqual({ kind: 'none', reason: 'all_refunded' });
    expect(refundEligibility(order({ tickets: [ticket('t1', 'D1-R1-S1', ADULT, 'void')] }), before)).toEqual({ kind: 'none', reason: 'nothing_left' });
  });
});

describe('ticketAmounts', () => {
  it('gives each seat its line’s total, and general-admission places their type’s lines in order', () => {
    expect(ticketAmounts(order({}))).toEqual(new Map([['t1', 190_000], ['t2', 120_000]]));
    const ga = order({
      lines: [line('l1', null, ADULT, 150_000), line('l2', null, ADULT, 135_000), line('l3', null, CHILD, 100_000)],
      tickets: [ticket('a', null), ticket('b', null), ticket('c', null, CHILD)],
    });
    expect(ticketAmounts(ga)).toEqual(new Map([['a', 150_000], ['b', 135_000], ['c', 100_000]]));
  });
});

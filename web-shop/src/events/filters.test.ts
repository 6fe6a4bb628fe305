import { describe, expect, it } from '@jest/globals';
import { availabilityOf } from './availability';
import { apiQueryOf, filtersFromParams, NO_FILTERS, paramsFromFilters } from './filters';

const ROUTE = '0b5c5c0e-3a4f-4c59-9d0e-6f5a1d2f8f11';

describe('list filters', () => {
  it('round-trips through the URL and leaves out what is "any"', () => {
    const filters = { ...NO_FILTERS, q: 'петергоф', date: '2031-06-12', routeId: ROUTE, kind: 'event' as const, priceMax: '2500' };
    const params = paramsFromFilters(filters);
    expect(params).toEqual({ q: 'петергоф', date: '2031-06-12', route: ROUTE, kind: 'event', priceMax: '2500' });
    expect(filtersFromParams(new URLSearchParams(params))).toEqual(filters);
  });

  it('drops values the API would refuse instead of failing the page', () => {
    const filters = filtersFromParams(new URLSearchParams({ date: 'tomorrow', route: 'abc', kind: 'party', priceMin: '-5', berth: ROUTE }));
    expect(filters).toEqual({ ...NO_FILTERS, berthId: ROUTE });
  });

  it('asks the API for a whole Moscow day and prices in kopecks, swapping reversed bounds', () => {
    expect(apiQueryOf({ ...NO_FILTERS, date: '2031-06-12', priceMin: '3000', priceMax: '1000' })).toEqual({
      dateFrom: '2031-06-12',
      dateTo: '2031-06-12',
      priceMin: 100_000,
      priceMax: 300_000,
    });
    expect(apiQueryOf(NO_FILTERS)).toEqual({});
  });
});

describe('"few seats left"', () => {
  it('flags a sailing when under 10 % of its places remain, and sold-out at none', () => {
    expect(availabilityOf(10, 100)).toBe('available');
    expect(availabilityOf(9, 100)).toBe('few');
    expect(availabilityOf(1, 156)).toBe('few');
    expect(availabilityOf(0, 156)).toBe('soldOut');
  });
});

import type { paths } from '@prichal/sdk';

export type EventKind = 'excursion' | 'event';

/**
 * What narrows the sailing list, as the buyer sees it: text, a Moscow day, a route, a berth,
 * a kind and a price range in whole roubles. Empty strings mean "any". They live in the URL
 * (`?q=…&date=…&route=…`), so a filtered list can be shared and survives the back button.
 */
export interface EventListFilters {
  q: string;
  date: string;
  routeId: string;
  berthId: string;
  kind: EventKind | '';
  priceMin: string;
  priceMax: string;
}

export const NO_FILTERS: EventListFilters = { q: '', date: '', routeId: '', berthId: '', kind: '', priceMin: '', priceMax: '' };

const PARAM: Record<keyof EventListFilters, string> = {
  q: 'q', date: 'date', routeId: 'route', berthId: 'berth', kind: 'kind', priceMin: 'priceMin', priceMax: 'priceMax',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROUBLES = /^\d{1,7}$/;

/** Reads filters from a query string, dropping values the API would refuse. */
export function filtersFromParams(params: URLSearchParams): EventListFilters {
  const get = (key: keyof EventListFilters) => params.get(PARAM[key])?.trim() ?? '';
  const kind = get('kind');
  return {
    q: get('q').slice(0, 100),
    date: DATE.test(get('date')) ? get('date') : '',
    routeId: UUID.test(get('routeId')) ? get('routeId') : '',
    berthId: UUID.test(get('berthId')) ? get('berthId') : '',
    kind: kind === 'excursion' || kind === 'event' ? kind : '',
    priceMin: ROUBLES.test(get('priceMin')) ? String(Number(get('priceMin'))) : '',
    priceMax: ROUBLES.test(get('priceMax')) ? String(Number(get('priceMax'))) : '',
  };
}

/** The query string of `filters`, leaving out what is "any". */
export function paramsFromFilters(filters: EventListFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of Object.keys(PARAM) as Array<keyof EventListFilters>) {
    if (filters[key]) params[PARAM[key]] = filters[key];
  }
  return params;
}

export function hasFilters(filters: EventListFilters): boolean {
  return Object.values(filters).some(Boolean);
}

type ListQuery = NonNullable<paths['/events']['get']['parameters']['query']>;

/** The API's query for `filters`: the day becomes both bounds (bare dates are Moscow days), roubles become kopecks. */
export function apiQueryOf(filters: EventListFilters): ListQuery {
  const query: ListQuery = {};
  if (filters.q) query.q = filters.q;
  if (filters.date) {
    query.dateFrom = filters.date;
    query.dateTo = filters.date;
  }
  if (filters.routeId) query.routeId = filters.routeId;
  if (filters.berthId) query.berthId = filters.berthId;
  if (filters.kind) query.kind = filters.kind;
  let min = filters.priceMin ? Number(filters.priceMin) * 100 : undefined;
  let max = filters.priceMax ? Number(filters.priceMax) * 100 : undefined;
  // The API refuses min > max; read swapped bounds the way the buyer meant them.
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  if (min !== undefined) query.priceMin = min;
  if (max !== undefined) query.priceMax = max;
  return query;
}

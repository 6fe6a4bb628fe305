import { unwrap } from '@prichal/sdk';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { useLang } from '../i18n';
import { apiQueryOf, type EventListFilters } from './filters';
import { eventKeys } from './keys';

export const EVENTS_PAGE_SIZE = 12;

/** Upcoming sailings matching `filters`, a page at a time (`fetchNextPage` follows `nextCursor`). */
export function useEventList(filters: EventListFilters) {
  const lang = useLang();
  return useInfiniteQuery({
    queryKey: eventKeys.list(lang, filters),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/events', {
          params: { query: { lang, limit: EVENTS_PAGE_SIZE, ...apiQueryOf(filters), ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Keep showing the previous results while a new search or language loads.
    placeholderData: keepPreviousData,
  });
}

/** Routes, berths and the price range to filter by. */
export function useEventFilterOptions() {
  const lang = useLang();
  return useQuery({
    queryKey: eventKeys.filterOptions(lang),
    queryFn: async ({ signal }) => unwrap(await api.GET('/event-filters', { params: { query: { lang } }, signal })),
    staleTime: 5 * 60_000,
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can name a sailing at all (the API rejects anything but a UUID with a 400). */
export function isEventId(id: string): boolean {
  return UUID.test(id);
}

/** One sailing with its route, berth and vessel; nothing is fetched for an `id` that is no UUID. */
export function useEvent(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: eventKeys.detail(lang, id),
    enabled: isEventId(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/events/{id}', { params: { path: { id }, query: { lang } }, signal })),
  });
}

export function useTicketTypes(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: eventKeys.ticketTypes(lang, id),
    enabled: isEventId(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/events/{id}/ticket-types', { params: { path: { id }, query: { lang } }, signal })),
  });
}

export function usePrices(id: string) {
  return useQuery({
    queryKey: eventKeys.prices(id),
    enabled: isEventId(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/events/{id}/prices', { params: { path: { id } }, signal })),
  });
}

export function useSeatLayout(id: string, enabled = true) {
  const lang = useLang();
  return useQuery({
    queryKey: eventKeys.layout(lang, id),
    enabled: enabled && isEventId(id),
    staleTime: 10 * 60_000,
    queryFn: async ({ signal }) => unwrap(await api.GET('/events/{id}/seat-layout', { params: { path: { id }, query: { lang } }, signal })),
  });
}

import { unwrap } from '@prichal/sdk';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { useLang } from '../i18n';
import { eventKeys } from './keys';
import type { EventListFilters } from './types';

export const EVENTS_PAGE_SIZE = 20;

/** Upcoming sailings matching `filters`, a page at a time (`fetchNextPage` follows `nextCursor`). */
export function useEventList(filters: EventListFilters) {
  const lang = useLang();
  return useInfiniteQuery({
    queryKey: eventKeys.list(lang, filters),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/events', {
          params: {
            query: {
              lang,
              limit: EVENTS_PAGE_SIZE,
              ...(filters.q ? { q: filters.q } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Keep showing the previous results while a new search or language loads.
    placeholderData: keepPreviousData,
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
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/events/{id}', { params: { path: { id }, query: { lang } }, signal })),
  });
}

import { unwrap } from '@prichal/sdk';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../api';
import { useLang } from '../i18n';
import { eventKeys } from './keys';
import type { EventListFilters } from './types';

export const EVENTS_PAGE_SIZE = 50;

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
    // Keep showing the previous rows while a new search or language loads.
    placeholderData: keepPreviousData,
  });
}

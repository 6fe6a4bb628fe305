import type { Lang } from '@prichal/sdk';
import type { EventListFilters } from './filters';

/**
 * React Query keys of the events domain. The language is part of every key: the API answers
 * in it, so each language is cached apart. Invalidate `eventKeys.all` to refetch everything.
 */
export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (lang: Lang, filters: EventListFilters) => [...eventKeys.lists(), lang, filters] as const,
  filterOptions: (lang: Lang) => [...eventKeys.all, 'filters', lang] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (lang: Lang, id: string) => [...eventKeys.details(), lang, id] as const,
  layout: (lang: Lang, id: string) => [...eventKeys.detail(lang, id), 'layout'] as const,
  ticketTypes: (lang: Lang, id: string) => [...eventKeys.detail(lang, id), 'ticketTypes'] as const,
  prices: (id: string) => [...eventKeys.all, 'prices', id] as const,
};

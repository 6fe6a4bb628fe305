import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { trackFunnel, trackSearch } from '../analytics/matomo';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { EventCard } from './EventCard';
import { EventFiltersForm } from './EventFiltersForm';
import { filtersFromParams, hasFilters, paramsFromFilters, type EventListFilters } from './filters';
import { useEventList } from './hooks';
import { SearchBox } from './SearchBox';

/** `/events`: upcoming sailings with search and filters (in the URL, shareable) and "show more". */
export function EventListPage() {
  const { t } = useTranslation();
  usePageTitle(t('events.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const list = useEventList(filters);
  const events = list.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = useCallback((next: EventListFilters) => setParams(paramsFromFilters(next), { replace: true }), [setParams]);
  const onSearch = useCallback((q: string) => apply({ ...filters, q }), [apply, filters]);

  useEffect(() => trackFunnel('list_viewed'), []);
  // One site search per new text, once its first page has come back.
  const searched = useRef('');
  const firstPage = list.data?.pages[0];
  useEffect(() => {
    if (!filters.q || list.isPlaceholderData || !firstPage || searched.current === filters.q) return;
    searched.current = filters.q;
    trackSearch(filters.q, firstPage.nextCursor ? false : firstPage.items.length);
  }, [filters.q, firstPage, list.isPlaceholderData]);

  return (
    <section className="page" aria-labelledby="events-title">
      <h1 id="events-title">{t('events.title')}</h1>
      <SearchBox value={filters.q} onSearch={onSearch} />
      <EventFiltersForm filters={filters} onChange={apply} />

      {list.isPending && <Loading>{t('events.loading')}</Loading>}
      {list.isError && !list.isFetchNextPageError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && events.length === 0 && (
        <Empty>{filters.q ? t('events.emptySearch', { q: filters.q }) : hasFilters(filters) ? t('events.emptyFilters') : t('events.empty')}</Empty>
      )}

      {events.length > 0 && (
        <ul className="cards" aria-busy={list.isPlaceholderData} aria-label={t('events.results')}>
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}

      {list.isFetchNextPageError && <ErrorMessage error={list.error} onRetry={() => void list.fetchNextPage()} />}
      {list.hasNextPage && !list.isFetchNextPageError && (
        <div className="more">
          <button
            type="button"
            className="button button--secondary"
            disabled={list.isFetchingNextPage || list.isPlaceholderData}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? t('events.loadingMore') : t('events.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { EventCard } from './EventCard';
import { useEventList } from './hooks';
import { SearchBox } from './SearchBox';

/** `/events`: upcoming sailings with search (`?q=`, shareable) and "show more". */
export function EventListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const list = useEventList({ q });
  const events = list.data?.pages.flatMap((page) => page.items) ?? [];

  const onSearch = useCallback(
    (next: string) => setParams(next ? { q: next } : {}, { replace: true }),
    [setParams],
  );

  return (
    <section className="page" aria-labelledby="events-title">
      <h1 id="events-title">{t('events.title')}</h1>
      <SearchBox value={q} onSearch={onSearch} />

      {list.isPending && <Loading>{t('events.loading')}</Loading>}
      {list.isError && !list.isFetchNextPageError && (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      )}
      {list.isSuccess && events.length === 0 && (
        <Empty>{q ? t('events.emptySearch', { q }) : t('events.empty')}</Empty>
      )}

      {events.length > 0 && (
        <ul className="cards" aria-busy={list.isPlaceholderData}>
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}

      {list.isFetchNextPageError && (
        <ErrorMessage error={list.error} onRetry={() => void list.fetchNextPage()} />
      )}
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

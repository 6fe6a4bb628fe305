import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListFoot } from '../ui/ListFoot';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { EventTable } from './EventTable';
import { useEventList } from './hooks';
import { SearchBox } from './SearchBox';

/** `/admin/events`: upcoming sailings with search (`?q=`) and "load more". */
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
      <div className="page__head">
        <h1 id="events-title">{t('events.title')}</h1>
        <p className="muted">{t('events.timeZoneNote')}</p>
      </div>
      <SearchBox value={q} onSearch={onSearch} />

      {list.isPending && <Loading>{t('events.loading')}</Loading>}
      {list.isError && !list.isFetchNextPageError && (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      )}
      {list.isSuccess && events.length === 0 && (
        <Empty>{q ? t('events.emptySearch', { q }) : t('events.empty')}</Empty>
      )}
      {events.length > 0 && <EventTable events={events} busy={list.isPlaceholderData} />}

      <ListFoot list={list} shown={events.length} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './Status';

/** What ListFoot needs of a server-paged list (a @tanstack/react-query infinite query). */
interface PagedList {
  error: unknown;
  hasNextPage: boolean;
  isFetchNextPageError: boolean;
  isFetchingNextPage: boolean;
  isPlaceholderData: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * Under a server-paged list: a retry when the next page failed, how many rows are shown, and
 * "Load more" while there are more.
 *
 * @example
 * <ListFoot list={list} shown={orders.length} />
 */
export function ListFoot({ list, shown }: { list: PagedList; shown: number }) {
  const { t } = useTranslation();
  return (
    <>
      {list.isFetchNextPageError && <ErrorMessage error={list.error} onRetry={() => void list.fetchNextPage()} />}
      <div className="page__foot">
        {shown > 0 && <p className="muted">{t('common.shown', { count: shown })}</p>}
        {list.hasNextPage && !list.isFetchNextPageError && (
          <button
            type="button"
            className="button button--secondary"
            disabled={list.isFetchingNextPage || list.isPlaceholderData}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </button>
        )}
      </div>
    </>
  );
}

import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../ui/Status';

/** What a route shows while its page's code loads. */
function PageLoading() {
  const { t } = useTranslation();
  return <Loading>{t('app.loadingPage')}</Loading>;
}

/**
 * A page whose code is split into its own chunk and fetched on first visit, so signing in
 * does not download every section: `lazyPage(() => import('../orders/OrderPage'), 'OrderPage')`.
 * Pages of one section share their hooks and components through common chunks.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}

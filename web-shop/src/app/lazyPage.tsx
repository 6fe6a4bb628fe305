import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../ui/Status';

/** What a route shows while its page's code loads. */
function PageLoading() {
  const { t } = useTranslation();
  return <Loading>{t('app.loadingPage')}</Loading>;
}

/**
 * A page whose code is split into its own chunk and fetched on first visit:
 * `lazyPage(() => import('../events/EventPage'), 'EventPage')`.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}

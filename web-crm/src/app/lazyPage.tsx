import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../ui/Status';

/** What the first page of a visit shows while its section's code loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <main className="content">
      <Loading>{t('app.loadingPage')}</Loading>
    </main>
  );
}

/**
 * A route whose page is split into its own chunk, fetched by the router as the navigation
 * starts (in parallel with nothing else to wait for; the current page stays until it is
 * there): `{ path: 'orders/:orderId', lazy: lazyPage(() => import('../orders/OrderPage'), 'OrderPage') }`.
 * The router's own `lazy` rather than React.lazy: no Suspense fallback flashes, and no
 * throttled reveal delays each section's first page.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return async () => ({ Component: (await load())[name] });
}

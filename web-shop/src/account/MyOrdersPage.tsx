import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { accountKeys } from './keys';
import { me, useCustomerSession } from './session';

const PAGE_SIZE = 20;
/** Orders whose tickets were issued: their count of valid tickets says more than the places ordered. */
const ISSUED = new Set(['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED']);

/** `/account/orders`: the customer's orders, newest first. */
export function MyOrdersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('account.orders.title'));
  const state = useCustomerSession();
  const orders = useInfiniteQuery({
    queryKey: accountKeys.orders(lang),
    queryFn: ({ pageParam, signal }) => me.myOrders({ limit: PAGE_SIZE, lang, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 0,
  });
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const unverified = state.status === 'signedIn' && !state.customer.emailVerified;

  return (
    <section className="page" aria-labelledby="orders-title">
      <h1 id="orders-title">{t('account.orders.title')}</h1>
      {unverified && (
        <p className="status status--warning">
          {t('account.orders.confirmToSee')} <Link to="/account">{t('account.nav.profile')}</Link>
        </p>
      )}
      {orders.isPending && <Loading>{t('account.orders.loading')}</Loading>}
      {orders.isError && <ErrorMessage error={orders.error} onRetry={() => void orders.refetch()} />}
      {orders.isSuccess && items.length === 0 && (
        <Empty>
          {t('account.orders.empty')} <Link to="/events">{t('order.moreSailings')}</Link>
        </Empty>
      )}
      {items.length > 0 && (
        <ul className="order-list">
          {items.map((order) => (
            <li key={order.id} className="order-card" data-testid="my-order">
              <p className="order-card__head">
                <Link to={`/account/orders/${order.id}`}>{t('account.orders.number', { number: order.number })}</Link>
                <span className={`badge badge--${order.status === 'PAID' ? 'success' : 'muted'}`}>{t(`account.orders.status.${order.status}`)}</span>
              </p>
              <p>
                <strong>{order.sailing.title}</strong> · <time dateTime={order.sailing.startsAt}>{formatDateTime(order.sailing.startsAt, lang)}</time>
              </p>
              <p className="muted">
                {ISSUED.has(order.status) ? t('account.orders.tickets', { count: order.ticketsCount }) : t('account.orders.places', { count: order.placesCount })} ·{' '}
                {formatPrice(order.totalKopecks, lang)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {orders.hasNextPage && (
        <div className="more">
          <button type="button" className="button button--secondary" onClick={() => void orders.fetchNextPage()} disabled={orders.isFetchingNextPage}>
            {orders.isFetchingNextPage ? t('events.loadingMore') : t('events.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

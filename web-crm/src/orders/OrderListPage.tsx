import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useUrlFilters } from '../lib/filters';
import { ListFoot } from '../ui/ListFoot';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { ExportButton } from './ExportButton';
import { useOrderList } from './hooks';
import { OrderFiltersForm } from './OrderFiltersForm';
import { OrderTable } from './OrderTable';
import { ORDER_FILTERS, type OrderSort } from './types';

/** `/admin/orders`: every order, filtered, sorted and paged on the server; filters live in the URL. */
export function OrderListPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [filters, setFilters] = useUrlFilters(ORDER_FILTERS);
  const list = useOrderList(filters);
  const orders = list.data?.pages.flatMap((page) => page.items) ?? [];
  const sort: OrderSort = (['-createdAt', 'createdAt', '-total', 'total'] as const).find((s) => s === filters.sort) ?? '-createdAt';
  const filtered = ORDER_FILTERS.some((key) => key !== 'sort' && filters[key] !== '');

  return (
    <section className="page" aria-labelledby="orders-title">
      <div className="page__head">
        <h1 id="orders-title">{t('orders.title')}</h1>
        <p className="muted">{t('common.moscowTime')}</p>
        <div className="page__tools">
          {auth.can('customers:read') && <ExportButton filters={filters} />}
          {auth.can('orders:write') && (
            <Link to="/orders/new" className="button">
              {t('orders.new')}
            </Link>
          )}
        </div>
      </div>
      <OrderFiltersForm value={filters} onApply={setFilters} />

      {list.isPending && <Loading>{t('orders.loading')}</Loading>}
      {list.isError && !list.isFetchNextPageError && (
        <ErrorMessage
          error={list.error}
          onRetry={() => void list.refetch()}
          fields={{ email: t('orders.filters.email'), phone: t('orders.filters.phone'), q: t('orders.filters.q'), dateFrom: t('orders.filters.dateFrom'), dateTo: t('orders.filters.dateTo') }}
        />
      )}
      {list.isSuccess && orders.length === 0 && <Empty>{filtered ? t('orders.emptyFiltered') : t('orders.empty')}</Empty>}
      {orders.length > 0 && (
        <OrderTable orders={orders} busy={list.isPlaceholderData} sort={sort} onSort={(next) => setFilters({ sort: next === '-createdAt' ? '' : next })} />
      )}
      <ListFoot list={list} shown={orders.length} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import { StatusBadge } from './StatusBadge';
import type { AdminOrderSummary, OrderSort } from './types';

type SortField = 'createdAt' | 'total';

/** A column header that sorts the server's list: first click descending, then ascending. */
function SortHeader({ field, sort, onSort, children }: { field: SortField; sort: OrderSort; onSort: (sort: OrderSort) => void; children: string }) {
  const active = sort === field || sort === `-${field}`;
  const descending = sort.startsWith('-');
  const next: OrderSort = active && descending ? field : `-${field}`;
  return (
    <th scope="col" className={field === 'total' ? 'num sortable' : 'sortable'} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => onSort(next)}>
        {children} {active ? (descending ? '↓' : '↑') : ''}
      </button>
    </th>
  );
}

export function OrderTable({
  orders,
  busy,
  sort,
  onSort,
}: {
  orders: AdminOrderSummary[];
  busy: boolean;
  sort: OrderSort;
  onSort: (sort: OrderSort) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();

  return (
    <div className="table-wrap" role="region" aria-labelledby="orders-title" tabIndex={0}>
      <table className="table" aria-busy={busy}>
        <caption className="visually-hidden">{t('orders.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('orders.columns.number')}</th>
            <SortHeader field="createdAt" sort={sort} onSort={onSort}>
              {t('orders.columns.createdAt')}
            </SortHeader>
            <th scope="col">{t('orders.columns.customer')}</th>
            <th scope="col">{t('orders.columns.sailing')}</th>
            <th scope="col" className="num">
              {t('orders.columns.tickets')}
            </th>
            <SortHeader field="total" sort={sort} onSort={onSort}>
              {t('orders.columns.total')}
            </SortHeader>
            <th scope="col">{t('orders.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row" className="nowrap">
                <Link to={`/orders/${order.id}`}>{order.number}</Link>
              </th>
              <td className="nowrap">
                <time dateTime={order.createdAt}>{formatDateTime(order.createdAt, lang)}</time>
              </td>
              <td>
                {order.customer.fullName}
                <div className="muted">
                  {order.customer.phone} · {order.customer.email}
                </div>
              </td>
              <td>
                {order.event.title}
                <div className="muted">
                  <time dateTime={order.event.startsAt}>{formatDateTime(order.event.startsAt, lang)}</time>
                </div>
              </td>
              <td className="num">{order.ticketCount}</td>
              <td className="num nowrap">{formatPrice(order.totalKopecks, lang)}</td>
              <td>
                <StatusBadge status={order.status} />
                {order.needsReview && <span className="badge badge--bad">{t('orders.needsReview')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

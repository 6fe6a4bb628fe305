import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { useUrlFilters } from '../lib/filters';
import { Field } from '../ui/Field';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { SAILING_FILTERS, SAILINGS_PAGE_SIZE, useRoutes, useSailings, useVessels } from './hooks';
import { localized } from './types';

/** `/admin/catalog/sailings`: every sailing, past and cancelled too, filtered on the server. */
export function SailingsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const [filters, setFilters] = useUrlFilters(SAILING_FILTERS);
  const [page, setPage] = useState(0);
  const [applied, setApplied] = useState(filters);
  if (applied !== filters) {
    setApplied(filters);
    setPage(0);
  }
  const sailings = useSailings(filters, page);
  const routes = useRoutes();
  const vessels = useVessels();
  const routeName = (id: string) => localized(routes.data?.find((r) => r.id === id)?.name, lang);
  const vesselName = (id: string) => localized(vessels.data?.find((v) => v.id === id)?.name, lang);
  const select = (key: 'routeId' | 'vesselId' | 'status') => ({ value: filters[key], onChange: (e: { target: { value: string } }) => setFilters({ [key]: e.target.value }) });

  return (
    <section className="page" aria-labelledby="sailings-title">
      <div className="page__head">
        <h1 id="sailings-title">{t('catalog.tabs.sailings')}</h1>
        <p className="muted">{t('common.moscowTime')}</p>
        {auth.can('catalog:write') && (
          <div className="page__tools">
            <Link to="/catalog/sailings/new" className="button">
              {t('catalog.sailings.add')}
            </Link>
          </div>
        )}
      </div>
      <div className="filters card" role="search" aria-label={t('common.filters')}>
        <Field label={t('common.dateFrom')}>
          <input type="date" value={filters.dateFrom} onChange={(e) => setFilters({ dateFrom: e.target.value })} />
        </Field>
        <Field label={t('common.dateTo')}>
          <input type="date" value={filters.dateTo} onChange={(e) => setFilters({ dateTo: e.target.value })} />
        </Field>
        <Field label={t('catalog.sailings.status')}>
          <select {...select('status')}>
            <option value="">{t('common.any')}</option>
            <option value="scheduled">{t('catalog.sailings.statuses.scheduled')}</option>
            <option value="cancelled">{t('catalog.sailings.statuses.cancelled')}</option>
          </select>
        </Field>
        <Field label={t('orders.sailing.route')}>
          <select {...select('routeId')}>
            <option value="">{t('common.any')}</option>
            {routes.data?.map((r) => (
              <option key={r.id} value={r.id}>
                {localized(r.name, lang)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('orders.sailing.vessel')}>
          <select {...select('vesselId')}>
            <option value="">{t('common.any')}</option>
            {vessels.data?.map((v) => (
              <option key={v.id} value={v.id}>
                {localized(v.name, lang)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {sailings.isPending && <Loading>{t('catalog.loading')}</Loading>}
      {sailings.isError && <ErrorMessage error={sailings.error} onRetry={() => void sailings.refetch()} />}
      {sailings.data?.length === 0 && <Empty>{t('catalog.empty')}</Empty>}
      {sailings.data && sailings.data.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="sailings-title" tabIndex={0}>
          <table className="table table--compact" aria-busy={sailings.isPlaceholderData}>
            <thead>
              <tr>
                <th scope="col">{t('orders.sailing.name')}</th>
                <th scope="col">{t('orders.sailing.departure')}</th>
                <th scope="col">{t('orders.sailing.route')}</th>
                <th scope="col">{t('orders.sailing.vessel')}</th>
                <th scope="col" className="num">{t('catalog.sailings.sold')}</th>
                <th scope="col">{t('catalog.sailings.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sailings.data.map((s) => (
                <tr key={s.id} className={s.status === 'cancelled' ? 'is-cancelled' : undefined}>
                  <th scope="row">
                    <Link to={`/catalog/sailings/${s.id}`}>{localized(s.title, lang)}</Link>
                  </th>
                  <td className="nowrap">{formatDateTime(s.startsAt, lang)}</td>
                  <td>{routeName(s.routeId)}</td>
                  <td>{vesselName(s.vesselId)}</td>
                  <td className="num">{s.soldTickets}</td>
                  <td>{t(`catalog.sailings.statuses.${s.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="page__foot">
        <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
          ← {t('catalog.prev')}
        </button>
        <span className="muted">{t('catalog.pageN', { n: page + 1 })}</span>
        <button
          type="button"
          className="button button--secondary"
          disabled={(sailings.data?.length ?? 0) < SAILINGS_PAGE_SIZE}
          onClick={() => setPage(page + 1)}
        >
          {t('catalog.next')} →
        </button>
      </div>
    </section>
  );
}

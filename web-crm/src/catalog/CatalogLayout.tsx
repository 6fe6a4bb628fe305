import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

export const CATALOG_TABS = ['sailings', 'vessels', 'berths', 'routes', 'ticket-types', 'seat-categories', 'promo-codes'] as const;

/** `/admin/catalog/*`: the catalog's parts as tabs above the page. */
export function CatalogLayout() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <nav className="tabs" aria-label={t('catalog.title')}>
        {CATALOG_TABS.map((tab) => (
          <NavLink key={tab} to={`/catalog/${tab}`}>
            {t(`catalog.tabs.${tab}`)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}

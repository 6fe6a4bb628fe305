import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/Status';
import { loginPath } from './nextPath';
import { useCustomerSession } from './session';

/**
 * The signed-in part of the account (`/account`, `/account/orders…`): its tabs, and the way to
 * the login page for anyone not signed in, who comes back here afterwards.
 */
export function AccountLayout() {
  const { t } = useTranslation();
  const state = useCustomerSession();
  const location = useLocation();

  if (state.status === 'restoring') return <Loading>{t('account.restoring')}</Loading>;
  if (state.status === 'anonymous') return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return (
    <div className="account">
      <nav aria-label={t('account.nav.label')} className="tabs">
        <NavLink to="/account/orders">{t('account.nav.orders')}</NavLink>
        <NavLink to="/account" end>
          {t('account.nav.profile')}
        </NavLink>
      </nav>
      <Outlet />
    </div>
  );
}

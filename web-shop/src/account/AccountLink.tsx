import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCustomerSession } from './session';

/** The header's account entry: "Log in", or the signed-in customer's account. */
export function AccountLink() {
  const { t } = useTranslation();
  const state = useCustomerSession();
  if (state.status === 'restoring') return null;
  if (state.status === 'anonymous') {
    return (
      <NavLink to="/account/login" data-testid="login-link">
        {t('nav.login')}
      </NavLink>
    );
  }
  const who = state.customer.fullName?.trim() || state.customer.email;
  return (
    <NavLink to="/account/orders" className="nav__account" data-testid="account-link">
      {t('nav.account')}
      <span className="nav__who">{who}</span>
    </NavLink>
  );
}

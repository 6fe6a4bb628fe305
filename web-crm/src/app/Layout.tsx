import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigation } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { MENU } from './sections';

/** The CRM's frame: a menu of the sections the user may read, who is signed in, the page. */
export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const items = MENU.filter((item) => auth.can(item.needs));
  // A section's first page is fetched as the navigation starts; the bar shows it is coming.
  const navigating = useNavigation().state === 'loading';

  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          {t('app.name')} <span className="brand__section">{t('app.section')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="nav">
          {items.map((item) => (
            <NavLink key={item.key} to={item.path}>
              {t(`nav.${item.key}`)}
            </NavLink>
          ))}
        </nav>
        <div className="user-menu">
          <NavLink to="/account" className="user-menu__name" title={auth.me?.email}>
            {auth.me?.name}
          </NavLink>
          <button type="button" className="button button--on-dark" onClick={() => void auth.signOut()}>
            {t('auth.signOut')}
          </button>
        </div>
        <LanguageSwitcher />
      </header>
      {navigating && <div className="route-progress" aria-hidden="true" />}
      <main id="main" className="content" tabIndex={-1} aria-busy={navigating}>
        <Outlet />
      </main>
    </>
  );
}

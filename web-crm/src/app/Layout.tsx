import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';

export function Layout() {
  const { t } = useTranslation();

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
          <NavLink to="/events">{t('nav.events')}</NavLink>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

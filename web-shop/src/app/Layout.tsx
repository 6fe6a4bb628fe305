import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { AccountLink } from '../account/AccountLink';
import { PageViews } from '../analytics/PageViews';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';

export function Layout() {
  const { t } = useTranslation();

  return (
    <>
      <PageViews />
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="nav">
            <NavLink to="/events">{t('nav.events')}</NavLink>
            <AccountLink />
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/legal/offer">{t('legal.offer.title')}</Link> · <Link to="/legal/privacy">{t('legal.privacy.title')}</Link>
        </p>
      </footer>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

/** The settings' parts, each a tab (all need settings:read; changes need settings:write). */
export const SETTINGS_TABS = [
  { key: 'general', path: '/settings', end: true },
  { key: 'requisites', path: '/settings/requisites', end: false },
  { key: 'templates', path: '/settings/templates', end: false },
  { key: 'jobs', path: '/settings/jobs', end: false },
] as const;

/** `/admin/settings/*`: the title and the tabs above the part shown. */
export function SettingsLayout() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="settings-title">
      <div className="page__head">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </div>
      <nav className="tabs" aria-label={t('settings.title')}>
        {SETTINGS_TABS.map((tab) => (
          <NavLink key={tab.key} to={tab.path} end={tab.end}>
            {t(`settings.tabs.${tab.key}`)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow">
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.text')} <Link to="/events">{t('nav.events')}</Link>
      </p>
    </section>
  );
}

/** Shown instead of the page when rendering throws; the layout is gone, so keep it plain. */
export function CrashPage() {
  const { t } = useTranslation();
  return (
    <main className="site-main">
      <section className="page page--narrow" role="alert">
        <h1>{t('app.name')}</h1>
        <p>{t('notFound.crash')}</p>
      </section>
    </main>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/events">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}

/** Shown instead of the page when rendering throws; the layout is gone, so keep it plain. */
export function CrashPage() {
  const { t } = useTranslation();
  return (
    <main className="content">
      <section className="page" role="alert">
        <h1>{t('app.name')}</h1>
        <p>{t('notFound.crash')}</p>
      </section>
    </main>
  );
}

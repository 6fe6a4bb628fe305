import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import type { Permission } from '../auth/permissions';
import { homePath } from './sections';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}

/** A page the user's permissions do not cover (a bookmark, a shared link). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <section className="page" role="alert">
      <h1>{t('forbidden.title')}</h1>
      <p>{t('forbidden.text')}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}

/** Renders `children` only for a user holding `permission`. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const auth = useAuth();
  return auth.can(permission) ? children : <ForbiddenPage />;
}

/** `/admin/`: the first section the user may open, or a note that none is granted yet. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const auth = useAuth();
  const home = homePath(auth.can);
  if (home) return <Navigate to={home} replace />;
  return (
    <section className="page">
      <h1>{t('home.title', { name: auth.me?.name ?? '' })}</h1>
      <p>{t('home.noSections')}</p>
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

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { AccessSummary } from '../users/UsersPage';
import { Notice } from '../ui/Notice';

/** `/admin/account`: who I am, what I may do, and my password. */
export function AccountPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [changed, setChanged] = useState(false);
  if (!auth.me) return null;

  return (
    <section className="page" aria-labelledby="account-title">
      <div className="page__head">
        <h1 id="account-title">{auth.me.name}</h1>
        <span className="muted">{auth.me.email}</span>
      </div>
      <dl className="facts">
        <dt>{t('users.columns.role')}</dt>
        <dd>{t(`users.roles.${auth.me.role}`)}</dd>
        <dt>{t('users.columns.access')}</dt>
        <dd>
          <AccessSummary user={auth.me} />
        </dd>
      </dl>
      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">{t('auth.changePassword')}</h2>
        <p className="muted">{t('auth.changeNote')}</p>
        <ChangePasswordForm onDone={() => setChanged(true)} />
        {changed && <Notice>{t('auth.passwordChanged')}</Notice>}
      </section>
    </section>
  );
}

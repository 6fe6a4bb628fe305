import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useAuth } from './AuthProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown instead of the CRM until a first or temporary password is replaced: the API allows nothing else. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby="forced-password-title">
        <div className="auth-card__head">
          <h1 id="forced-password-title">{t('auth.forcedTitle')}</h1>
          <LanguageSwitcher />
        </div>
        <p className="muted">{t('auth.forcedIntro', { email: auth.me?.email ?? '' })}</p>
        <ChangePasswordForm />
        <button type="button" className="button button--link" onClick={() => void auth.signOut()}>
          {t('auth.signOut')}
        </button>
      </section>
    </main>
  );
}

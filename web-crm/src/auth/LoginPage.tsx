import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { ErrorMessage } from '../ui/Status';
import { useAuth } from './AuthProvider';

/** Where to go after signing in: the page that sent the user here, else the start page. */
function returnPath(state: unknown): string {
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  return from?.pathname && from.pathname !== '/login' ? `${from.pathname}${from.search ?? ''}` : '/';
}

/** `/admin/login`: e-mail and password. */
export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (auth.signedIn) return <Navigate to={returnPath(location.state)} replace />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await auth.signIn(email.trim(), password);
    } catch (failure) {
      setError(failure);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="auth-page">
      <form className="card auth-card" onSubmit={submit} aria-labelledby="login-title">
        <div className="auth-card__head">
          <h1 id="login-title">
            {t('app.name')} <span className="muted">{t('app.section')}</span>
          </h1>
          <LanguageSwitcher />
        </div>
        <p className="muted">{t('auth.loginIntro')}</p>
        <label className="field">
          <span className="field__label">{t('auth.email')}</span>
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('auth.password')}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error !== null && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </main>
  );
}

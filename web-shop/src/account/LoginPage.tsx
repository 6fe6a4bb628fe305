import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorText, hasCode } from '../i18n/errors';
import { FormField } from '../ui/FormField';
import { usePageTitle } from '../ui/usePageTitle';
import { emailError, focusFirstError, type AccountFieldErrors } from './formErrors';
import { safeNextPath } from './nextPath';
import { customers, session, useCustomerSession } from './session';

/** `/account/login?next=…`: email and password; back to where the customer was going. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.login.title'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const state = useCustomerSession();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: AccountFieldErrors = {};
    const emailProblem = emailError(t, email);
    if (emailProblem) found.email = emailProblem;
    if (password === '') found.password = t('checkout.errors.required');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return focusFirstError(form.current, found);
    setBusy(true);
    try {
      session.signedIn(await customers.login({ email: email.trim(), password }));
      void navigate(next, { replace: true });
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  if (state.status === 'signedIn' && !busy) return <Navigate to={next} replace />;
  return (
    <section className="page page--narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('account.login.title')}</h1>
      <form ref={form} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormField
          id="login-email"
          name="email"
          type="email"
          label={t('account.email')}
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          required
        />
        <FormField
          id="login-password"
          name="password"
          type="password"
          label={t('account.password.label')}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          required
        />
        {failure !== null && (
          <div className="status status--error" role="alert">
            <p>{hasCode(failure, 'invalid_credentials') ? t('errors.codes.invalid_credentials') : errorText(t, failure)}</p>
          </div>
        )}
        <button type="submit" className="button button--large" disabled={busy}>
          {busy ? t('account.login.busy') : t('account.login.submit')}
        </button>
        <p>
          <Link to={`/account/forgot${email ? `?email=${encodeURIComponent(email.trim())}` : ''}`}>{t('account.login.forgot')}</Link>
        </p>
      </form>
      <p>
        {t('account.login.noAccount')}{' '}
        <Link to={params.has('next') ? `/account/register?next=${encodeURIComponent(next)}` : '/account/register'}>{t('account.register.link')}</Link>
      </p>
    </section>
  );
}

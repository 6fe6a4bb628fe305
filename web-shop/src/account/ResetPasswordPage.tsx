import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorText, hasCode } from '../i18n/errors';
import { FormField } from '../ui/FormField';
import { usePageTitle } from '../ui/usePageTitle';
import { apiFieldErrors, newPasswordError, PASSWORD_MIN_LENGTH } from './formErrors';
import { customers, session } from './session';

/** `/account/reset?token=…`: the link from the password-reset email; a new password ends every login. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reset = useMutation({
    mutationFn: (newPassword: string) => customers.resetPassword(token, newPassword),
    // Every login of the account has ended, this browser's included.
    onSuccess: () => session.signedOut(),
    onError: (failure) => {
      const fields = apiFieldErrors(t, failure);
      if (fields?.newPassword) {
        setError(fields.newPassword);
        input.current?.focus();
      }
    },
  });
  const linkBroken = token.length < 20 || hasCode(reset.error, 'reset_token_invalid');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = newPasswordError(t, password);
    setError(problem);
    if (problem) return input.current?.focus();
    reset.mutate(password);
  };

  return (
    <section className="page page--narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('account.reset.title')}</h1>
      {reset.isSuccess && (
        <>
          <div className="status status--success" role="status">
            <p>{t('account.reset.done')}</p>
          </div>
          <p>
            <Link className="button" to="/account/login">
              {t('account.login.link')}
            </Link>
          </p>
        </>
      )}
      {linkBroken && (
        <div className="status status--error" role="alert">
          <p>{t('errors.codes.reset_token_invalid')}</p>
          <Link to="/account/forgot">{t('account.reset.askAgain')}</Link>
        </div>
      )}
      {!reset.isSuccess && !linkBroken && (
        <form className="form" onSubmit={submit} noValidate>
          <FormField
            ref={input}
            id="reset-password"
            name="newPassword"
            type="password"
            label={t('account.password.new')}
            hint={t('account.password.rules', { minLength: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={error}
            required
          />
          {reset.isError && !error && (
            <div className="status status--error" role="alert">
              <p>{errorText(t, reset.error)}</p>
            </div>
          )}
          <button type="submit" className="button button--large" disabled={reset.isPending}>
            {t('account.reset.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

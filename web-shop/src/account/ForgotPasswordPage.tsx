import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '../i18n/errors';
import { FormField } from '../ui/FormField';
import { usePageTitle } from '../ui/usePageTitle';
import { emailError } from './formErrors';
import { customers } from './session';

/** `/account/forgot`: asks for a reset link. The answer is the same whether the account exists or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.forgot.title'));
  const [params] = useSearchParams();
  const input = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [error, setError] = useState<string | undefined>();
  const request = useMutation({ mutationFn: (address: string) => customers.requestPasswordReset(address) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = emailError(t, email);
    setError(problem);
    if (problem) return input.current?.focus();
    request.mutate(email.trim());
  };

  return (
    <section className="page page--narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('account.forgot.title')}</h1>
      {request.isSuccess ? (
        <div className="status status--success" role="status">
          <p>{t('account.forgot.sent', { email: request.variables })}</p>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('account.forgot.intro')}</p>
          <FormField
            ref={input}
            id="forgot-email"
            name="email"
            type="email"
            label={t('account.email')}
            autoComplete="email"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={error}
            required
          />
          {request.isError && (
            <div className="status status--error" role="alert">
              <p>{errorText(t, request.error)}</p>
            </div>
          )}
          <button type="submit" className="button button--large" disabled={request.isPending}>
            {t('account.forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to="/account/login">{t('account.login.link')}</Link>
      </p>
    </section>
  );
}

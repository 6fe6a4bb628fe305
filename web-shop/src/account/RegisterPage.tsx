import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLang } from '../i18n';
import { errorText } from '../i18n/errors';
import { FormField } from '../ui/FormField';
import { usePageTitle } from '../ui/usePageTitle';
import {
  apiFieldErrors,
  emailError,
  focusFirstError,
  newPasswordError,
  PASSWORD_MIN_LENGTH,
  type AccountFieldErrors,
} from './formErrors';
import { optionalNameError, optionalPhoneError } from './detailsErrors';
import { safeNextPath } from './nextPath';
import { customers, session } from './session';

interface Values {
  email: string;
  password: string;
  fullName: string;
  phone: string;
  consent: boolean;
}

/** `/account/register`: opens the account signed in; the confirmation link goes to the email. */
export function RegisterPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('account.register.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>({ email: params.get('email') ?? '', password: '', fullName: '', phone: '', consent: false });
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Values) => (e: ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [field]: field === 'consent' ? e.target.checked : e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: AccountFieldErrors = {
      email: emailError(t, values.email),
      password: newPasswordError(t, values.password),
      fullName: optionalNameError(t, values.fullName),
      phone: optionalPhoneError(t, values.phone),
      consent: values.consent ? undefined : t('account.register.consentRequired'),
    };
    const problems = Object.fromEntries(Object.entries(found).filter(([, text]) => text)) as AccountFieldErrors;
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return focusFirstError(form.current, problems);
    setBusy(true);
    try {
      const created = await customers.register({
        email: values.email.trim(),
        password: values.password,
        preferredLang: lang,
        ...(values.fullName.trim() ? { fullName: values.fullName.trim() } : {}),
        ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
      });
      session.signedIn(created);
      void navigate(safeNextPath(params.get('next'), '/account'), { replace: true, state: { registered: created.customer.email } });
    } catch (error) {
      const fields = apiFieldErrors(t, error);
      if (fields) {
        setErrors(fields);
        focusFirstError(form.current, fields);
      } else {
        setFailure(error);
      }
      setBusy(false);
    }
  };

  return (
    <section className="page page--narrow" aria-labelledby="register-title">
      <h1 id="register-title">{t('account.register.title')}</h1>
      <p>{t('account.register.why')}</p>
      <form ref={form} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormField
          id="register-email"
          name="email"
          type="email"
          label={t('account.email')}
          hint={t('account.register.emailHint')}
          autoComplete="email"
          inputMode="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
          required
        />
        <FormField
          id="register-password"
          name="password"
          type="password"
          label={t('account.password.new')}
          hint={t('account.password.rules', { minLength: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={errors.password}
          required
        />
        <FormField
          id="register-fullName"
          name="fullName"
          label={t('account.fullNameOptional')}
          hint={t('account.register.detailsHint')}
          autoComplete="name"
          value={values.fullName}
          onChange={set('fullName')}
          error={errors.fullName}
        />
        <FormField
          id="register-phone"
          name="phone"
          type="tel"
          label={t('account.phoneOptional')}
          hint={t('checkout.phoneHint')}
          autoComplete="tel"
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
        />
        <div className={errors.consent ? 'field field--check field--invalid' : 'field field--check'}>
          <input
            id="register-consent"
            name="consent"
            type="checkbox"
            checked={values.consent}
            onChange={set('consent')}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'register-consent-error' : undefined}
            required
          />
          <label htmlFor="register-consent">
            {t('account.register.consentStart')}{' '}
            <a href="/legal/privacy" target="_blank" rel="noopener">
              {t('checkout.privacy')}
              <span className="visually-hidden"> ({t('app.newWindow')})</span>
            </a>
            {t('checkout.consentEnd')}
          </label>
          {errors.consent && (
            <p id="register-consent-error" className="field__error">
              {errors.consent}
            </p>
          )}
        </div>
        {failure !== null && (
          <div className="status status--error" role="alert">
            <p>{errorText(t, failure)}</p>
          </div>
        )}
        <button type="submit" className="button button--large" disabled={busy}>
          {busy ? t('account.register.busy') : t('account.register.submit')}
        </button>
      </form>
      <p>
        {t('account.register.haveAccount')} <Link to={`/account/login${values.email ? `?email=${encodeURIComponent(values.email.trim())}` : ''}`}>{t('account.login.link')}</Link>
      </p>
    </section>
  );
}

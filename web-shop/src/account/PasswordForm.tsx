import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errors';
import { FormField } from '../ui/FormField';
import { CurrentPasswordField } from './CurrentPasswordField';
import { apiFieldErrors, focusFirstError, newPasswordError, PASSWORD_MIN_LENGTH, type AccountFieldErrors } from './formErrors';
import { me } from './session';

/** Changes the password; the API ends the customer's other logins and keeps this one. */
export function PasswordForm() {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const change = useMutation({
    mutationFn: () => me.changePassword({ currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
    },
    onError: (failure) => {
      const fields = apiFieldErrors(t, failure);
      if (fields) {
        setErrors(fields);
        focusFirstError(form.current, fields);
      }
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: AccountFieldErrors = {};
    if (currentPassword === '') found.currentPassword = t('checkout.errors.required');
    const weak = newPasswordError(t, newPassword);
    if (weak) found.newPassword = weak;
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(form.current, found);
    change.mutate();
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.changeTitle')}</h2>
      <CurrentPasswordField
        id="password-current"
        value={currentPassword}
        onChange={(value) => {
          setCurrent(value);
          change.reset();
        }}
        error={errors.currentPassword}
      />
      <FormField
        id="password-new"
        name="newPassword"
        type="password"
        label={t('account.password.new')}
        hint={t('account.password.rules', { minLength: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        value={newPassword}
        onChange={(e) => {
          setNew(e.target.value);
          change.reset();
        }}
        error={errors.newPassword}
        required
      />
      <p role="status" className={change.isSuccess ? 'field__ok' : 'visually-hidden'}>
        {change.isSuccess ? t('account.password.changed') : ''}
      </p>
      {change.isError && !apiFieldErrors(t, change.error) && (
        <div className="status status--error" role="alert">
          <p>{errorText(t, change.error)}</p>
        </div>
      )}
      <button type="submit" className="button" disabled={change.isPending}>
        {t('account.password.change')}
      </button>
    </form>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { errorText } from '../i18n/errors';
import { formatDeadline } from '../i18n/format';
import { FormField } from '../ui/FormField';
import { CurrentPasswordField } from './CurrentPasswordField';
import { emailChangeFieldErrors, emailError, focusFirstError, sameAddress, type AccountFieldErrors } from './formErrors';
import { me } from './session';

/**
 * "Change email", folded under a button: the new address and the current password. The link
 * goes to the new address; the account keeps `currentEmail` until it is opened.
 */
export function EmailChangeForm({ currentEmail }: { currentEmail: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useRef<HTMLFormElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [newEmail, setNewEmail] = useState('');
  const [currentPassword, setCurrent] = useState('');
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const change = useMutation({
    mutationFn: (body: { newEmail: string; currentPassword: string }) => me.changeEmail(body),
    onSuccess: () => close(),
    onError: (failure, body) => {
      const fields = emailChangeFieldErrors(t, failure, body.newEmail, currentEmail);
      if (fields) {
        setErrors(fields);
        focusFirstError(form.current, fields);
      }
    },
  });

  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    setNewEmail('');
    setCurrent('');
    setErrors({});
    toggle.current?.focus();
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: AccountFieldErrors = {};
    const emailProblem = emailError(t, newEmail);
    if (emailProblem) found.newEmail = emailProblem;
    else if (sameAddress(newEmail, currentEmail)) found.newEmail = t('account.changeEmail.same');
    if (currentPassword === '') found.currentPassword = t('checkout.errors.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(form.current, found);
    change.mutate({ newEmail: newEmail.trim(), currentPassword });
  };

  const sent = change.data;
  return (
    <>
      <div className="actions">
        <button
          ref={toggle}
          id="email-change-toggle"
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={open ? 'email-change-form' : undefined}
          onClick={() => (open ? close() : setOpen(true))}
        >
          {t('account.changeEmail.toggle')}
        </button>
      </div>
      {open && (
        <form ref={form} id="email-change-form" className="form form--plain" onSubmit={submit} noValidate aria-labelledby="email-change-toggle">
          <FormField
            ref={firstField}
            id="email-change-newEmail"
            name="newEmail"
            type="email"
            label={t('account.changeEmail.newEmail')}
            hint={t('account.changeEmail.hint')}
            autoComplete="email"
            inputMode="email"
            value={newEmail}
            onChange={(e) => {
              setNewEmail(e.target.value);
              change.reset();
            }}
            error={errors.newEmail}
            required
          />
          <CurrentPasswordField
            id="email-change-currentPassword"
            value={currentPassword}
            onChange={(value) => {
              setCurrent(value);
              change.reset();
            }}
            error={errors.currentPassword}
          />
          {change.isError && !emailChangeFieldErrors(t, change.error, change.variables.newEmail, currentEmail) && (
            <div className="status status--error" role="alert">
              <p>{errorText(t, change.error)}</p>
            </div>
          )}
          <div className="actions">
            <button type="submit" className="button" disabled={change.isPending}>
              {t('account.changeEmail.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('account.changeEmail.cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className={sent ? 'status status--success' : 'visually-hidden'} data-testid="email-change-sent">
        {sent && t('account.changeEmail.sent', { email: sent.newEmail, deadline: formatDeadline(sent.expiresAt, lang), current: currentEmail })}
      </p>
    </>
  );
}

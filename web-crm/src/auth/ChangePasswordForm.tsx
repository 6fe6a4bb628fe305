import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Status';
import { useAuth } from './AuthProvider';

/**
 * The shortest password the API takes (api/src/platform/auth/password-policy.ts, shared with
 * customers): length beats composition rules; the API also refuses the most common passwords.
 */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Change one's own password: the current one, the new one twice. Every other login of the
 * user ends; this one gets new tokens.
 */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mismatch = repeat !== '' && next !== repeat;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(null);
    try {
      await auth.changePassword(current, next);
      onDone?.();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      <Field label={t('auth.currentPassword')}>
        <input type="password" name="currentPassword" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
      </Field>
      <Field label={t('auth.newPassword')} hint={t('auth.passwordRule', { count: MIN_PASSWORD_LENGTH })}>
        <input
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </Field>
      <Field label={t('auth.repeatPassword')} error={mismatch ? t('auth.passwordsDiffer') : undefined}>
        <input type="password" name="repeatPassword" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      </Field>
      {error !== null && (
        <ErrorMessage error={error} fields={{ currentPassword: t('auth.currentPassword'), newPassword: t('auth.newPassword') }} />
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy || mismatch}>
          {t('auth.changePassword')}
        </button>
      </div>
    </form>
  );
}

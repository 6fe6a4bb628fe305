import { useTranslation } from 'react-i18next';
import { FormField } from '../ui/FormField';

/**
 * The current password that a signed-in customer's change (password, email) is confirmed with.
 *
 * @example
 * <CurrentPasswordField id="password-current" value={current} onChange={setCurrent} error={errors.currentPassword} />
 */
export function CurrentPasswordField({ id, value, onChange, error }: { id: string; value: string; onChange: (value: string) => void; error: string | undefined }) {
  const { t } = useTranslation();
  return (
    <FormField
      id={id}
      name="currentPassword"
      type="password"
      label={t('account.password.current')}
      autoComplete="current-password"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      required
    />
  );
}

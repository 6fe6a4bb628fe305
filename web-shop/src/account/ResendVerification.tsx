import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errors';
import { me } from './session';

/** "Send the link again", for a signed-in customer whose email is not confirmed yet. */
export function ResendVerification() {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: () => me.resendVerification() });
  return (
    <div className="resend">
      <button type="button" className="button button--secondary" onClick={() => resend.mutate()} disabled={resend.isPending || resend.isSuccess}>
        {t('account.verify.resend')}
      </button>
      <p role="status" className={resend.isError ? 'field__error' : 'muted'}>
        {resend.isSuccess && t('account.verify.resent')}
        {resend.isError && errorText(t, resend.error)}
      </p>
    </div>
  );
}

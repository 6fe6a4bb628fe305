import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorText, hasCode } from '../i18n/errors';
import { Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { accountKeys } from './keys';
import { ResendVerification } from './ResendVerification';
import { customers, useCustomerSession } from './session';
import { useRefreshAfterLink } from './useRefreshAfterLink';

/** `/account/verify?token=…`: the link from the confirmation email. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.verify.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const state = useCustomerSession();
  const verified = useQuery({
    queryKey: accountKeys.verification(token),
    enabled: token.length >= 20,
    queryFn: () => customers.verifyEmail(token),
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const signedIn = state.status === 'signedIn';
  // The header and the profile learn that the email is confirmed; guest orders joined the account.
  useRefreshAfterLink(verified.isSuccess);

  const invalid = token.length < 20 || hasCode(verified.error, 'verification_token_invalid') || hasCode(verified.error, 'validation_failed');
  return (
    <section className="page page--narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('account.verify.title')}</h1>
      {verified.isLoading && <Loading>{t('account.verify.checking')}</Loading>}
      {verified.data && (
        <div className="status status--success" role="status" data-testid="email-verified">
          <p>
            {t('account.verify.done', { email: verified.data.email })}{' '}
            {verified.data.linkedOrders > 0 && t('account.verify.linked', { count: verified.data.linkedOrders })}
          </p>
        </div>
      )}
      {verified.data && (
        <p>
          {signedIn ? (
            <Link className="button" to="/account/orders">
              {t('account.nav.orders')}
            </Link>
          ) : (
            <Link className="button" to={`/account/login?email=${encodeURIComponent(verified.data.email)}`}>
              {t('account.login.link')}
            </Link>
          )}
        </p>
      )}
      {(invalid || verified.isError) && (
        <div className="status status--error" role="alert">
          <p>{invalid ? t('errors.codes.verification_token_invalid') : errorText(t, verified.error)}</p>
        </div>
      )}
      {(invalid || verified.isError) && (signedIn ? <ResendVerification /> : <p><Link to="/account/login?next=%2Faccount">{t('account.verify.loginToResend')}</Link></p>)}
    </section>
  );
}

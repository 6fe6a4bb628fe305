import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { hasCode, problemValues } from '../i18n/errors';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { accountKeys } from './keys';
import { customers, me, useCustomerSession } from './session';
import { useRefreshAfterLink } from './useRefreshAfterLink';

/** `/account/confirm-email?token=…`: the link mailed to the new address moves the account there. */
export function ConfirmEmailChangePage() {
  const { t } = useTranslation();
  usePageTitle(t('account.confirmEmail.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const signedIn = useCustomerSession().status === 'signedIn';
  const confirmed = useQuery({
    queryKey: accountKeys.emailChange(token),
    enabled: token.length >= 20,
    // The signed-in client sends this browser's login when it has one (renewed first after a
    // reload, and again if the API refuses it) and none otherwise: the account's own login
    // stays, every other one ends. A login that cannot be renewed has ended: open it as nobody.
    queryFn: async () => {
      try {
        return await me.confirmEmailChange(token);
      } catch (error) {
        if (hasCode(error, 'invalid_access_token')) return customers.confirmEmailChange(token);
        throw error;
      }
    },
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  // The header and the profile learn the new address; guest orders placed with it joined.
  useRefreshAfterLink(confirmed.isSuccess);

  const invalid = token.length < 20 || hasCode(confirmed.error, 'email_change_token_invalid') || hasCode(confirmed.error, 'validation_failed');
  const taken = hasCode(confirmed.error, 'email_already_registered');
  const done = confirmed.data;
  return (
    <section className="page page--narrow" aria-labelledby="confirm-email-title">
      <h1 id="confirm-email-title">{t('account.confirmEmail.title')}</h1>
      {confirmed.isLoading && <Loading>{t('account.verify.checking')}</Loading>}
      {done && (
        <div className="status status--success" role="status" data-testid="email-changed">
          <p>
            {t('account.confirmEmail.done', { email: done.email })}{' '}
            {done.linkedOrders > 0 && t('account.verify.linked', { count: done.linkedOrders })}
          </p>
        </div>
      )}
      {done &&
        (signedIn ? (
          <p>
            <Link className="button" to="/account">
              {t('account.confirmEmail.toProfile')}
            </Link>
          </p>
        ) : (
          <>
            <p>{t('account.confirmEmail.loggedOut')}</p>
            <p>
              <Link className="button" to={`/account/login?email=${encodeURIComponent(done.email)}&next=%2Faccount`}>
                {t('account.login.link')}
              </Link>
            </p>
          </>
        ))}
      {(invalid || taken) && (
        <div className="status status--error" role="alert">
          <p>{invalid ? t('errors.codes.email_change_token_invalid') : t('account.confirmEmail.taken', problemValues(confirmed.error))}</p>
        </div>
      )}
      {(invalid || taken) && (
        <p>
          <Link to="/account">{t('account.confirmEmail.askAgain')}</Link>
        </p>
      )}
      {confirmed.isError && !invalid && !taken && <ErrorMessage error={confirmed.error} onRetry={() => void confirmed.refetch()} />}
    </section>
  );
}

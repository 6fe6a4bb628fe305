import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isRecord } from '../lib/storage';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { EmailChangeForm } from './EmailChangeForm';
import { accountKeys } from './keys';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { ResendVerification } from './ResendVerification';
import { me, session } from './session';
import { SignOut } from './SignOut';

/** `/account`: the email, the profile, the password and the logins of the signed-in customer. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('account.profile.title'));
  const location = useLocation();
  const registered = isRecord(location.state) && typeof location.state.registered === 'string' ? location.state.registered : null;
  const profile = useQuery({
    queryKey: accountKeys.profile(),
    queryFn: async ({ signal }) => {
      const current = await me.me(signal);
      session.updateCustomer(current);
      return current;
    },
    staleTime: 0,
  });

  return (
    <section className="page page--narrow" aria-labelledby="profile-title">
      <h1 id="profile-title">{t('account.profile.title')}</h1>
      {registered && (
        <div className="status status--success" role="status">
          <p>{t('account.register.done', { email: registered })}</p>
        </div>
      )}
      {profile.isPending && <Loading>{t('account.profile.loading')}</Loading>}
      {profile.isError && <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} />}
      {profile.data && (
        <>
          <section className="panel" aria-labelledby="email-title">
            <h2 id="email-title">{t('account.email')}</h2>
            <p>
              <strong data-testid="profile-email">{profile.data.email}</strong>{' '}
              {profile.data.emailVerified ? (
                <span className="badge badge--success">{t('account.verify.confirmed')}</span>
              ) : (
                <span className="badge badge--warning">{t('account.verify.notConfirmed')}</span>
              )}
            </p>
            {!profile.data.emailVerified && (
              <>
                <p className="muted">{t('account.verify.why')}</p>
                <ResendVerification />
              </>
            )}
            <EmailChangeForm currentEmail={profile.data.email} />
          </section>
          <ProfileForm key={profile.data.id} profile={profile.data} />
          <PasswordForm />
          <SignOut />
        </>
      )}
    </section>
  );
}

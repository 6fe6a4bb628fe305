import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { accountKeys } from './keys';
import { me, session } from './session';

/** Log out here, or on every device (a lost phone, a shared computer). */
export function SignOut() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: async (everywhere: boolean) => {
      try {
        await (everywhere ? me.logoutEverywhere() : me.logout());
      } finally {
        // Leave the account pages first (they would send an anonymous visitor to the login
        // page), then forget the login here, even when the API could not be reached.
        void navigate('/events', { replace: true });
        session.signedOut();
        queryClient.removeQueries({ queryKey: accountKeys.all });
      }
    },
  });

  return (
    <section className="panel" aria-labelledby="signout-title">
      <h2 id="signout-title">{t('account.signOut.title')}</h2>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => end.mutate(false)} disabled={end.isPending} data-testid="logout">
          {t('account.signOut.here')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => end.mutate(true)} disabled={end.isPending} data-testid="logout-everywhere">
          {t('account.signOut.everywhere')}
        </button>
      </div>
      <p className="muted">{t('account.signOut.everywhereHint')}</p>
    </section>
  );
}

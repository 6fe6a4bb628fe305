import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage, Loading } from '../ui/Status';
import { useAuth } from './AuthProvider';
import { ForcedPasswordChange } from './ForcedPasswordChange';

/** The gate in front of every CRM page: sign in first, then replace a temporary password. */
export function RequireAuth() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();

  if (!auth.signedIn) return <Navigate to="/login" replace state={{ from: location }} />;
  if (!auth.me) {
    return (
      <main className="content">
        {auth.meQuery.isError ? (
          <ErrorMessage error={auth.meQuery.error} onRetry={() => void auth.meQuery.refetch()} />
        ) : (
          <Loading>{t('auth.loading')}</Loading>
        )}
      </main>
    );
  }
  if (auth.me.mustChangePassword) return <ForcedPasswordChange />;
  return <Outlet />;
}

import { unwrap } from '@prichal/sdk';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onSignedOut, session } from '../api';
import { meKey } from './keys';
import { can, type Permission, type StaffMe } from './permissions';

export { meKey };

export interface Auth {
  /** Whether this browser holds a sign-in (its user may still be loading). */
  signedIn: boolean;
  me: StaffMe | undefined;
  meQuery: ReturnType<typeof useMeQuery>;
  signIn(email: string, password: string): Promise<StaffMe>;
  changePassword(currentPassword: string, newPassword: string): Promise<StaffMe>;
  signOut(): Promise<void>;
  can(permission: Permission): boolean;
}

const AuthContext = createContext<Auth | null>(null);

function useMeQuery(enabled: boolean) {
  return useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/admin/auth/me', { signal })),
    enabled,
    // Grants change in settings: pick them up when the user comes back to the tab.
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
}

/**
 * Who is signed in: the session's tokens decide whether anyone is, `GET /admin/auth/me` says
 * who and what they may do. A refused refresh (in this tab or, through storage, in another)
 * signs out everywhere and drops every cached answer.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedIn, setSignedIn] = useState(() => session.isSignedIn());
  const meQuery = useMeQuery(signedIn);

  const forget = useCallback(() => {
    setSignedIn(false);
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => onSignedOut(forget), [forget]);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== 'prichal.crm.session') return;
      const nowSignedIn = session.isSignedIn();
      if (!nowSignedIn) forget();
      else if (!signedIn) setSignedIn(true);
      else void queryClient.invalidateQueries({ queryKey: meKey });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [forget, signedIn, queryClient]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = unwrap(await api.POST('/admin/auth/login', { body: { email, password } }));
      queryClient.clear();
      session.signIn(result);
      queryClient.setQueryData(meKey, result.user);
      setSignedIn(true);
      return result.user;
    },
    [queryClient],
  );

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      const result = unwrap(await api.POST('/admin/auth/password', { body: { currentPassword, newPassword } }));
      session.signIn(result);
      queryClient.setQueryData(meKey, result.user);
      return result.user;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    // End the login on the server too; the tokens go whatever it answers.
    await api.POST('/admin/auth/logout').catch(() => undefined);
    session.signOut();
    forget();
  }, [forget]);

  const me = signedIn ? meQuery.data : undefined;
  const value = useMemo<Auth>(
    () => ({ signedIn, me, meQuery, signIn, changePassword, signOut, can: (permission) => can(me, permission) }),
    [signedIn, me, meQuery, signIn, changePassword, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** `can('refunds:write')` for the signed-in user. */
export function useCan(): (permission: Permission) => boolean {
  return useAuth().can;
}

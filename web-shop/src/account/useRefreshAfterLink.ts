import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { accountKeys } from './keys';
import { me, session, useCustomerSession } from './session';

/**
 * Once an emailed link has changed the signed-in account (its email confirmed or moved, guest
 * orders joined), the header, the profile and the order list learn it; nothing when signed out.
 *
 * @example
 * useRefreshAfterLink(verified.isSuccess);
 */
export function useRefreshAfterLink(done: boolean): void {
  const signedIn = useCustomerSession().status === 'signedIn';
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!done || !signedIn) return;
    void me.me().then((profile) => session.updateCustomer(profile), () => undefined);
    void queryClient.invalidateQueries({ queryKey: accountKeys.profile() });
    void queryClient.invalidateQueries({ queryKey: accountKeys.orderLists() });
  }, [done, signedIn, queryClient]);
}

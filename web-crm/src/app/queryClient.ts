import { ApiError } from '@prichal/sdk';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meKey } from '../auth/keys';
import { isTransientError } from '../lib/apiErrors';

const MAX_RETRIES = 2;

/** Codes saying the user's own access changed since "me" was loaded: ask again who they are. */
const ACCESS_CHANGED = new Set(['permission_denied', 'password_change_required']);

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => recheckAccess(error) }),
    mutationCache: new MutationCache({ onError: (error) => recheckAccess(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => isTransientError(error) && failureCount < MAX_RETRIES,
        refetchOnWindowFocus: false,
      },
    },
  });
  function recheckAccess(error: unknown) {
    if (error instanceof ApiError && ACCESS_CHANGED.has(error.problem.code)) void client.invalidateQueries({ queryKey: meKey });
  }
  return client;
}

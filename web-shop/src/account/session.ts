import {
  createApiClient,
  createMutex,
  customersApi,
  CustomerSessionKeeper,
  ordersApi,
  renewingFetch,
  type CustomerSessionState,
  type ExclusiveLock,
  type RefreshTokenStore,
  type StoredRefreshToken,
} from '@prichal/sdk';
import { useSyncExternalStore } from 'react';
import { api } from '../api';
import { currentLang } from '../i18n';
import { isRecord, readJson, removeItem, writeJson } from '../lib/storage';

/**
 * The customer's login in this browser. The access token lives in memory only (gone on
 * reload, renewed from the refresh token); the refresh token is kept in localStorage so the
 * login survives reloads and is shared by the shop's tabs — why, and what guards it, is in
 * web-shop/README.md ("What the browser keeps").
 */
const STORAGE_KEY = 'prichal.shop.account';

function isStoredToken(value: unknown): value is StoredRefreshToken {
  return isRecord(value) && typeof value.token === 'string' && typeof value.expiresAt === 'string';
}

const store: RefreshTokenStore = {
  read: () => readJson('local', STORAGE_KEY, isStoredToken),
  write: (value) => (value ? writeJson('local', STORAGE_KEY, value) : removeItem('local', STORAGE_KEY)),
};

/** Every tab of the shop renews under one Web Lock, so no two ever send the same refresh token. */
function webLock(name: string): ExclusiveLock {
  return <T>(work: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      // The lock is held until the callback's promise settles: until `work` has finished.
      navigator.locks.request(name, () => work().then(resolve, reject)).catch(reject);
    });
}
const tabsLock: ExclusiveLock = typeof navigator !== 'undefined' && 'locks' in navigator ? webLock('prichal.shop.refresh') : createMutex();

/** Anonymous account calls: register, log in, refresh, the emailed links. */
export const customers = customersApi(api);

export const session = new CustomerSessionKeeper({ refresh: (token) => customers.refresh(token), store, lock: tabsLock });

/** The API client of the signed-in customer: every call carries a fresh access token. */
export const accountApi = createApiClient({
  baseUrl: window.location.origin,
  lang: currentLang,
  getToken: () => session.accessToken(),
  fetch: renewingFetch(session),
});
/** `/me…` calls of the signed-in customer. */
export const me = customersApi(accountApi);
/** Orders, refunds and order files as the signed-in customer (or anonymously when nobody is). */
export const accountOrders = ordersApi(accountApi);

/** Starts the session: renews a stored login and follows logins and logouts in other tabs. */
export function startSession(): void {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) session.storageChanged();
  });
  void session.restore();
}

/** Who is signed in; re-renders on sign-in, sign-out and profile changes. */
export function useCustomerSession(): CustomerSessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}

import { createApiClient, createStaffSession, localStorageTokenStore } from '@prichal/sdk';
import { currentLang } from './i18n';

type SignedOutListener = () => void;
const signedOutListeners = new Set<SignedOutListener>();

/**
 * The staff sign-in of this browser: tokens in localStorage (shared by the tabs), the bearer on
 * every /admin call, one refresh at a time when the access token runs out. When the refresh is
 * refused the sign-in is over and the listeners (the auth provider) send the user to the login.
 */
export const session = createStaffSession({
  baseUrl: window.location.origin,
  store: localStorageTokenStore('prichal.crm.session'),
  onSignedOut: () => signedOutListeners.forEach((listener) => listener()),
});

export function onSignedOut(listener: SignedOutListener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/**
 * The one API client of the CRM. The API is served on the SPA's own origin (proxied to
 * :3000 by `vite dev`); every request carries the current language as Accept-Language.
 */
export const api = createApiClient({
  baseUrl: window.location.origin,
  lang: currentLang,
  fetch: session.fetch,
});

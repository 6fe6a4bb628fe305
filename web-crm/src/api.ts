import { createApiClient } from '@prichal/sdk';
import { currentLang } from './i18n';

/**
 * The one API client of the CRM. The API is served on the SPA's own origin (proxied to
 * :3000 by `vite dev`); every request carries the current language as Accept-Language.
 * Staff sign-in will add `getToken` here.
 */
export const api = createApiClient({
  baseUrl: window.location.origin,
  lang: currentLang,
});

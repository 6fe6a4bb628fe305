import { createApiClient } from '@prichal/sdk';
import { currentLang } from './i18n';

/**
 * The one API client of the shop. The API is served on the SPA's own origin (proxied to
 * :3000 by `vite dev`); every request carries the current language as Accept-Language.
 */
export const api = createApiClient({
  baseUrl: window.location.origin,
  lang: currentLang,
});

import { createApiClient, ordersApi, seatingApi } from '@prichal/sdk';
import { currentLang } from './i18n';

/**
 * The one API client of the shop. The API is served on the SPA's own origin (proxied to
 * :3000 by `vite dev`); every request carries the current language as Accept-Language.
 */
export const api = createApiClient({
  baseUrl: window.location.origin,
  lang: currentLang,
});

/** Seat locks, best seats and general-admission holds. */
export const seating = seatingApi(api);
/** Orders, their payment and the order view. */
export const orders = ordersApi(api);

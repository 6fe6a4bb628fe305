import type { Schemas } from '@prichal/sdk';
import type { RuntimeConfig } from '../app/runtimeConfig';
import { readJson, writeJson } from '../lib/storage';
import { FUNNEL_CATEGORY, type FunnelStep } from './funnel';

/** Matomo's command queue (`window._paq`): matomo.js drains it once loaded. */
type Command = [string, ...unknown[]];
interface TrackerWindow {
  _paq?: Command[];
}

let queue: Command[] | null = null;

function push(...commands: Command[]): void {
  queue?.push(...commands);
}

/**
 * Turns tracking on when the deployment configures Matomo; otherwise every track call does
 * nothing and no request leaves the browser. Cookies are off: Matomo still counts visits and
 * orders, and the shop sets no tracking cookies that would need consent.
 */
export function initAnalytics(config: RuntimeConfig['matomo'], win: Window = window): boolean {
  if (!config) return false;
  const target = win as Window & TrackerWindow;
  target._paq ??= [];
  queue = target._paq;
  push(['disableCookies'], ['setTrackerUrl', `${config.url}matomo.php`], ['setSiteId', config.siteId], ['enableLinkTracking']);
  const script = win.document.createElement('script');
  script.async = true;
  script.src = `${config.url}matomo.js`;
  win.document.head.appendChild(script);
  return true;
}

/** Forgets the tracker (tests). */
export function resetAnalytics(): void {
  queue = null;
}

/** A page view of the single-page app (Matomo sees no page loads after the first). */
export function trackPageView(url: string, title: string, referrer?: string): void {
  if (referrer) push(['setReferrerUrl', referrer]);
  push(['setCustomUrl', url], ['setDocumentTitle', title], ['trackPageView']);
}

/** A step of the purchase funnel, e.g. `trackFunnel('seat_selected', eventId, 2)`. */
export function trackFunnel(step: FunnelStep, label?: string, value?: number): void {
  const command: Command = ['trackEvent', FUNNEL_CATEGORY, step];
  if (label !== undefined) command.push(label);
  if (value !== undefined) command.push(value);
  push(command);
}

/** A search of the sailing list, also a site search in Matomo's own report. */
export function trackSearch(keyword: string, resultCount: number | false): void {
  push(['trackSiteSearch', keyword, false, resultCount]);
  trackFunnel('search', keyword);
}

const TRACKED_KEY = 'prichal.shop.trackedOrders';
const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const rubles = (kopecks: number) => kopecks / 100;

/**
 * Matomo e-commerce: the paid order with one item per ticket, tracked once per order even if
 * the confirmation is opened again.
 */
export function trackPaidOrder(order: Schemas['Order']): void {
  if (!queue) return;
  const tracked = readJson('local', TRACKED_KEY, isIdList) ?? [];
  if (tracked.includes(order.id)) return;
  for (const line of order.lines) {
    push(['addEcommerceItem', line.seatCode ? `${line.ticketTypeId}:${line.seatCode}` : line.ticketTypeId, line.description, order.event.title, rubles(line.totalKopecks), 1]);
  }
  push(['trackEcommerceOrder', order.number, rubles(order.totalKopecks), rubles(order.subtotalKopecks), rubles(order.vatKopecks), 0, rubles(order.discountKopecks)]);
  trackFunnel('paid', order.event.id, rubles(order.totalKopecks));
  writeJson('local', TRACKED_KEY, [...tracked, order.id].slice(-50));
}

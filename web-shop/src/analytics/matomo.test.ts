import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Schemas } from '@prichal/sdk';
import { parseRuntimeConfig } from '../app/runtimeConfig';
import { initAnalytics, resetAnalytics, trackFunnel, trackPaidOrder } from './matomo';

type Command = unknown[];

/** A window with a command queue, a document that records added scripts, and storage. */
function fakeWindow() {
  const scripts: Array<{ src: string; async: boolean }> = [];
  const data = new Map<string, string>();
  const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  const win = {
    localStorage: storage,
    sessionStorage: storage,
    document: { createElement: () => ({ src: '', async: false }), head: { appendChild: (s: { src: string; async: boolean }) => scripts.push(s) } },
  } as unknown as Window & { _paq?: Command[] };
  return { win, scripts };
}

const order = {
  id: 'o-1', number: 'P-000042', status: 'PAID', event: { id: 'e-1', title: 'Jazz on the Neva', startsAt: '', startsAtLocal: '' },
  lines: [
    { id: 'l1', seatCode: 'D1-R3-S12', ticketTypeId: 'adult', seatCategoryId: null, description: 'Jazz — Adult, D1-R3-S12', unitPriceKopecks: 150_000, discountKopecks: 15_000, vatMode: 'included', vatPercent: 20, vatKopecks: 22_500, totalKopecks: 135_000 },
  ],
  subtotalKopecks: 150_000, discountKopecks: 15_000, vatKopecks: 22_500, totalKopecks: 135_000,
} as unknown as Schemas['Order'];

describe('analytics', () => {
  let current: ReturnType<typeof fakeWindow>;
  beforeEach(() => {
    current = fakeWindow();
    Object.assign(globalThis, { window: current.win });
  });
  afterEach(() => {
    resetAnalytics();
    Reflect.deleteProperty(globalThis, 'window');
  });

  it('does nothing at all without Matomo configured', () => {
    expect(initAnalytics(parseRuntimeConfig(null, {}).matomo, current.win)).toBe(false);
    trackFunnel('list_viewed');
    trackPaidOrder(order);
    expect(current.win._paq).toBeUndefined();
    expect(current.scripts).toEqual([]);
  });

  it('loads the configured Matomo and queues funnel events', () => {
    const config = parseRuntimeConfig('{"matomo":{"url":"https://stats.example.ru","siteId":"3"}}');
    expect(initAnalytics(config.matomo, current.win)).toBe(true);
    expect(current.scripts).toEqual([{ src: 'https://stats.example.ru/matomo.js', async: true }]);
    trackFunnel('seat_selected', 'e-1', 2);
    expect(current.win._paq).toEqual(expect.arrayContaining([['setSiteId', '3'], ['setTrackerUrl', 'https://stats.example.ru/matomo.php'], ['trackEvent', 'funnel', 'seat_selected', 'e-1', 2]]));
  });

  it('tracks a paid order as a Matomo e-commerce order once, in roubles', () => {
    initAnalytics({ url: 'https://stats.example.ru/', siteId: '3' }, current.win);
    trackPaidOrder(order);
    trackPaidOrder(order);
    const queue = current.win._paq ?? [];
    expect(queue.filter((c) => c[0] === 'trackEcommerceOrder')).toEqual([['trackEcommerceOrder', 'P-000042', 1350, 1500, 225, 0, 150]]);
    expect(queue).toContainEqual(['addEcommerceItem', 'adult:D1-R3-S12', 'Jazz — Adult, D1-R3-S12', 'Jazz on the Neva', 1350, 1]);
    expect(queue).toContainEqual(['trackEvent', 'funnel', 'paid', 'e-1', 1350]);
  });

  it('prefers the runtime config and falls back to the build env', () => {
    expect(parseRuntimeConfig('{"matomo":null}', { VITE_MATOMO_URL: 'https://x.ru', VITE_MATOMO_SITE_ID: '1' }).matomo).toBeNull();
    expect(parseRuntimeConfig(null, { VITE_MATOMO_URL: 'https://x.ru', VITE_MATOMO_SITE_ID: '1' }).matomo).toEqual({ url: 'https://x.ru/', siteId: '1' });
    expect(parseRuntimeConfig('{"matomo":{"url":"javascript:alert(1)","siteId":"1"}}').matomo).toBeNull();
  });
});

import type { Schemas } from '@prichal/sdk';
import { isRecord, readJson, writeJson } from './storage';

export type Utm = NonNullable<Schemas['CheckoutRequest']['utm']>;

const FIELDS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
const KEY = 'prichal.shop.utm';
/** A campaign is credited with purchases for this long after the visit it brought. */
export const UTM_TTL_MS = 30 * 24 * 3_600_000;
/** The API refuses longer values. */
const MAX_LENGTH = 200;

/** The `utm_*` parameters of a query string, or null when it has none. */
export function utmFromSearch(search: string): Utm | null {
  const params = new URLSearchParams(search);
  const utm: Utm = {};
  for (const field of FIELDS) {
    const value = params.get(`utm_${field}`)?.trim();
    if (value) utm[field] = value.slice(0, MAX_LENGTH);
  }
  return Object.keys(utm).length > 0 ? utm : null;
}

interface StoredUtm {
  utm: Utm;
  at: number;
}

function isStoredUtm(value: unknown): value is StoredUtm {
  return isRecord(value) && typeof value.at === 'number' && isRecord(value.utm) && Object.values(value.utm).every((v) => typeof v === 'string');
}

/** Remembers the landing page's UTM parameters (the latest campaign wins). */
export function captureUtm(search: string, now = Date.now()): void {
  const utm = utmFromSearch(search);
  if (utm) writeJson('local', KEY, { utm, at: now } satisfies StoredUtm);
}

/** The campaign that brought the buyer, if it is recent enough to credit; sent with the order. */
export function campaignUtm(now = Date.now()): Utm | undefined {
  const stored = readJson('local', KEY, isStoredUtm);
  return stored && now - stored.at <= UTM_TTL_MS ? stored.utm : undefined;
}

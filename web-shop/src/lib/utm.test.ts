import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { campaignUtm, captureUtm, UTM_TTL_MS, utmFromSearch } from './utm';

/** localStorage for the node test environment. */
function installStorage() {
  const data = new Map<string, string>();
  const storage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
  Object.assign(globalThis, { window: { localStorage: storage, sessionStorage: storage } });
}

describe('UTM capture', () => {
  beforeEach(installStorage);
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'window');
  });

  it('reads the utm_ parameters of the landing URL, cut to what the API takes', () => {
    expect(utmFromSearch('?utm_source=yandex&utm_medium=cpc&utm_campaign=white-nights&x=1')).toEqual({ source: 'yandex', medium: 'cpc', campaign: 'white-nights' });
    expect(utmFromSearch('?q=boat')).toBeNull();
    expect(utmFromSearch(`?utm_term=${'a'.repeat(300)}`)?.term).toHaveLength(200);
  });

  it('credits the latest campaign for 30 days, and a visit without UTM keeps it', () => {
    const now = Date.parse('2031-06-01T10:00:00Z');
    captureUtm('?utm_source=vk', now);
    captureUtm('?utm_source=telegram&utm_campaign=june', now + 1_000);
    captureUtm('', now + 2_000);
    expect(campaignUtm(now + 5_000)).toEqual({ source: 'telegram', campaign: 'june' });
    expect(campaignUtm(now + 1_000 + UTM_TTL_MS + 1)).toBeUndefined();
  });
});

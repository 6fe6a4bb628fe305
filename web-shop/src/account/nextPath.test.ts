import { describe, expect, it } from '@jest/globals';
import { ACCOUNT_HOME, loginPath, safeNextPath } from './nextPath';

describe('safeNextPath', () => {
  it('keeps a path of the shop, with its query', () => {
    expect(safeNextPath('/events/1/checkout?x=1')).toBe('/events/1/checkout?x=1');
    expect(safeNextPath(new URLSearchParams(loginPath('/account/orders/42?tab=1').split('?')[1]).get('next'))).toBe('/account/orders/42?tab=1');
  });

  it('refuses other origins and protocol-relative tricks', () => {
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(safeNextPath(bad)).toBe(ACCOUNT_HOME);
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { readTicketClaims } from './ticketPayload';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = { t: '5b1c1f9e-7c1a-4d8e-9a55-0d1f2b3c4d5e', e: '0b5c5c0e-3a4f-4c59-9d0e-6f5a1d2f8f11', s: 'D1-R3-S12', c: 'KQ7XW2ZLMB4RT6YP' };

describe('readTicketClaims', () => {
  it('reads the ticket, sailing, seat and printed code of a payload, with spaces a scanner adds', () => {
    expect(readTicketClaims(` PT1.${encode(claims)}.c2lnbmF0dXJl\n`)).toEqual({
      ticketId: claims.t, eventId: claims.e, seatCode: 'D1-R3-S12', code: 'KQ7XW2ZLMB4RT6YP',
    });
  });

  it('reads a general-admission ticket (no seat) and claims with non-ASCII text', () => {
    expect(readTicketClaims(`PT1.${encode({ ...claims, s: null, c: 'Ж1' })}.sig`)).toMatchObject({ seatCode: null, code: 'Ж1' });
  });

  it.each([
    ['another prefix', `XX1.${encode(claims)}.sig`],
    ['no signature', `PT1.${encode(claims)}`],
    ['not JSON', 'PT1.bm90IGpzb24.sig'],
    ['missing code', `PT1.${encode({ ...claims, c: undefined })}.sig`],
    ['a web address', 'https://example.com/ticket'],
  ])('says null for %s', (_what, payload) => {
    expect(readTicketClaims(payload)).toBeNull();
  });
});

import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor } from './event-cursor';
import { searchPatterns } from './search-text';

describe('event cursor', () => {
  it('round-trips and refuses anything it did not issue', () => {
    const cursor = { startsAt: '2026-12-01T15:30:00.000Z', id: '0b5c5c0e-3a4f-4c59-9d0e-6f5a1d2f8f11' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const raw of ['', 'abc', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{}').toString('base64url')]) {
      expect(() => decodeCursor(raw)).toThrow(AppError);
    }
  });
});

describe('searchPatterns', () => {
  it('lower-cases, splits into words and escapes LIKE wildcards', () => {
    expect(searchPatterns('  Метеор   ПЕТЕРГОФ ')).toEqual(['%метеор%', '%петергоф%']);
    expect(searchPatterns('50%_off')).toEqual(['%50\\%\\_off%']);
  });
});

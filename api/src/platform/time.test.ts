import { moscowDayStart, toMoscowIso } from './time';

describe('Moscow time', () => {
  it('shows an instant as Moscow local time with its offset', () => {
    expect(toMoscowIso(new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-01T18:30:00+03:00');
    expect(toMoscowIso(new Date('2026-12-31T22:15:00Z'))).toBe('2027-01-01T01:15:00+03:00');
  });

  it('turns a Moscow calendar date into the instant its day starts or ends', () => {
    expect(moscowDayStart('2026-12-01').toISOString()).toBe('2026-11-30T21:00:00.000Z');
    expect(moscowDayStart('2026-12-01', true).toISOString()).toBe('2026-12-01T21:00:00.000Z');
    expect(moscowDayStart('2026-12-31', true).toISOString()).toBe('2026-12-31T21:00:00.000Z');
  });
});

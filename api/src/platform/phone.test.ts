import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['+7 921 123-45-67', '+79211234567'],
    ['8 (921) 123-45-67', '+79211234567'],
    ['89211234567', '+79211234567'],
    ['9211234567', '+79211234567'],
    ['+7 (812) 315-54-30', '+78123155430'],
    ['+86 138 0013 8000', '+8613800138000'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['123', '+7 000 000-00-00', 'phone', ''])('rejects %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

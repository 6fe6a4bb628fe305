import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A phone number in E.164, or null if it is not a real number. Russian numbers are accepted in
 * the forms people type: "+7 921 123-45-67", "8 (921) 123-45-67", "9211234567".
 * libphonenumber-js carries Google's numbering plans, which we would not keep current ourselves.
 *
 * @example
 * normalizePhone('8 (921) 123-45-67') // '+79211234567'
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  const phone = parsePhoneNumberFromString(trimmed, 'RU');
  if (!phone || !phone.isValid()) return null;
  return phone.number;
}

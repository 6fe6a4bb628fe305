import { normalizePhone } from '../../platform/phone';

export const MESSENGERS = ['max', 'telegram', 'whatsapp', 'none'] as const;
export type Messenger = (typeof MESSENGERS)[number];

const TELEGRAM_USERNAME = /^@?([A-Za-z][A-Za-z0-9_]{4,31})$/;
const NUMERIC_ID = /^-?\d{1,20}$/;

/**
 * The handle a messenger adapter can address, in one canonical form, or null when it is not
 * one: MAX writes to a user id (or the phone the account was opened with), Telegram to a
 * chat id or @username, WhatsApp to an E.164 phone number.
 *
 * @example
 * normalizeHandle('telegram', 'maria_spb') // '@maria_spb'
 * normalizeHandle('whatsapp', '8 921 123-45-67') // '+79211234567'
 */
export function normalizeHandle(messenger: Exclude<Messenger, 'none'>, raw: string): string | null {
  const value = raw.trim();
  switch (messenger) {
    case 'telegram': {
      const username = TELEGRAM_USERNAME.exec(value);
      if (username) return `@${username[1]}`;
      return NUMERIC_ID.test(value) ? value : null;
    }
    case 'max':
      return /^\d{1,20}$/.test(value) ? value : normalizePhone(value);
    case 'whatsapp':
      return normalizePhone(value);
  }
}

/**
 * What a new password must be — one policy for customers and staff alike. Following NIST
 * SP 800-63B: length over composition rules, and a refusal of passwords guessers try first; no
 * "one digit and one symbol" rules, which make passwords harder to remember and no harder to
 * guess. Each module turns a weakness into its own problem (`password_too_weak` for customers,
 * `validation_failed` for staff), so neither API changed when they came to share it.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordWeakness = 'too_short' | 'too_long' | 'too_common' | 'contains_email' | 'too_few_distinct';

// The long-enough entries of the most common leaked-password lists, Latin and Russian keyboards.
const COMMON = new Set([
  '1234567890', '0987654321', '12345678910', '123456789a', 'qwertyuiop', 'qwerty1234', 'qwerty12345', '1q2w3e4r5t',
  '1q2w3e4r5t6y', 'q1w2e3r4t5', 'password12', 'password123', 'password1!', 'passw0rd12', 'iloveyou12', 'iloveyou123',
  'abcdefghij', 'abc1234567', 'asdfghjkl1', 'zxcvbnm123', 'qazwsxedcr', 'йцукенгшщз', 'пароль1234', 'пароль12345',
  'qwertyuiop123', 'administrator', 'letmein123', 'welcome123', 'football123', 'princess123', '1qaz2wsx3edc',
]);

/**
 * Why `password` is too weak, or null when it will do.
 *
 * @example
 * passwordWeakness('qwertyuiop') // 'too_common'
 * passwordWeakness('морской-бриз-2026', 'maria@example.ru') // null
 */
export function passwordWeakness(password: string, email?: string | null): PasswordWeakness | null {
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (characters.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'too_common';
  if (new Set(characters).size < 5) return 'too_few_distinct';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains_email';
  return null;
}

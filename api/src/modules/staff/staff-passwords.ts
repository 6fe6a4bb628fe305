import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordWeakness, type PasswordWeakness } from '../../platform/auth/password-policy';
import { StaffErrors } from './staff.errors';

/** The staff API's words for each weakness (its problems are `validation_failed` with a message). */
const WEAKNESS_MESSAGE: Record<PasswordWeakness, string> = {
  too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  too_common: 'is one of the most common passwords',
  contains_email: 'must not contain the e-mail',
  too_few_distinct: 'has too few different characters',
};

/**
 * Checks a staff password against the shared policy (platform/auth/password-policy.ts) and the
 * two rules only staff have: not the e-mail itself (the policy catches it only when the name
 * part is 4+ characters) and not the password being replaced. Used for a new user's first
 * password, a reset, a change, and the initial administrator from `ADMIN_PASSWORD`.
 *
 * @example
 * assertAcceptablePassword('qwertyuiop', { email: 'anna@prichal.ru' }, 'body.password') // throws validation_failed
 */
export function assertAcceptablePassword(password: string, context: { email: string; current?: string }, path = 'body.newPassword'): void {
  const weakness = passwordWeakness(password, context.email);
  if (weakness) throw StaffErrors.weakPassword(WEAKNESS_MESSAGE[weakness], path);
  if (password.trim().toLowerCase() === context.email.toLowerCase()) throw StaffErrors.weakPassword('must not be the e-mail', path);
  if (context.current !== undefined && password === context.current) throw StaffErrors.weakPassword('must differ from the current password', path);
}

import { StaffErrors } from './staff.errors';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * The staff password rules: long enough to resist guessing at our login rate limit, and not
 * the e-mail or the password being replaced. Length beats composition rules (NIST 800-63B).
 */
export function assertAcceptablePassword(password: string, context: { email: string; current?: string }, path = 'body.newPassword'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw StaffErrors.weakPassword(`must be at least ${MIN_PASSWORD_LENGTH} characters`, path);
  if (password.trim().toLowerCase() === context.email.toLowerCase()) throw StaffErrors.weakPassword('must not be the e-mail', path);
  if (context.current !== undefined && password === context.current) throw StaffErrors.weakPassword('must differ from the current password', path);
}

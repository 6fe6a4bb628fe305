import { AppError } from '../../platform/errors/app-error';
import type { PasswordWeakness } from '../../platform/auth/password-policy';
import type { EmailTokenPurpose } from './email-tokens';

/** Problem codes of customer accounts; the shop translates `code` + `params`. */
export const CustomerErrors = {
  authenticationRequired: () =>
    new AppError('authentication_required', 401, { detail: 'Log in first: send the access token as `Authorization: Bearer …`' }),
  invalidAccessToken: () =>
    new AppError('invalid_access_token', 401, { detail: 'The access token is invalid, expired or its login was ended; refresh or log in again' }),
  // One answer for an unknown email and a wrong password, so accounts cannot be listed.
  invalidCredentials: () => new AppError('invalid_credentials', 401, { detail: 'Wrong email or password' }),
  invalidRefreshToken: () =>
    new AppError('invalid_refresh_token', 401, { detail: 'The refresh token is invalid, expired, already used or its login was ended; log in again' }),
  emailTaken: (email: string) =>
    new AppError('email_already_registered', 409, { detail: `An account with ${email} exists; log in or reset the password`, params: { email } }),
  emailAlreadyVerified: () => new AppError('email_already_verified', 409, { detail: 'This email address is already confirmed' }),
  weakPassword: (path: string, reason: PasswordWeakness, minLength: number) =>
    new AppError('password_too_weak', 400, {
      detail: `Invalid request: ${path} — ${WEAKNESS_TEXT[reason]}`,
      params: { reason, minLength },
      errors: [{ path, message: WEAKNESS_TEXT[reason] }],
    }),
  currentPasswordIncorrect: () => new AppError('current_password_incorrect', 403, { detail: 'The current password is wrong' }),
  tokenInvalid: (purpose: EmailTokenPurpose) =>
    new AppError(INVALID_TOKEN_CODE[purpose], 422, { detail: 'This link is invalid, was already used or has expired; ask for a new one' }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new AppError('too_many_requests', 429, { detail: `Too many requests; try again in ${retryAfterSeconds} s`, params: { retryAfterSeconds } }),
  invalidField: (path: string, message: string) =>
    new AppError('validation_failed', 400, { detail: `Invalid request: ${path} — ${message}`, errors: [{ path, message }] }),
};

const INVALID_TOKEN_CODE: Record<EmailTokenPurpose, string> = {
  email_verification: 'verification_token_invalid',
  password_reset: 'reset_token_invalid',
  email_change: 'email_change_token_invalid',
};

const WEAKNESS_TEXT: Record<PasswordWeakness, string> = {
  too_short: 'is too short',
  too_long: 'is too long',
  too_common: 'is one of the most common passwords',
  contains_email: 'must not contain the email address',
  too_few_distinct: 'has too few different characters',
};

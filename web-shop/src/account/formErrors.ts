import { ApiError } from '@prichal/sdk';
import type { TFunction } from 'i18next';
import { emailProblem } from '../checkout/email';

/** The fields of the account forms, named as the API's request bodies name them. */
export const ACCOUNT_FIELDS = ['email', 'newEmail', 'password', 'currentPassword', 'newPassword', 'fullName', 'phone', 'messengerHandle', 'consent'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];
export type AccountFieldErrors = Partial<Record<AccountField, string>>;

/** What the API's password policy asks (api/src/platform/auth/password-policy.ts). */
export const PASSWORD_MIN_LENGTH = 10;
const WEAKNESSES = ['too_short', 'too_long', 'too_common', 'contains_email', 'too_few_distinct'] as const;
type Weakness = (typeof WEAKNESSES)[number];

function isField(value: string | undefined): value is AccountField {
  return (ACCOUNT_FIELDS as readonly string[]).includes(value ?? '');
}

export function weakPasswordText(t: TFunction, reason: unknown): string {
  const known = (WEAKNESSES as readonly unknown[]).includes(reason) ? (reason as Weakness) : 'too_short';
  return t(`account.password.weak.${known}`, { minLength: PASSWORD_MIN_LENGTH });
}

/** The first check of a new password in the browser: its length (the API judges the rest). */
export function newPasswordError(t: TFunction, password: string): string | undefined {
  if (password === '') return t('checkout.errors.required');
  return [...password].length < PASSWORD_MIN_LENGTH ? weakPasswordText(t, 'too_short') : undefined;
}

export function emailError(t: TFunction, email: string): string | undefined {
  const problem = emailProblem(email);
  return problem ? t(`checkout.errors.${problem}`) : undefined;
}

/**
 * The field problems of an API refusal, in the user's language (the API's own messages are
 * English), or null when the refusal concerns no field.
 */
export function apiFieldErrors(t: TFunction, error: unknown): AccountFieldErrors | null {
  if (!(error instanceof ApiError)) return null;
  const { code, params, errors } = error.problem;
  const found: AccountFieldErrors = {};
  if (code === 'current_password_incorrect') found.currentPassword = t('errors.codes.current_password_incorrect');
  if (code === 'email_already_registered') found.email = t('errors.codes.email_already_registered');
  for (const issue of errors ?? []) {
    const field = /^body\.(\w+)$/.exec(issue.path)?.[1];
    if (!isField(field)) continue;
    if (code === 'password_too_weak') found[field] = weakPasswordText(t, params?.reason);
    else found[field] = t(`account.fieldErrors.${field}`);
  }
  return Object.keys(found).length > 0 ? found : null;
}

/** Whether two addresses are one account's, as the API compares them (trimmed, any case). */
export const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The refusals of an email change beside its fields: an address that is taken, or that is the
 * account's own already, is the new address's problem.
 */
export function emailChangeFieldErrors(t: TFunction, error: unknown, newEmail: string, currentEmail: string): AccountFieldErrors | null {
  if (error instanceof ApiError && error.problem.code === 'email_already_registered') return { newEmail: t('account.changeEmail.taken') };
  const fields = apiFieldErrors(t, error);
  if (fields?.newEmail && sameAddress(newEmail, currentEmail)) fields.newEmail = t('account.changeEmail.same');
  return fields;
}

/** Focuses the first field with a problem, in the order the form shows them. */
export function focusFirstError(form: HTMLFormElement | null, errors: AccountFieldErrors): void {
  const first = ACCOUNT_FIELDS.find((field) => errors[field]);
  if (first) form?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
}

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The buyer's details, checked by the rules POST /orders applies (api/src/modules/orders:
 * CustomerInput and normalizePhone), so a mistake shows beside its field before the request.
 * validation.test.ts runs both on the same inputs to keep them in step.
 */
export interface CustomerDetails {
  fullName: string;
  email: string;
  phone: string;
}

export type CustomerField = keyof CustomerDetails;
export type FieldProblem = 'required' | 'fullNameShort' | 'fullNameLetters' | 'tooLong' | 'email' | 'phone';
export type CustomerProblems = Partial<Record<CustomerField, FieldProblem>>;

/** zod 4's email pattern, which the API's `z.email()` uses. */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const LETTER = /\p{L}/u;

export function fullNameProblem(value: string): FieldProblem | undefined {
  const name = value.trim();
  if (name === '') return 'required';
  if (name.length < 2) return 'fullNameShort';
  if (name.length > 200) return 'tooLong';
  if (!LETTER.test(name)) return 'fullNameLetters';
  return undefined;
}

export function emailProblem(value: string): FieldProblem | undefined {
  // The API checks the address as sent (no trimming): trim here, and send it trimmed.
  const email = value.trim();
  if (email === '') return 'required';
  if (email.length > 254) return 'tooLong';
  return EMAIL.test(email) ? undefined : 'email';
}

/** The number in E.164 when it is a real one; Russian numbers may omit the country code. */
export function normalizePhone(value: string): string | null {
  const phone = parsePhoneNumberFromString(value.trim(), 'RU');
  return phone && phone.isValid() ? phone.number : null;
}

export function phoneProblem(value: string): FieldProblem | undefined {
  const phone = value.trim();
  if (phone === '') return 'required';
  if (phone.length > 32) return 'tooLong';
  return phone.length >= 5 && normalizePhone(phone) ? undefined : 'phone';
}

export function validateCustomer(details: CustomerDetails): CustomerProblems {
  const problems: CustomerProblems = {};
  const fullName = fullNameProblem(details.fullName);
  const email = emailProblem(details.email);
  const phone = phoneProblem(details.phone);
  if (fullName) problems.fullName = fullName;
  if (email) problems.email = email;
  if (phone) problems.phone = phone;
  return problems;
}

/** The details as the order request carries them. */
export function cleanCustomer(details: CustomerDetails): CustomerDetails {
  return { fullName: details.fullName.trim(), email: details.email.trim(), phone: details.phone.trim() };
}

/** A field an API 400 names (`body.customer.phone`), for showing the problem beside it. */
export function fieldOfApiPath(path: string): CustomerField | null {
  const match = /^body\.customer\.(fullName|email|phone)$/.exec(path);
  return match ? (match[1] as CustomerField) : null;
}

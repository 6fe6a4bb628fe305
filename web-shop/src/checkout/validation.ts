import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { emailProblem } from './email';

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
// Apart, so pages that check only an email do not load the phone-number metadata.
export { emailProblem } from './email';
export type CustomerProblems = Partial<Record<CustomerField, FieldProblem>>;

const LETTER = /\p{L}/u;

export function fullNameProblem(value: string): FieldProblem | undefined {
  const name = value.trim();
  if (name === '') return 'required';
  if (name.length < 2) return 'fullNameShort';
  if (name.length > 200) return 'tooLong';
  if (!LETTER.test(name)) return 'fullNameLetters';
  return undefined;
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

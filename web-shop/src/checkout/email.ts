/** zod 4's email pattern, which the API's `z.email()` uses. */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** Why an email address would be refused by the API (see validation.ts), or undefined. */
export function emailProblem(value: string): 'required' | 'tooLong' | 'email' | undefined {
  // The API checks the address as sent (no trimming): trim here, and send it trimmed.
  const email = value.trim();
  if (email === '') return 'required';
  if (email.length > 254) return 'tooLong';
  return EMAIL.test(email) ? undefined : 'email';
}

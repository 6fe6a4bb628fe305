import { assertAcceptablePassword } from './staff-passwords';

/** Staff passwords: the shared policy, answered as the staff API's `validation_failed`. */
const EMAIL = 'anna.smirnova@prichal.test';
const problem = (password: string, current?: string) => {
  try {
    assertAcceptablePassword(password, { email: EMAIL, ...(current === undefined ? {} : { current }) }, 'body.password');
    return null;
  } catch (error) {
    const { code, status, errors } = error as { code: string; status: number; errors?: unknown };
    return { code, status, errors };
  }
};

it.each([
  ['short1234', 'must be at least 10 characters'],
  ['password123', 'is one of the most common passwords'],
  ['QWERTYUIOP', 'is one of the most common passwords'],
  ['aaaaabbbbbaaaaa', 'has too few different characters'],
  ['x'.repeat(64) + 'y'.repeat(65), 'must be at most 128 characters'],
  ['anna.smirnova-2026', 'must not contain the e-mail'],
])('refuses %s: %s', (password, message) => {
  expect(problem(password)).toEqual({ code: 'validation_failed', status: 400, errors: [{ path: 'body.password', message }] });
});

it('refuses the e-mail itself, however short its name part, and the password being replaced', () => {
  expect(assertAcceptablePassword.bind(null, 'ab@prichal.test', { email: 'ab@prichal.test' })).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  expect(problem('причал-пароль-2026', 'причал-пароль-2026')?.errors).toEqual([{ path: 'body.password', message: 'must differ from the current password' }]);
});

it('accepts a long passphrase in any alphabet', () => {
  expect(problem('причал-пароль-2026')).toBeNull();
  expect(problem('temporary-pass-1')).toBeNull();
});

import { startTestApp, type TestApp } from '../../test/test-app';
import { ensureInitialAdmin } from './initial-admin';

/** A given ADMIN_PASSWORD passes the staff password policy, or no administrator is made. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('refuses a common ADMIN_PASSWORD and creates nobody', async () => {
  await expect(ensureInitialAdmin(t.db, t.services.audit, { email: 'boss@prichal.test', password: 'password123' })).rejects.toMatchObject({
    code: 'validation_failed',
    errors: [{ path: 'ADMIN_PASSWORD', message: 'is one of the most common passwords' }],
  });
  expect(await t.db.query('SELECT 1 FROM staff_user')).toEqual([]);
});

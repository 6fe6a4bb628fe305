import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Hono belongs to the HTTP edge. Services, workers' jobs and workflows take plain values (an
 * AuditContext, a StaffPrincipal, a customer id) and let the router translate the request.
 */
const honoStaysAtTheEdge = {
  patterns: [{
    group: ['hono', 'hono/*', '@hono/*'],
    message: 'Only routes, routers, schemas and HTTP helpers import Hono: pass the service a plain value (e.g. auditContextOf(c)), and take `z` from zod.',
  }],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'sdk/src/schema.d.ts', 'test-results/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['api/src/modules/**/*.ts', 'api/src/workflows/**/*.ts'],
    ignores: [
      '**/*.routes.ts', '**/*.router.ts', '**/*.schemas.ts', '**/*.middleware.ts', '**/*.test.ts',
      // Request helpers: they read a Hono Context so that handlers hand services plain values.
      'api/src/modules/staff/admin-route.ts',
      'api/src/modules/staff/staff-request.ts',
      'api/src/modules/customers/customer-auth.ts',
      'api/src/modules/orders/order-access.ts',
    ],
    rules: { 'no-restricted-imports': ['error', honoStaysAtTheEdge] },
  },
  {
    files: ['web-shop/**/*.{ts,tsx}', 'web-crm/**/*.{ts,tsx}', 'sdk/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'api/src/test/**'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

/**
 * One jest run for the whole repository: the API project (real PostgreSQL, a database per
 * test file, every response checked against openapi/openapi.json) and the SPAs' unit tests.
 * TypeScript is transformed by @swc/jest: fast, and independent of the TypeScript version the
 * type checker uses.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

// jose ships ES modules only: Node 20 loads them through require(esm), jest's runtime does not,
// so jest compiles it to CommonJS like our own sources.
const esmOnlyPackages = ['jose'];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`];

// ESM-style TypeScript imports name the compiled file ("./seating.js"); jest resolves the source.
const moduleNameMapper = { '^(\\.{1,2}/.*)\\.js$': '$1' };

// What tests that start the API need: jose compiled, a migrated database per file, and every
// response checked against openapi/openapi.json.
const apiHarness = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': swc, '/node_modules/jose/.+\\.js$': swc },
  transformIgnorePatterns,
  moduleNameMapper,
  globalSetup: '<rootDir>/api/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/api/src/test/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/api/src/test/setup-contract.ts'],
};

module.exports = {
  projects: [
    {
      ...apiHarness,
      displayName: 'api',
      roots: ['<rootDir>/api/src'],
      testMatch: ['**/*.test.ts'],
    },
    {
      displayName: 'web',
      testEnvironment: 'node',
      roots: ['<rootDir>'],
      testMatch: ['<rootDir>/{web-shop,web-crm,sdk}/src/**/*.test.{ts,tsx}'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      transform: { '^.+\\.tsx?$': swc },
      moduleNameMapper,
    },
    {
      // The shop and the CRM in Debian's Chromium against the API serving their production builds
      // (see web-shop/e2e, web-crm/e2e): a database per file like the API tests, and the same
      // contract checks. They need `npm run build` first.
      ...apiHarness,
      displayName: 'browser',
      roots: ['<rootDir>/web-shop/e2e', '<rootDir>/web-crm/e2e'],
      testMatch: ['**/*.test.ts'],
    },
  ],
  testTimeout: 30_000,
};

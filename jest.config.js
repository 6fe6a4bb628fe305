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

module.exports = {
  projects: [
    {
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/api/src'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc, '/node_modules/jose/.+\\.js$': swc },
      transformIgnorePatterns,
      moduleNameMapper,
      globalSetup: '<rootDir>/api/src/test/global-setup.ts',
      globalTeardown: '<rootDir>/api/src/test/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/api/src/test/setup-contract.ts'],
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
      // The CRM in Debian's Chromium against the real API; needs `npm run build` first.
      displayName: 'crm-browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/web-crm/e2e'],
      testMatch: ['**/*.browser.test.ts'],
      transform: { '^.+\\.tsx?$': swc, '/node_modules/jose/.+\\.js$': swc },
      transformIgnorePatterns,
      moduleNameMapper,
      globalSetup: '<rootDir>/web-crm/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/web-crm/e2e/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/api/src/test/setup-contract.ts'],
    },
  ],
  testTimeout: 30_000,
};

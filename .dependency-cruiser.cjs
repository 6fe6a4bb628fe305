/**
 * Import graph rules, run by `npm run lint` (`depcruise` after eslint).
 *
 * dependency-cruiser rather than eslint's import/no-cycle: the eslint plugins skip type-only
 * imports, and the circle this guards against ran through one (`AppEnv` importing the
 * `Services` type). Here `tsPreCompilationDeps` keeps every `import type` in the graph.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles tie layers together (and turn into load-order bugs once a value import joins them). Move the shared piece below both sides.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-foreign-table-internals',
      severity: 'error',
      comment:
        "A module's SQL files (*.sql.ts) and entities are how it reaches its own tables; another module calls the owner's functions instead (see api/src/modules/table-ownership.test.ts). The two exceptions are being moved behind seating's and catalog's functions.",
      from: {
        path: '^api/src/modules/([^/]+)/',
        pathNot: ['[.]test[.]ts$', '^api/src/modules/orders/order-holds[.]ts$', '^api/src/modules/seating/sailing-directory[.]ts$'],
      },
      to: {
        path: ['^api/src/modules/[^/]+/.*[.]sql[.]ts$', '^api/src/modules/[^/]+/.*entities/'],
        pathNot: '^api/src/modules/$1/',
      },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage|test-results)/' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      // Packages with an `exports` map (hono/*, @prichal/sdk) resolve through it.
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'require', 'node', 'default'],
      mainFields: ['types', 'module', 'main'],
    },
    cache: false,
  },
};

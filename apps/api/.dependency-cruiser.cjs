// The module kit's import boundaries (docs/ARCHITECTURE.md), checked by
// src/app/__tests__/boundaries.test.ts with dependency-cruiser.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-no-module',
      comment: 'The kernel (context, transactions, errors, loader kit, ...) never imports a module or the app.',
      severity: 'error',
      from: { path: '^src/kernel/', pathNot: '__tests__' },
      to: { path: '^src/(modules|app)/' },
    },
    {
      name: 'modules-meet-only-at-index',
      comment: "A module reaches another only through that module's public index.ts.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '__tests__' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-file-cycles-across-modules',
      comment: 'No import cycle passes through two modules (module-level cycles: boundaries.test.ts).',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '__tests__' },
      to: { circular: true, path: '^src/modules/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'only-entry-points-import-the-app',
      comment: 'The composition root is imported by entry points (main, index, seed, bench, schema, tests), never by a module or the kernel.',
      severity: 'error',
      from: { path: '^src/(modules|kernel)/', pathNot: '__tests__' },
      to: { path: '^src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

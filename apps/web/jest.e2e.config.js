// End-to-end tests: a real Chromium (playwright-core) against `next start` and the API,
// started on free ports over a throw-away database by e2e/globalSetup.mjs.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // The tests read the web's own widget list (src/widgets/index.ts) to know which cards to expect.
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  globalSetup: '<rootDir>/e2e/globalSetup.mjs',
  globalTeardown: '<rootDir>/e2e/globalTeardown.mjs',
  maxWorkers: 1,
  testTimeout: 90_000,
};

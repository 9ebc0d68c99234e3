// Two jest projects: fast jsdom component/unit tests, and the node integration test that
// runs the composed profile queries against a real API on a throw-away database.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc },
  // The API's compiled CommonJS build is loaded as-is.
  transformIgnorePatterns: ['/node_modules/', '/apps/api/dist/'],
  moduleNameMapper: {
    '\\.(css)$': 'identity-obj-proxy',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      // Prefer the CommonJS builds of dependencies over their browser ESM builds.
      testEnvironmentOptions: { customExportConditions: ['require', 'node', 'default'] },
      setupFilesAfterEnv: ['<rootDir>/test/setupJsdom.ts'],
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.int.test.ts'],
      globalSetup: '<rootDir>/test/globalSetup.mjs',
      globalTeardown: '<rootDir>/test/globalTeardown.mjs',
    },
  ],
};

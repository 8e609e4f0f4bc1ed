/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: '<rootDir>/tests/support/environment.js',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Type checking is done once by `npm run typecheck`; jest only transpiles.
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    // jose 6 ships ES modules only; jest's CommonJS runtime needs them transpiled (Node itself
    // loads them with require(esm), Node ≥ 20.19).
    '^.+/node_modules/jose/.+\\.js$': [
      'ts-jest',
      { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  // PGlite runs outside jest's sandbox (see tests/support/environment.js).
  moduleNameMapper: {
    '^@electric-sql/pglite$': '<rootDir>/tests/support/pglite.js',
    '^@electric-sql/pglite/contrib/.+$': '<rootDir>/tests/support/pgliteContrib.js',
  },
  testTimeout: 20000,
  // Builds the migrated embedded-database template every test starts from (tests/support).
  globalSetup: '<rootDir>/tests/globalSetup.ts',
};

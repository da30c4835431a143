// API tests: the real application against a real PostgreSQL (embedded when DATABASE_URL is unset).
// Each test file gets its own database, created from scratch by the migrations.
module.exports = {
  displayName: 'api',
  rootDir: '../..',
  testMatch: ['<rootDir>/tests/api/**/*.spec.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/tests/tsconfig.json',
        // The same OpenAPI generation as the build, so that the tests read the real document.
        astTransformers: { before: ['<rootDir>/tests/api/support/swagger-transformer.cjs'] },
      },
    ],
  },
  moduleNameMapper: { '^@accord/shared$': '<rootDir>/shared/src/index.ts' },
  globalSetup: '<rootDir>/tests/api/support/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/api/support/global-teardown.mjs',
  testTimeout: 60000,
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.nx'],
};

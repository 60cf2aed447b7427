/** One project per test layer; `npm test` runs them all and prints one summary line. */
const transform = { '^.+\\.[jt]sx?$': 'babel-jest' }
const base = {
  transform,
  // @stablelib ships ESM only; babel turns any ESM we load from node_modules into commonjs.
  transformIgnorePatterns: ['/node_modules/(?!(@stablelib)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  // A test fails when the code reports an unexpected error it did not ask for.
  setupFilesAfterEnv: ['<rootDir>/test/support/unexpected-reports.ts'],
}

module.exports = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/unit/setup.ts'],
      setupFilesAfterEnv: [...base.setupFilesAfterEnv, '<rootDir>/test/support/default-budget.ts'],
    },
    {
      // The backend contract tests again, every request through HttpTransport and the mock server.
      ...base,
      displayName: 'contract-http',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/backend/**/*.test.ts'],
      // Fault injection targets the in-app store, which never goes over HTTP.
      testPathIgnorePatterns: ['/node_modules/', '/storage-faults\\.test\\.ts$'],
      setupFiles: ['<rootDir>/test/unit/setup.ts', '<rootDir>/test/support/contract-http-env.ts'],
      setupFilesAfterEnv: [
        ...base.setupFilesAfterEnv,
        '<rootDir>/test/support/default-budget.ts',
        '<rootDir>/test/support/contract-http-teardown.ts',
      ],
    },
    {
      ...base,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/ui/setup.ts'],
      setupFilesAfterEnv: [...base.setupFilesAfterEnv, '<rootDir>/test/support/default-budget.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/test/ui/stubs/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/ui/stubs/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/ui/stubs/style.ts',
      },
    },
    {
      ...base,
      displayName: 'compiled',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/compiled/**/*.test.ts'],
      setupFilesAfterEnv: [...base.setupFilesAfterEnv, '<rootDir>/test/compiled/setup.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFilesAfterEnv: [...base.setupFilesAfterEnv, '<rootDir>/test/e2e/setup.ts'],
    },
  ],
}

/** Unit, component and fixture tests. The LibreOffice cross-check and the browser run have their own scripts. */
// ts-jest transpiles each file on its own (no type check: `npm run typecheck` does that), because tsconfig.json
// sets isolatedModules.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/', '\\.oracle\\.test\\.ts$'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  collectCoverageFrom: ['src/domain/**/*.ts', 'src/i18n/**/*.ts', 'src/report/**/*.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // Component tests with userEvent are slow on a loaded 2-core machine; this is a limit, not a speed target.
  testTimeout: 60_000,
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { './src/domain/': { lines: 90 }, './src/report/': { lines: 90 } },
};

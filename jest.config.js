/** Unit, component and fixture tests. The LibreOffice cross-check and the browser run have their own scripts. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/', '\\.oracle\\.test\\.ts$'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  collectCoverageFrom: ['src/domain/**/*.ts', 'src/i18n/**/*.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { './src/domain/': { lines: 90 } },
};

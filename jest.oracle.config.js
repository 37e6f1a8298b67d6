/** The LibreOffice cross-check: our live formulas recalculated by a real spreadsheet (needs `soffice`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/oracle'],
  testMatch: ['**/*.oracle.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 180000,
};

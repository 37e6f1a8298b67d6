/**
 * `npm run test:large`: the tests at real sizes — every Office.js operation's payload and syncs at 10 000
 * measures (test/workbook/excel/budget10000.large.test.ts), a check of a million rows within the reader's
 * limits (test/cli/millionRows.large.test.ts), and the base64 of the pane's rolled workbook at 5 000 and 10 000
 * measures (test/taskpane/rollSize.large.test.ts). Kept out of `npm test` (a third of its time on this VM, which
 * took 317 s with coverage and them, 215 s without coverage); .ci/run runs them as their own step.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['**/*.large.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  collectCoverageFrom: undefined,
  coverageThreshold: undefined,
};

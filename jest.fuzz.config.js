/**
 * `npm run test:fuzz`: the whole check fuzzed with 10 000 generated workbooks (test/domain/check.fuzz.test.ts).
 * Kept out of `npm test` because it alone took a fifth of that run; .ci/run runs it as its own step.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['**/*.fuzz.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  collectCoverageFrom: undefined,
  coverageThreshold: undefined,
};

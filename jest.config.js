/**
 * Unit, component and fixture tests (`npm test`; .ci/run adds --coverage, whose thresholds are below). The
 * fuzzing (jest.fuzz.config.js), the tests at 10 000 measures and a million rows (jest.large.config.js), the
 * LibreOffice cross-check and the browser run have their own scripts, all run by .ci/run.
 */
// test/transform.cjs strips the types with esbuild, each file on its own (no type check: `npm run typecheck` does
// that), because tsconfig.json sets isolatedModules; the few test files that call jest.mock go through ts-jest.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '/test/browser/',
    '\\.oracle\\.test\\.ts$',
    '\\.fuzz\\.test\\.ts$',
    '\\.large\\.test\\.ts$',
  ],
  transform: { '^.+\\.tsx?$': '<rootDir>/test/transform.cjs' },
  // jest's runtime with modules compiled as vm.Script, which V8 caches, so a module is not compiled anew in every
  // test file (test/jest/runtime.cjs: some 17 % of the CPU time measured on test/workbook and test/domain).
  runtime: '<rootDir>/test/jest/runtime.cjs',
  collectCoverageFrom: ['src/domain/**/*.ts', 'src/i18n/**/*.ts', 'src/report/**/*.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  globalSetup: '<rootDir>/test/globalSetup.ts',
  // Fluent's entries load every component and icon they have for each component test file; these load the same
  // components and icons, those the tests ask for (see the files' comments for the measurements).
  moduleNameMapper: {
    '^@fluentui/react-components$': '<rootDir>/test/taskpane/fluentComponents.cjs',
    '^@fluentui/react-icons$': '<rootDir>/test/taskpane/fluentIcons.cjs',
  },
  // Component tests with userEvent are slow on a loaded 2-core machine; this is a limit, not a speed target.
  testTimeout: 60_000,
  // One worker per core (jest's default leaves one core to its own main process, which here meant a single
  // worker running every file in turn on a 2-core machine).
  maxWorkers: '100%',
  // A worker ends when its event loop is empty. The one that ran the 10 000-row Excel budget test holds a heap
  // of about 1 GB and needs more than jest-worker's default 500 ms to end on this VM, so every full run printed
  // "A worker process has failed to exit gracefully" and had it killed. With 10 s it ends by itself (budget.test.ts
  // run with one more file: the warning every time before, not after); no handle is left open.
  workerGracefulExitTimeout: 10_000,
  // Babel's instrumentation (the default): V8's coverage took three times the CPU time here.
  coverageReporters: ['text-summary', 'text'],
  // Close under what the tests reach (domain 99.5 % of lines, report 100 %), so that losing tests shows.
  coverageThreshold: {
    './src/domain/': { lines: 97, branches: 85 },
    './src/report/': { lines: 97, branches: 85 },
    './src/i18n/': { lines: 97 },
  },
};

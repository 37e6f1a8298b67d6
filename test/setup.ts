/** Runs before every test file (jest.config.js, setupFilesAfterEnv). */
if (typeof window !== 'undefined') {
  // Component tests only (jsdom): Testing Library and the browser shims take most of a second to load, which
  // the sixty node test files need not pay.
  require('./taskpane/jsdomShims'); // eslint-disable-line @typescript-eslint/no-require-imports
}

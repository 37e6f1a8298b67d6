/**
 * jest's transformer for TypeScript: esbuild strips the types (tsconfig.json sets isolatedModules, so each file
 * stands alone; `npm run typecheck` checks the types). ts-jest ran the TypeScript compiler on each file: on a
 * clean checkout (jest's cache empty) that was 62 s of `npm test`'s 6 min of CPU here, and 35 s of its wall time.
 *
 * What ts-jest's output did that esbuild's does not, kept:
 * - A test file that calls jest.mock needs the call above its imports (babel-plugin-jest-hoist's work); esbuild
 *   leaves statements where they are. Those few files still go through ts-jest.
 * - jest.spyOn(module, 'fn') replaces an export: esbuild's CommonJS exports are getters that cannot be
 *   redefined, so its two helpers that define them are made to define configurable ones (jest then swaps the
 *   getter, as it does for Babel's exports), and `import * as m` gives the module itself, not a copy (below).
 *   If esbuild writes those helpers differently, this refuses loudly.
 * - Coverage counts at the file's own lines: the source map goes to jest as an object (as text it is not read,
 *   and istanbul counted esbuild's helpers and lines: test/jest/transformCoverage.test.ts).
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const { compilerOptions } = JSON.parse(readFileSync(path.join(__dirname, '..', 'tsconfig.json'), 'utf8'));
// What the output depends on besides each file: this transformer and the compiler options it passes.
const SELF = readFileSync(__filename, 'utf8') + JSON.stringify(compilerOptions);

// The property definitions in esbuild's __export and __copyProps helpers (it renames their variables at will;
// the name __defProp is its own: one of the file's is renamed).
const DEFINITION = /^(\s+__defProp\(\w+, \w+, \{ get: .*) \}\);$/gm;

// esbuild's __toESM (import * as x, import x from): a copy of a module's exports, where TypeScript's
// esModuleInterop gives the module itself when it is compiled ESM (__esModule). A spy on the copy would miss the
// calls every other file makes: so it gives the module itself too. On one line, as the source map wants.
const TO_ESM = /^var __toESM = \((\w+), (\w+), (\w+)\) => \(/m;

const MOCKS = /\bjest\.(mock|unmock|enableAutomock|disableAutomock|deepUnmock)\(/;

let tsJest = null;
const viaTsJest = () => (tsJest ??= require('ts-jest').default.createTransformer({ tsconfig: 'tsconfig.json' }));

/** esbuild's CommonJS interop made to behave as TypeScript's (see above). */
function asTypeScript(code, file) {
  const helpers = ['__export', '__copyProps'].filter((h) => code.includes(`var ${h} =`)).length;
  let found = 0;
  const out = code.replace(DEFINITION, (_, definition) => (found++, `${definition}, configurable: true });`));
  if (found !== helpers) throw new Error(`test/transform.cjs: esbuild's export helpers changed shape (${file})`);
  if (!code.includes('var __toESM =')) return out;
  if (!TO_ESM.test(out)) throw new Error(`test/transform.cjs: esbuild's __toESM helper changed shape (${file})`);
  return out.replace(TO_ESM, 'var __toESM = ($1, $2, $3) => $1 && $1.__esModule ? $1 : (');
}

module.exports = {
  process(source, file, options) {
    if (MOCKS.test(source)) return viaTsJest().process(source, file, options);
    const { code, map } = esbuild.transformSync(source, {
      loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'cjs',
      target: 'es2022',
      platform: 'node',
      // As TypeScript's CommonJS output does (jest's module registry has no import()): a require in a promise.
      supported: { 'dynamic-import': false },
      sourcefile: file,
      sourcemap: 'external',
      sourcesContent: false,
      tsconfigRaw: { compilerOptions },
    });
    return { code: asTypeScript(code, file), map: JSON.parse(map) };
  },
  getCacheKey(source, file, options) {
    const key = MOCKS.test(source) ? viaTsJest().getCacheKey(source, file, options) : esbuild.version;
    return createHash('sha256')
      .update(SELF)
      .update('\0')
      .update(key)
      .update('\0')
      .update(file)
      .update('\0')
      .update(source)
      .update('\0')
      .update(options.configString)
      .digest('hex');
  },
};

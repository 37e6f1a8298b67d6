/**
 * jest's transformer for TypeScript: esbuild strips the types (tsconfig.json sets isolatedModules, so each file
 * stands alone; `npm run typecheck` checks the types). ts-jest ran the TypeScript compiler on each file: on a
 * clean checkout (jest's cache empty) that was 62 s of `npm test`'s 6 min of CPU here, and 35 s of its wall time.
 *
 * Two things ts-jest did that esbuild does not, kept:
 * - A test file that calls jest.mock needs the call above its imports (babel-plugin-jest-hoist's work); esbuild
 *   leaves statements where they are. Those few files still go through ts-jest.
 * - jest.spyOn(module, 'fn') replaces an export: esbuild's CommonJS exports are getters that cannot be
 *   redefined, so its two helpers that define them are made to define configurable ones (jest then swaps the
 *   getter, as it does for Babel's exports). If esbuild writes those helpers differently, this refuses loudly.
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const { compilerOptions } = JSON.parse(readFileSync(path.join(__dirname, '..', 'tsconfig.json'), 'utf8'));
const SELF = readFileSync(__filename, 'utf8');

// The property definitions in esbuild's __export and __copyProps helpers (it renames their variables at will;
// the name __defProp is its own: one of the file's is renamed).
const DEFINITION = /^(\s+__defProp\(\w+, \w+, \{ get: .*) \}\);$/gm;

// esbuild's helpers, each defined at the start of a line of the file's first lines.
const HELPER = /^var __\w+ = /gm;

const MOCKS = /\bjest\.(mock|unmock|enableAutomock|disableAutomock|deepUnmock)\(/;

let tsJest = null;
const viaTsJest = () => (tsJest ??= require('ts-jest').default.createTransformer({ tsconfig: 'tsconfig.json' }));

function configurable(code, file) {
  const helpers = ['__export', '__copyProps'].filter((h) => code.includes(`var ${h} =`)).length;
  let found = 0;
  const out = code.replace(DEFINITION, (_, definition) => (found++, `${definition}, configurable: true });`));
  if (found !== helpers) throw new Error(`test/transform.cjs: esbuild's export helpers changed shape (${file})`);
  // Its helpers are not the file's code: their branches would count as not covered, at the file's first lines.
  return out.replace(HELPER, '/* istanbul ignore next */ $&');
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
    return { code: configurable(code, file), map };
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

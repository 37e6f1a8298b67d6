/**
 * Coverage of a file test/transform.cjs compiles is counted at the file's own lines: jest hands the transformer's
 * map to babel-plugin-istanbul (inputSourceMap) and its reporter maps the counts back through it. esbuild's map
 * comes back as JSON text, which is not mapped back: the counts stay at esbuild's output lines (helpers first, the
 * file's code below them, `0 && (module.exports = …)` at the end — one branch more per file, never taken), so
 * «Uncovered Line #s» name lines the file may not even have and src/domain's thresholds measure other code.
 * Done here as jest does it (@jest/transform _instrumentFile, @jest/reporters transformCoverage).
 */
import path from 'node:path';
import { transformSync } from '@babel/core';
import { createCoverageMap, type CoverageMapData } from 'istanbul-lib-coverage';

/* eslint-disable @typescript-eslint/no-require-imports -- jest's own helpers and the transformer, untyped */
const istanbul = require('babel-plugin-istanbul') as object;
const { readInitialCoverage } = require('istanbul-lib-instrument') as {
  readInitialCoverage(code: string): { coverageData: CoverageMapData[string] } | null;
};
const { createSourceMapStore } = require('istanbul-lib-source-maps') as {
  createSourceMapStore(): { transformCoverage(map: ReturnType<typeof createCoverageMap>): Promise<typeof map> };
};
const transformer = require('../transform.cjs') as {
  process(source: string, file: string, options: { configString: string }): { code: string; map: unknown };
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, '..', '..');
const FILE = path.join(ROOT, 'src', 'domain', 'coverageProbe.ts');

// One branch, the ?? on line 4 of the file.
const SOURCE = [
  "import { fallback } from './fallbackProbe';",
  '',
  'export function pick(a?: number): number {',
  '  return a ?? fallback;',
  '}',
  '',
].join('\n');

it('counts the branches of a compiled file at its own lines', async () => {
  const { code, map } = transformer.process(SOURCE, FILE, { configString: '{}' });
  const instrumented = transformSync(code, {
    babelrc: false,
    configFile: false,
    filename: FILE,
    plugins: [
      [
        istanbul,
        {
          compact: false,
          cwd: ROOT,
          exclude: [],
          extension: false,
          inputSourceMap: map as object,
          useInlineSourceMaps: false,
        },
      ],
    ],
  });
  const initial = readInitialCoverage(instrumented?.code ?? '');
  const mapped = await createSourceMapStore().transformCoverage(
    createCoverageMap(initial ? { [FILE]: initial.coverageData } : {}),
  );
  const branches = Object.values(mapped.fileCoverageFor(FILE).branchMap).map((b) => b.loc.start.line);
  expect(branches).toEqual([4]);
});

/**
 * Review r31 (import boundaries that STYLE.md and the code map state and nothing enforces): eslint.config.mjs keeps
 * the domain pure and the shells apart, and test/architecture.test.ts forbids circles, but neither says:
 *
 * - "One adapter per source" (STYLE.md): what both adapters need lives at src/workbook/'s root (clearAround.ts,
 *   lockedCells.ts, thisRow.ts, as the map says). src/workbook/excel/readBlocks.ts imports `serialToIso` from
 *   src/workbook/xlsx/read/cellValue.ts, inside the file adapter: a newcomer changing how the file reader turns a
 *   date serial into text changes the Office.js adapter without knowing. Fixed: the function lives at the
 *   workbook root (serialDate.ts), and eslint.config.mjs bans the crossing both ways.
 * - "Components never call Office or exceljs; hooks talk to the port" (STYLE.md, and the map's src/taskpane/ line):
 *   the pane's components/, views/ and hooks/ import no adapter and no Office or exceljs. Passing today; kept so.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Each import of a file (static or dynamic), relative ones resolved to a path under src/. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);
  return specs.map((s) => (s.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), s)) : s));
}

/** `file → import` for every import of the files under `dir` that `banned` says crosses the line. */
function crossings(dir: string, banned: (spec: string) => boolean): string[] {
  return filesUnder(path.join(SRC, dir)).flatMap((f) =>
    importsOf(f)
      .filter(banned)
      .map((s) => `${path.relative(SRC, f)} → ${s}`),
  );
}

test('control: the scan sees the imports of a file (the Excel adapter imports the port)', () => {
  expect(importsOf(path.join(SRC, 'workbook', 'excel', 'index.ts'))).toContain('workbook/port');
});

test('the Office.js adapter and the file adapter do not import each other', () => {
  const found = [
    ...crossings('workbook/excel', (s) => s.startsWith('workbook/xlsx')),
    ...crossings('workbook/xlsx', (s) => s.startsWith('workbook/excel')),
  ];
  expect(found).toEqual([]);
});

test("the pane's components, views and hooks import no adapter, Office.js or exceljs: they get the port", () => {
  const adapter = (s: string) =>
    s.startsWith('workbook/excel') || s.startsWith('workbook/xlsx') || s === 'exceljs' || s.includes('office-js');
  const found = ['taskpane/components', 'taskpane/views', 'taskpane/hooks'].flatMap((d) => crossings(d, adapter));
  expect(found).toEqual([]);
  const globals = ['taskpane/components', 'taskpane/views', 'taskpane/hooks'].flatMap((d) =>
    filesUnder(path.join(SRC, d)).filter((f) =>
      /\b(Office|Excel)\.(context|run|onReady)\b/.test(fs.readFileSync(f, 'utf8')),
    ),
  );
  expect(globals).toEqual([]);
});

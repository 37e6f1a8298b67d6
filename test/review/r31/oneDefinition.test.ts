/**
 * Review r31 (a newcomer who greps for a name or a rule): the code map promises "one truth" per idea, and a reader
 * who finds a function by name expects the one she found to be the one that runs. Three places where that is not so
 * (each with its fix in REVIEW-r31.md), all fixed but legacyImport's `cellText` (its test below says why):
 *
 * 1. Six exported names of src/domain/ stand for two different functions: `normalizeHeader`, `cellText` and
 *    `parseYearHeader` in read/ and again, behaving otherwise, in legacyImport/ (read's `cellText(true)` is "TRUE",
 *    legacyImport's is "true"); `isAmountColumn` in sheets/ and legacyImport/; `compareItems` in reconcile/ and
 *    consolidate/; `yearsNotRead` in compare/ and consolidate/.
 * 2. "The same sheet or table name, case and surrounding spaces aside" is written out in nineteen files
 *    (`a.trim().toLowerCase() === b.trim().toLowerCase()`, as `same`, `sameName`, `sameSheet`, `sameText`).
 * 3. "The plan years a table has no column for" (`years.filter((y) => layout.yearColumns[String(y)] === undefined)`
 *    after `yearsRead(layout)`) is written in four stages: totals/, reconcile/, compare/, consolidate/.
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

const rel = (f: string) => path.relative(SRC, f).split(path.sep).join('/');

/** Exported function, const and class names of the domain, each with the files that export it. */
function exportedNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const f of filesUnder(path.join(SRC, 'domain'))) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/^export (?:async )?(?:function|const|class) (\w+)/gm)) {
      names.set(m[1] as string, [...(names.get(m[1] as string) ?? []), rel(f)]);
    }
  }
  return names;
}

/** The files of src/ whose text matches `pattern`. */
const filesMatching = (pattern: RegExp) =>
  filesUnder(SRC)
    .filter((f) => pattern.test(fs.readFileSync(f, 'utf8')))
    .map(rel);

test('control: the scans find what they look for', () => {
  expect(exportedNames().get('readPlan')).toEqual(['domain/read/plan.ts']);
  expect(filesMatching(/export const yearsRead\b/)).toEqual(['domain/model/plan.ts']);
});

/** The names of src/domain/ exported by more than one file. */
const namesTwice = () => [...exportedNames()].filter(([, files]) => files.length > 1).map(([name]) => name);

test('no two exported functions of src/domain/ share a name', () => {
  expect(namesTwice()).toEqual([]);
});

test('"the same name, case and surrounding spaces aside" is written once in src/', () => {
  const copies = filesMatching(/(\w+)\.trim\(\)\.toLowerCase\(\) === [\w.]+\.trim\(\)\.toLowerCase\(\)/);
  expect(copies.length).toBeLessThanOrEqual(1);
});

test('"the plan years a table has no column for" is written once in src/', () => {
  const copies = filesMatching(/yearColumns\[String\(y\)\] === undefined/);
  expect(copies.length).toBeLessThanOrEqual(1);
});

/**
 * Review r31 (STYLE.md: "TSDoc on every exported domain function"; nothing enforces it): a newcomer reads a domain
 * function's comment on hover before its body. 559 of the 570 exported functions of src/domain/ have one; eleven do
 * not (measureEdits/common.ts's three, read/versionHeader.ts's two, model/yearTables.ts, rollover/userRowRefs.ts,
 * compare/yearsNotRead.ts, validate/rows.ts, sheets/summaryCells.ts, sheets/tableCells.ts). Failing until each has
 * its `/** … *\/` line.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** `file:line` of each exported function (declaration or arrow const) not directly under a doc comment. */
export function undocumented(file: string, text: string): string[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    if (!/^export (async )?function |^export const \w+ = (\(|<)/.test(line)) return [];
    let j = i - 1;
    while (j >= 0 && (lines[j] as string).trim() === '') j--;
    return j >= 0 && (lines[j] as string).trim().endsWith('*/') ? [] : [`${file}:${i + 1}`];
  });
}

test('control: a function under a doc comment passes, one without fails', () => {
  expect(undocumented('a.ts', '/** Adds. */\nexport function add() {}\n\nexport const sub = () => 0;')).toEqual([
    'a.ts:4',
  ]);
});

test('every exported function of src/domain/ has a doc comment (STYLE.md)', () => {
  const missing = filesUnder(path.join(SRC, 'domain')).flatMap((f) =>
    undocumented(path.relative(SRC, f), fs.readFileSync(f, 'utf8')),
  );
  expect(missing).toEqual([]);
});

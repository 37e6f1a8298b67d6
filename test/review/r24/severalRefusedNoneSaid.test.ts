/**
 * Review r24: with several files `check --write` saves all or none (docs/spec.md §11 as built: «Each is judged before
 * any is edited … A failure up to there … says, naming the file and the system's reason, that nothing was written and
 * which files were not saved»). A refusal when the targets are judged (b.xlsx has two names, hard links) or when the
 * sheets are planned (a note of hers in the way in b.xlsx) named b.xlsx only: nothing said a.xlsx was not saved either,
 * so she may well think it was. The all-or-none line («Ingenting er skrevet, … Ikke lagret: a.xlsx og b.xlsx.») is said
 * there too.
 *
 * By hand: a.xlsx and b.xlsx are the example (2027–2030); a.xlsx is fine, so only b.xlsx is refused, and a.xlsx's
 * bytes stay as they were.
 */
import { linkSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

const NONE =
  'Ingenting er skrevet, for arbeidsbøkene i én kjøring lagres alle eller ingen. Ikke lagret: a.xlsx og b.xlsx.';

async function two() {
  const io = testIo();
  expect(await main(['new', 'a.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'b.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  const a = path.join(io.cwd, 'a.xlsx');
  return { cwd: io.cwd, a, before: readFileSync(a) };
}

test('a target refused when judged (hard links): the run says a.xlsx was not saved either', async () => {
  const { cwd, a, before } = await two();
  linkSync(path.join(cwd, 'b.xlsx'), path.join(cwd, 'b-kopi.xlsx'));
  const run = testIo({ cwd });
  expect(await main(['check', 'a.xlsx', 'b.xlsx', '--write', '--in-place'], run)).toBe(2);
  expect(run.err()).toContain('b.xlsx: kunne ikke skrives: filen har flere navn');
  expect(run.err()).toContain(NONE);
  expect(readFileSync(a).equals(before)).toBe(true);
});

test('a note of hers in the way in b.xlsx: the run says a.xlsx was not saved either', async () => {
  const { cwd, a, before } = await two();
  // As review r22's mergedCellsInTheWay: b.xlsx's Avstemming written (A1:P57, 56 items), then D-002 moved to Nye
  // midler (R3) makes one item more (A1:P58), and she typed a note in A58, right under the table.
  const b = path.join(cwd, 'b.xlsx');
  expect(await main(['check', 'b.xlsx', '--write', '--in-place'], testIo({ cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(b)));
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x
      .replace('<c r="O3" s="5"><v>300</v></c>', '<c r="O3" s="5"><v>0</v></c>')
      .replace('<c r="Q3" s="5"><v>0</v></c>', '<c r="Q3" s="5"><v>300</v></c>')
      .replace(
        /(<c r="S3"[^>]*><is><t>[^<]*<\/t><\/is><\/c>)(<\/row>)/,
        '$1<c r="T3" t="inlineStr"><is><t>R3</t></is></c>$2',
      ),
  );
  pkg.edit(pkg.sheetPart('Avstemming'), (x) =>
    x.replace('</sheetData>', '<row r="58"><c r="A58" t="inlineStr"><is><t>Merknad</t></is></c></row></sheetData>'),
  );
  writeFileSync(b, pkg.bytes());
  const run = testIo({ cwd });
  expect(await main(['check', 'a.xlsx', 'b.xlsx', '--write', '--in-place'], run)).toBe(2);
  expect(run.err()).toContain('Avstemming!A58');
  expect(run.err()).toContain(NONE);
  expect(readFileSync(a).equals(before)).toBe(true);
});

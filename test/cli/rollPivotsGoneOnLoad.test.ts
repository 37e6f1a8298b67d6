/**
 * Review (r8). A pivot table whose cache Excel refreshes on opening (refreshOnLoad="1", «Oppdater data når filen
 * åpnes») is left out of the roll's notes: Excel refreshes it itself. But one built on the year that leaves
 * (tblTiltakDrift[[#All],[2027]]) cannot be refreshed after the roll — the table has no column 2027 (d37cb46's own
 * reason for rollPivotGone) — so the refresh on opening fails and the pivot table keeps the old figures, and she is
 * told nothing. Worked by hand: rolling the "as Excel saves it" plan (start 2027) on 2027-01-15 takes 2027 out of
 * tblTiltakDrift (H…K: 2028…2031), so Pivottabell1 on «Pivot» must get the line that says to choose a new data source
 * (Pivottabellanalyse › Endre datakilde), as it does without refreshOnLoad. Failed before the fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const CACHE = 'xl/pivotCache/pivotCacheDefinition1.xml';

async function rollOn(source: string, refreshOnLoad: boolean): Promise<string[]> {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  pkg.edit(CACHE, (x) => {
    const built = x.replace('<worksheetSource name="tblTiltakDrift"/>', `<worksheetSource name="${source}"/>`);
    return refreshOnLoad ? built.replace('<pivotCacheDefinition ', '<pivotCacheDefinition refreshOnLoad="1" ') : built;
  });
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  return io.out().split('\n');
}

const newSource = (lines: string[]) =>
  lines.filter((l) => l.includes('«Pivottabell1»') && l.includes('Endre datakilde') && l.includes('2027'));

it('without refreshOnLoad: the pivot table on the year that left is told to get a new data source', async () => {
  expect(newSource(await rollOn('tblTiltakDrift[[#All],[2027]]', false))).toHaveLength(1);
});

it('with refreshOnLoad too: the refresh on opening finds no column 2027, so she must be told', async () => {
  expect(newSource(await rollOn('tblTiltakDrift[[#All],[2027]]', true))).toHaveLength(1);
});

it('with refreshOnLoad, one on the whole table (which the refresh on opening reads anew) gets no line', async () => {
  expect((await rollOn('tblTiltakDrift', true)).filter((l) => l.includes('«Pivottabell1»'))).toEqual([]);
});

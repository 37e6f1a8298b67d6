/**
 * A roll into the user's workbook names a pivot table whose cache is built on cells inside a rolled table
 * (worksheetSource ref="A1:E200" sheet="Tiltak drift", directly or through a defined name) as it names one built on
 * the same columns by structured reference (rollPivotsColumns.test.ts): when a refresh would read other cells than
 * the cache holds — a year column (its header is the next year's), a finished measure's row taken out — and not
 * when every cell it reads stays as it was. It was named always, whatever the cells held after the roll.
 * An address reads by place, not by name: the years 2028…2030 stand in I…K before the roll and in H…J after, so a
 * cache on I1:K12 holds 2028…2030 and a refresh reads 2029…2031 (named), where tblTiltakDrift[[#All],[2028]:[2030]]
 * finds its columns by name (not named).
 *
 * The "as Excel saves it" plan (start 2027), rolled on 2027-01-15: tblTiltakDrift A1:U12 on «Tiltak drift», ID,
 * Seksjon, Prioritet, Ref., Tiltak in A…E, 2027…2030 in H…K; rows 2…12 hold D-001…D-011. The finished one-offs D-002
 * (row 3) and D-009 (row 10) leave unless `keep` gives them 100 in 2028.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const CACHE = 'xl/pivotCache/pivotCacheDefinition1.xml';

/** The plan with Pivottabell1's cache built on `source`; `keep`: D-002 and D-009 given 100 in 2028, so none leaves. */
async function rollWith(source: string, o: { keep?: boolean; name?: string } = {}): Promise<string> {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  pkg.edit(CACHE, (x) => x.replace('<worksheetSource name="tblTiltakDrift"/>', source));
  if (o.name) pkg.edit('xl/workbook.xml', (x) => x.replace('</definedNames>', `${o.name}</definedNames>`));
  if (o.keep)
    pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
      x
        .replace('<c r="I3" s="5"/>', '<c r="I3" s="5"><v>100</v></c>')
        .replace('<c r="I10" s="5"/>', '<c r="I10" s="5"><v>100</v></c>'),
    );
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  return io.out();
}

const cells = (range: string): string => `<worksheetSource ref="${range}" sheet="Tiltak drift"/>`;
const named = (range: string): string =>
  cliText('rollPivot', 'nb', {
    pivot: 'Pivottabell1',
    sheet: 'Pivot',
    source: cliText('pivotOnCells', 'nb', { sheet: 'Tiltak drift', range }),
  });

describe('roll: a pivot table built on cells inside a rolled table', () => {
  it('names none on A1:E200 (ID…Tiltak, room below) when no measure leaves: every cell there stays', async () => {
    // Rows 2…12 keep D-001…D-011 with the same Seksjon, Prioritet, Ref. and Tiltak; rows 13…200 stay empty.
    expect(await rollWith(cells('A1:E200'), { keep: true })).not.toContain('Pivottabell');
    expect(await rollWith(cells('A:E'), { keep: true })).not.toContain('Pivottabell');
  });

  it('names one on A1:E200 when finished measures leave (rows 3…12 move up, 11 and 12 are empty)', async () => {
    expect(await rollWith(cells('A1:E200'))).toContain(named('A1:E200'));
  });

  it('names one on cells holding a year by address, though no measure leaves', async () => {
    // H1 is 2027 before, 2028 after.
    expect(await rollWith(cells('A1:H12'), { keep: true })).toContain(named('A1:H12'));
    // I1:K1 are 2028…2030 before, 2029…2031 after: the same years by name, not by place.
    expect(await rollWith(cells('I1:K12'), { keep: true })).toContain(named('I1:K12'));
  });

  it('judges a defined name of such cells as the cells', async () => {
    const name = `<definedName name="DriftData">'Tiltak drift'!$A$1:$E$200</definedName>`;
    const source = '<worksheetSource name="DriftData"/>';
    expect(await rollWith(source, { name, keep: true })).not.toContain('Pivottabell');
    expect(await rollWith(source, { name })).toContain(named('A1:E200'));
  });
});

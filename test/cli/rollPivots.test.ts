/**
 * A roll into the user's workbook names the pivot tables whose cache is built on what it rolled (they show the old
 * period until refreshed) and changes none of their parts: on the "as Excel saves it" plan, whose pivot table
 * Pivottabell1 (sheet Pivot) is built on tblTiltakDrift, with its cache rewritten to be built on cells instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { stalePivots } from '../../src/cli/commands/rollPivots';
import { cliText } from '../../src/i18n/cliCommand';
import type { PivotSource } from '../../src/workbook/xlsx';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const CACHE = 'xl/pivotCache/pivotCacheDefinition1.xml';

async function rollWith(source: string, lang = 'nb', name = ''): Promise<string> {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  pkg.edit(CACHE, (x) => x.replace('<worksheetSource name="tblTiltakDrift"/>', source));
  pkg.edit('xl/workbook.xml', (x) => x.replace('</definedNames>', `${name}</definedNames>`));
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const args = ['roll', 'plan.xlsx', '--out', 'rullert.xlsx', '--lang', lang];
  const code = await main(args, { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  return io.out();
}

describe('roll: pivot tables over the rolled tables', () => {
  it('names a pivot table built on the cells of tblTiltakDrift (Tiltak drift!A1:U12), in nynorsk', async () => {
    const out = await rollWith('<worksheetSource ref="A1:U12" sheet="Tiltak drift"/>', 'nn');
    expect(out).toContain(
      'Pivottabellen «Pivottabell1» på arket «Pivot» byggjer på cellene A1:U12 på arket «Tiltak drift» og viser tala frå før rulleringa',
    );
  });

  it('names a pivot table built on a defined name of the cells of tblTiltakDrift, as built on those cells', async () => {
    // DriftData = 'Tiltak drift'!$A$1:$U$12, the whole table: the roll empties A1:U12 and writes it anew.
    const name = `<definedName name="DriftData">'Tiltak drift'!$A$1:$U$12</definedName>`;
    const out = await rollWith('<worksheetSource name="DriftData"/>', 'nb', name);
    const source = cliText('pivotOnCells', 'nb', { sheet: 'Tiltak drift', range: 'A1:U12' });
    expect(out).toContain(cliText('rollPivot', 'nb', { pivot: 'Pivottabell1', sheet: 'Pivot', source }));
  });

  it('names none built on cells the roll does not touch (Tiltak drift!W1:X5, beside the table)', async () => {
    const out = await rollWith('<worksheetSource ref="W1:X5" sheet="Tiltak drift"/>');
    expect(out).not.toContain('Pivottabell');
  });
});

describe('stalePivots', () => {
  const pivot = (p: Partial<PivotSource>): PivotSource => ({ pivot: 'P', sheet: 'S', refreshOnLoad: false, ...p });
  const edits = [
    { kind: 'deleteOwnedTable', name: 'tblTiltakDrift' },
    { kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'A1:U12', anchored: true },
    { kind: 'clearOwnedRange', sheet: 'Sammendrag', range: 'A1:F30' },
  ] as const;

  it('matches a table by name (case aside), a range by overlap with a block the edits empty', () => {
    const found = stalePivots(
      [
        pivot({ pivot: 'a', table: 'TBLTILTAKDRIFT' }),
        pivot({ pivot: 'b', table: 'tblAnnet' }),
        pivot({ pivot: 'c', sourceSheet: 'tiltak drift', ref: 'U12:Z20' }),
        pivot({ pivot: 'd', sourceSheet: 'Tiltak drift', ref: 'V1:Z20' }),
        // Sammendrag is emptied and written anew for the new period: a pivot on it shows the old one too.
        pivot({ pivot: 'e', sourceSheet: 'Sammendrag', ref: 'A1:B2' }),
      ],
      edits,
    );
    expect(found.map((p) => p.pivot)).toEqual(['a', 'c', 'e']);
  });

  it('leaves out a pivot table whose cache Excel refreshes when it opens the file', () => {
    expect(stalePivots([pivot({ table: 'tblTiltakDrift', refreshOnLoad: true })], edits)).toEqual([]);
  });
});

/**
 * A roll into the user's workbook names a pivot table whose cache is built on some columns of a rolled table
 * (worksheetSource name="tblTiltakDrift[[#All],[ID]:[Tiltak]]", directly or through a defined name) when a refresh
 * would give the cache something else than it holds: the year that left (no column any more), a column whose
 * figures the roll changes (Sum periode), or rows the roll takes out (a finished measure: the cache keeps its row).
 * Columns the roll leaves as they were, on the same measures, are not named: the pivot table shows what it showed
 * (ID…Tiltak, or the years 2028…2030, which a structured reference finds by name wherever they stand).
 * They were never named (the cache's source was compared whole with the names of the rolled tables).
 *
 * The "as Excel saves it" plan (start 2027), rolled on 2027-01-15: tblTiltakDrift A1:U12, ID…Tiltak in A…E, 2027 in
 * H; rows 2…12 hold D-001…D-011. The finished one-offs D-002 (row 3, 300 in 2027 only) and D-009 (row 10, 120 in
 * 2027 only) leave, so a refresh of ID…Tiltak gives 11 − 2 = 9 rows where the cache holds 11, and the priorities
 * behind them are numbered again (D-003 3 → 2 …).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { stalePivotLines, stalePivots } from '../../src/cli/commands/rollPivots';
import type { Lang } from '../../src/domain';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import type { PivotSource } from '../../src/workbook/xlsx';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const CACHE = 'xl/pivotCache/pivotCacheDefinition1.xml';

/** The plan with Pivottabell1's cache built on `source`; `keep`: D-002 and D-009 given 100 in 2028, so none leaves. */
async function rollWith(source: string, o: { keep?: boolean; name?: string; lang?: string } = {}): Promise<string> {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  pkg.edit(CACHE, (x) => x.replace('<worksheetSource name="tblTiltakDrift"/>', `<worksheetSource name="${source}"/>`));
  if (o.name) pkg.edit('xl/workbook.xml', (x) => x.replace('</definedNames>', `${o.name}</definedNames>`));
  if (o.keep)
    pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
      x
        .replace('<c r="I3" s="5"/>', '<c r="I3" s="5"><v>100</v></c>')
        .replace('<c r="I10" s="5"/>', '<c r="I10" s="5"><v>100</v></c>'),
    );
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const args = ['roll', 'plan.xlsx', '--out', 'rullert.xlsx', '--lang', o.lang ?? 'nb'];
  const code = await main(args, { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  return io.out();
}

const named = (source: string, lang: Lang = 'nb'): string =>
  cliText('rollPivot', lang, { pivot: 'Pivottabell1', sheet: 'Pivot', source });
const columns = (first: string, last: string, lang: Lang = 'nb'): string =>
  named(cliText('pivotOnColumns', lang, { first, last, table: 'tblTiltakDrift' }), lang);
const column = (name: string, lang: Lang = 'nb'): string =>
  named(cliText('pivotOnColumn', lang, { column: name, table: 'tblTiltakDrift' }), lang);
/** A refresh fails on a column the table no longer has: the line says so, and to choose a new data source. */
const gone = (source: string, name: string, lang: Lang = 'nb'): string =>
  cliText('rollPivotGone', lang, { pivot: 'Pivottabell1', sheet: 'Pivot', source, column: name });

describe('roll: a pivot table built on columns of a rolled table', () => {
  it('names one on ID…Tiltak when finished measures left (the cache holds D-002 and D-009)', async () => {
    const out = await rollWith('tblTiltakDrift[[#All],[ID]:[Tiltak]]');
    expect(out).toContain(columns('ID', 'Tiltak'));
    expect(out).toContain('bygger på kolonnene ID–Tiltak i tabellen tblTiltakDrift');
  });

  it('names one on the year 2027 (gone: a refresh finds no column), in nynorsk', async () => {
    const out = await rollWith('tblTiltakDrift[[#Headers],[#Data],[2027]]', { lang: 'nn' });
    const source = cliText('pivotOnColumn', 'nn', { column: '2027', table: 'tblTiltakDrift' });
    expect(out).toContain(gone(source, '2027', 'nn'));
    expect(out).toContain('men rulleringa har teke kolonnen 2027 ut av tabellen');
  });

  it('names one on Sum periode though no measure leaves: it sums 2028–2031 now', async () => {
    // D-001 (row 2): 600 + 1 200 + 1 800 + 2 400 = 6 000 before; 1 200 + 1 800 + 2 400 + 2 400 (its Helårsvirkning in
    // the new 2031) = 7 800 after.
    const out = await rollWith('tblTiltakDrift[[#All],[Sum periode]]', { keep: true });
    expect(out).toContain(column('Sum periode'));
  });

  it('names one on 2027…2030 (the first of them is gone), none on 2028…2030 when no measure leaves', async () => {
    const source = cliText('pivotOnColumns', 'nb', { first: '2027', last: '2030', table: 'tblTiltakDrift' });
    expect(await rollWith('tblTiltakDrift[[#All],[2027]:[2030]]', { keep: true })).toContain(gone(source, '2027'));
    // A structured reference finds its columns by name: 2028…2030 are H…J after the roll, I…K before, each with
    // the figures it had (D-001: 1 200, 1 800, 2 400), so a refresh reads what the cache holds.
    expect(await rollWith('tblTiltakDrift[[#All],[2028]:[2030]]', { keep: true })).not.toContain('Pivottabell');
  });

  it('names none on ID…Tiltak, nor on Seksjon, when no measure leaves: every cell there stays as it was', async () => {
    // D-002 and D-009 have 100 in 2028, so they stay; no section loses a measure, so no priority changes.
    const kept = await rollWith('tblTiltakDrift[[#All],[ID]:[Tiltak]]', { keep: true });
    expect(kept).not.toContain('Engangstiltaket');
    expect(kept).not.toContain('Pivottabell');
    expect(await rollWith('tblTiltakDrift[[#Headers],[#Data],[Seksjon]]', { keep: true })).not.toContain('Pivottabell');
  });

  it('judges a defined name of such columns as the columns themselves', async () => {
    const name = '<definedName name="DriftTiltak">tblTiltakDrift[[#All],[ID]:[Tiltak]]</definedName>';
    expect(await rollWith('DriftTiltak', { name })).toContain(columns('ID', 'Tiltak'));
    expect(await rollWith('DriftTiltak', { name, keep: true })).not.toContain('Pivottabell');
  });
});

describe('stalePivots: a cache built on the whole of a rolled table, spelled with its parts', () => {
  const edits = [{ kind: 'deleteOwnedTable', name: 'tblTiltakDrift' }] as const;
  const on = (table: string): PivotSource => ({ pivot: 'Pivottabell1', sheet: 'Pivot', table, refreshOnLoad: false });

  // Every column, so the year headers (2027 → 2028) at least: as the cache built on tblTiltakDrift, named.
  it.each([
    ['tblTiltakDrift[#All]'],
    ['tblTiltakDrift[#Data]'],
    ['tblTiltakDrift[[#Headers],[#Data]]'],
    ['tblTiltakDrift[]'], // no column named: the data rows of every column, as tblTiltakDrift itself
    ['tblTiltakDrift[[#All]]'],
    ['tblTiltakDrift[ [#Headers], [#Data], [#Totals] ]'],
  ])('names one on %s, directly or through a defined name', (ref) => {
    expect(stalePivots([on(ref)], edits).map((p) => p.pivot)).toEqual(['Pivottabell1']);
    expect(stalePivots([on('Kilde')], edits, [{ name: 'Kilde', ref }]).map((p) => p.pivot)).toEqual(['Pivottabell1']);
  });

  it.each([['tblTiltakDrift[[#Headers],[#Data]]'], ['tblTiltakDrift[]'], ['tblTiltakDrift[ ]']])(
    'says the table by its name for %s, not a column',
    (ref) => {
      const line = stalePivotLines([on(ref)], 'nb')[0];
      expect(line).toBe(named(cliText('pivotOnTable', 'nb', { table: 'tblTiltakDrift' })));
    },
  );

  it('says the table by its name through a defined name of tblTiltakDrift[]', () => {
    const found = stalePivots([on('Kilde')], edits, [{ name: 'Kilde', ref: 'tblTiltakDrift[]' }]);
    expect(stalePivotLines(found, 'en')).toEqual([
      named(cliText('pivotOnTable', 'en', { table: 'tblTiltakDrift' }), 'en'),
    ]);
  });

  it('names none on another table so spelled', () => {
    expect(stalePivots([on('tblAnnet[[#Headers],[#Data]]')], edits)).toEqual([]);
  });
});

/**
 * A budget officer renames the measure tables in Excel (Table Design → Table Name): tblTiltakDrift becomes
 * «Driftstiltak», tblTiltakInvestering «Investeringstiltak», the pivot table follows (Excel renames its source).
 * SPEC §2: tables are found by name, then by sheet. Found by sheet, the Excel table that stands there is still
 * the table: the note the user typed right under it («Merknad: tallene for 2030 er foreløpige», A13 of
 * Tiltak drift, A7 of Tiltak investering) is no measure. The "as Excel saves it" plan, renamed with FixturePkg.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo, type TestIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const RENAMED: Record<string, string> = { tblTiltakDrift: 'Driftstiltak', tblTiltakInvestering: 'Investeringstiltak' };

/** The fixture with the two measure tables renamed as Excel does it: the table part, its formulas, the pivot cache. */
function renamedPlan(): Uint8Array {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  for (const name of Object.keys(pkg.files).filter((n) => n.startsWith('xl/') && n.endsWith('.xml'))) {
    pkg.edit(name, (x) =>
      Object.entries(RENAMED).reduce(
        (acc, [from, to]) => acc.replaceAll(`"${from}"`, `"${to}"`).replaceAll(`${from}[`, `${to}[`),
        x,
      ),
    );
  }
  return pkg.bytes();
}

async function run(io: TestIo, args: string[]): Promise<number> {
  return main(args, { ...io, today: '2027-01-15' });
}

describe('measure tables the user renamed', () => {
  it('check reads the rows of the renamed tables only: no finding on the notes below them, same counts', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'plan.xlsx'), renamedPlan());
    await run(io, ['check', 'plan.xlsx', '--format', 'json']);
    const doc = JSON.parse(io.out());
    // The fixture as saved has no finding on its sheets; renaming a table changes no cell.
    expect(doc.issues).toEqual([]);
    // By hand, Tiltak drift rows 2–12: Beregnet D-001, -002, -003, -005, -007, -009, -011 (7), Må utredes D-004,
    // D-010, Innenfor ramme D-006, Ingen kostnad D-008; Tiltak investering rows 2–6: Beregnet I-001, -002, -003,
    // -005 (4), Må utredes I-004. Beregnet 7 + 4 = 11, Må utredes 2 + 1 = 3.
    expect(doc.totals.statusCounts).toEqual({ Beregnet: 11, 'Må utredes': 3, 'Innenfor ramme': 1, 'Ingen kostnad': 1 });
    // 2027 of the Beregnet operating measures: 600 + 300 + 350 + 400 + 150 + 120 + 200 = 2 120 (1000 kr).
    expect(doc.totals.operating.all.years['2027']).toBe(2_120_000);
  });

  it('roll keeps one table per sheet under the user’s name, the pivot’s source, and the note outside the table', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'plan.xlsx'), renamedPlan());
    const code = await run(io, ['roll', 'plan.xlsx', '--out', 'rullert.xlsx']);
    expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
    const files = unzipSync(new Uint8Array(readFileSync(path.join(io.cwd, 'rullert.xlsx'))));
    const text = (n: string): string => strFromU8(files[n] as Uint8Array);
    const tables = Object.keys(files)
      .filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))
      .map((n) => /displayName="([^"]+)"[^>]*ref="([^"]+)"/.exec(text(n))?.slice(1));
    const names = tables.map((t) => t?.[0]);
    // Each name once: no canonical tblTiltakDrift beside (and over) the renamed one.
    expect(names.filter((n) => n === 'Driftstiltak' || n === 'tblTiltakDrift')).toEqual(['Driftstiltak']);
    expect(names.filter((n) => n === 'Investeringstiltak' || n === 'tblTiltakInvestering')).toEqual([
      'Investeringstiltak',
    ]);
    // D-002 and D-009 (Engangs, all cost in 2027) leave: 11 − 2 = 9 measures, header in row 1 → A1:U10. The
    // note stays in A13, below it and outside it.
    expect(tables.find((t) => t?.[0] === 'Driftstiltak')?.[1]).toBe('A1:U10');
    expect(text('xl/pivotCache/pivotCacheDefinition1.xml')).toContain('<worksheetSource name="Driftstiltak"/>');
    // The user's drop-down on Ansvarlig (R2:R12, from Innstillinger!$K$2:$K$50) follows the column's body, as in
    // the roll of the table under its own name: R2:R10.
    expect(text('xl/worksheets/sheet2.xml')).toMatch(
      /<xm:f>Innstillinger!\$K\$2:\$K\$50<\/xm:f><\/x14:formula1><xm:sqref>R2:R10<\/xm:sqref>/,
    );
    const check = testIo({ cwd: io.cwd });
    await run(check, ['check', 'rullert.xlsx', '--format', 'json']);
    const doc = JSON.parse(check.out());
    // The one warning: the economy plan's new last year, not typed yet after the roll (economy-plan-year-empty).
    expect(
      doc.issues.filter((i: { severity: string }) => i.severity !== 'info').map((i: { code: string }) => i.code),
    ).toEqual(['economy-plan-year-empty']);
    // 2028 of the Beregnet operating measures left: D-001 1 200 + D-003 700 + D-005 800 + D-007 150 + D-011 200
    // = 3 050 (1000 kr).
    expect(doc.totals.operating.all.years['2028']).toBe(3_050_000);
  });
});

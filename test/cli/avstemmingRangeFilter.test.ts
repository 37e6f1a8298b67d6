/**
 * tblAvstemming converted to a range, then sorted or filtered by her on the sheet (Data → Sort, Data → Filter): the
 * sheet carries its own `<autoFilter>` with a `<sortState>`. The run makes the table again over those rows (docs/spec.md
 * §10, as built); the sheet's filter is not left there — overlapping the new table, which Excel does not allow, and
 * hiding rows that now hold other items — and it is said as a table's own sort or filter is (review r41): «Sorteringen
 * av tabellen … er tatt bort», «Filteret på tabellen … er fjernet». Before: the sheet's autoFilter stayed over A1:P57
 * beside the new table, and nothing was said.
 *
 * The example (2027–2030, 1000 kr), checked with --write: Avstemming A1:P57, 56 items. Row 3 is D-001 2028.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { dropTables } from '../review/r34/plainRanges';
import { testIo } from './testIo';

jest.setTimeout(60_000);

const SORTED =
  '<autoFilter ref="A1:P57"><sortState ref="A2:P57"><sortCondition descending="1" ref="D2:D57"/></sortState></autoFilter>';
const FILTERED =
  '<autoFilter ref="A1:P57"><filterColumn colId="3"><filters><filter val="D-001"/></filters></filterColumn></autoFilter>';

async function ranged(filter: string, hide: boolean): Promise<{ cwd: string; part: string }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  dropTables(pkg, ['tblAvstemming']);
  const part = pkg.sheetPart('Avstemming');
  pkg.edit(part, (x) => {
    const withFilter = x.replace('</sheetData>', `</sheetData>${filter}`);
    return hide ? withFilter.replace('<row r="10"', '<row r="10" hidden="1"') : withFilter;
  });
  writeFileSync(file, pkg.bytes());
  return { cwd: io.cwd, part };
}

describe('check --write over a range she sorted or filtered on the sheet', () => {
  it('sorted: the sheet sort goes, said; the new table stands alone over the rows', async () => {
    const { cwd, part } = await ranged(SORTED, false);
    const t = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], t)).toBe(1);
    expect(t.out() + t.err()).toContain('Sorteringen av tabellen tblAvstemming på arket «Avstemming» er tatt bort');
    const out = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'ut.xlsx'))));
    expect(out.text(part)).not.toContain('<autoFilter');
    expect(out.text(part)).not.toContain('<sortState');
  });

  it('filtered, row 10 hidden by it: the filter goes, the row is shown, said', async () => {
    const { cwd, part } = await ranged(FILTERED, true);
    const t = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], t)).toBe(1);
    expect(t.out() + t.err()).toContain('Filteret på tabellen tblAvstemming på arket «Avstemming» er fjernet');
    const out = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'ut.xlsx'))));
    expect(out.text(part)).not.toContain('<autoFilter');
    expect(out.text(part)).not.toMatch(/<row r="10"[^>]*hidden/);
  });

  it('a sheet filter away from the rows (her own list in R1:S9) stays, and nothing is said', async () => {
    const { cwd, part } = await ranged('<autoFilter ref="R1:S9"/>', false);
    const t = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], t)).toBe(1);
    expect(t.out() + t.err()).not.toContain('tatt bort');
    const out = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'ut.xlsx'))));
    expect(out.text(part)).toContain('<autoFilter ref="R1:S9"/>');
  });
});

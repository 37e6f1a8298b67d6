/**
 * tblAvstemming converted to a range (Excel: Table Design → Convert to Range; or the table deleted by a program that
 * keeps its cells): her Status and Kommentar must not be lost nor written over by the next `check --write` (SPEC §10:
 * kept for the same Kode, Ref, År, Finansieringskilde; §11: a cell she typed is never overwritten — the product
 * writes around it or refuses naming the cell). docs/spec.md §10 (as built): the sheet's rows are read by their
 * headers as the table's are, so they are kept by key; rows the range does not reach (below a row she emptied) are
 * hers, and the run refuses naming them.
 *
 * The example (2027–2030, 1000 kr) checked with --write. On Avstemming she sets D-001 2028 (row 3) to «Akseptert»
 * with the Kommentar «Avklart med økonomi 12.3», converts the table to a range, and then sorts it so that the row is
 * row 50 (its cells moved, the key with them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { dropTables } from '../review/r34/plainRanges';
import { avstemmingRow } from '../helpers/avstemming';
import { testIo } from './testIo';

jest.setTimeout(60_000);

const COMMENT = 'Avklart med økonomi 12.3';

/** Row `r`'s `<row>` element of `xml`, renumbered to `to`. */
function renumbered(xml: string, r: number, to: number): string {
  const row = new RegExp(`<row r="${r}"[^>]*>.*?</row>`).exec(xml)?.[0] ?? '';
  return row.replace(`<row r="${r}"`, `<row r="${to}"`).replace(new RegExp(`(<c r="[A-Z]+)${r}"`, 'g'), `$1${to}"`);
}

/** plan.xlsx checked and written, her Status and Kommentar on row 3, tblAvstemming a range; then `edit` of its sheet. */
async function asRange(edit: (xml: string) => string): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const part = pkg.sheetPart('Avstemming');
  pkg.edit(part, (x) => {
    const open = '<c r="O3" t="inlineStr"><is><t>Åpen</t></is></c>';
    expect(x).toContain(open);
    expect(x).toContain('<c r="D3" t="inlineStr"><is><t>D-001</t></is></c>');
    return x.replace(
      open,
      `<c r="O3" t="inlineStr"><is><t>Akseptert</t></is></c><c r="P3" t="inlineStr"><is><t>${COMMENT}</t></is></c>`,
    );
  });
  dropTables(pkg, ['tblAvstemming']);
  pkg.edit(part, edit);
  writeFileSync(file, pkg.bytes());
  return io.cwd;
}

describe('check --write: tblAvstemming converted to a range', () => {
  it('sorted (her row now row 50): Status and Kommentar stay with D-001 2028', async () => {
    const cwd = await asRange((x) => {
      const [three, fifty] = [renumbered(x, 3, 50), renumbered(x, 50, 3)];
      const rowOf = (r: number) => new RegExp(`<row r="${r}"[^>]*>.*?</row>`).exec(x)?.[0] ?? '';
      return x.replace(rowOf(3), '\u0000').replace(rowOf(50), fifty).replace('\u0000', three);
    });
    const t = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], t)).toBe(1);
    const row = await avstemmingRow(path.join(cwd, 'ut.xlsx'), 'D-001', 2028);
    expect([row.cell('Status').value, row.cell('Kommentar').value]).toEqual(['Akseptert', COMMENT]);
  });

  it('a row emptied above hers (row 20): nothing written, the run names the sheet and cells it would write over', async () => {
    const cwd = await asRange((x) => {
      const [three, fifty] = [renumbered(x, 3, 50), renumbered(x, 50, 3)];
      const rowOf = (r: number) => new RegExp(`<row r="${r}"[^>]*>.*?</row>`).exec(x)?.[0] ?? '';
      const sorted = x.replace(rowOf(3), '\u0000').replace(rowOf(50), fifty).replace('\u0000', three);
      return sorted.replace(new RegExp('<row r="20"[^>]*>.*?</row>'), '<row r="20"></row>');
    });
    const t = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], t)).toBe(2);
    expect(t.files()).not.toContain('ut.xlsx');
    expect(t.err()).toContain('Avstemming!A21');
    // Her cells are where she left them.
    const row = await avstemmingRow(path.join(cwd, 'plan.xlsx'), 'D-001', 2028);
    expect([row.cell('Status').value, row.cell('Kommentar').value]).toEqual(['Akseptert', COMMENT]);
  });
});

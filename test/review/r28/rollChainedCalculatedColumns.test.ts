/**
 * Review r28 (low–medium, roll: a wrong cached figure): a calculated column of hers that reads another of hers is
 * computed from the other's value rounded to 15 digits (thisRowFormula.ts evaluateThisRow rounds each result, and
 * userCalculated.ts reads that rounded result), while Excel computes it from the other's full double. The rounding
 * belongs to the display, not to the value a formula reads.
 *
 * What she did: `new plan.xlsx --example --start 2027` (1000 kr), two columns of hers in tblTiltakDrift: V «Per år»
 * =[@[Sum periode]]/7 and W «Tilbake» =[@[Per år]]*7 (both filled down by Excel), then `roll plan.xlsx --out
 * rullert.xlsx`.
 *
 * By hand: D-001 after the roll has 1 200 / 1 800 / 2 400 / 2 400 in 2028–2031, Sum periode 7 800; Excel: V2 =
 * 7800 / 7 = 1114,28571428571 (shown), W2 = 7800 / 7 * 7 = 7 800 exactly in doubles. The roll caches W2 as
 * 7799.99999999997 (1114.28571428571 × 7).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

const R = (column: string) => `tblTiltakDrift[[#This Row],[${column}]]`;
const V = `${R('Sum periode')}/7`;
const W = `${R('Per år')}*7`;

test('«Tilbake» =[@[Per år]]*7 over «Per år» =[@[Sum periode]]/7 is cached as Excel computes it: 7800', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const table = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('name="tblTiltakDrift"'),
  );
  if (!table) throw new Error('no tblTiltakDrift');
  const column = (id: number, name: string, f: string) =>
    `<tableColumn id="${id}" name="${name}"><calculatedColumnFormula>${f}</calculatedColumnFormula></tableColumn>`;
  pkg.edit(table, (x) =>
    x
      .replaceAll('ref="A1:U12"', 'ref="A1:W12"')
      .replace('<tableColumns count="21">', '<tableColumns count="23">')
      .replace('</tableColumns>', `${column(22, 'Per år', V)}${column(23, 'Tilbake', W)}</tableColumns>`),
  );
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g, (row: string, r: string, attrs: string, cells: string) => {
      const n = Number(r);
      if (n > 12) return row;
      const added =
        n === 1
          ? '<c r="V1" t="inlineStr"><is><t>Per år</t></is></c><c r="W1" t="inlineStr"><is><t>Tilbake</t></is></c>'
          : `<c r="V${n}"><f>${V}</f><v>0</v></c><c r="W${n}"><f>${W}</f><v>0</v></c>`;
      return `<row r="${r}"${attrs}>${cells}${added}</row>`;
    }),
  );
  writeFileSync(file, pkg.bytes());
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], testIo({ cwd: io.cwd }))).toBe(0);
  const book = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'rullert.xlsx'))));
  const sheet = book.text(book.sheetPart('Tiltak drift'));
  expect(sheet).toMatch(/<c r="L2"[^>]*><f>[^<]*<\/f><v>7800<\/v><\/c>/); // D-001's Sum periode on row 2
  const v = (ref: string) => Number(new RegExp(`<c r="${ref}"[^>]*><f>[^<]*</f><v>([^<]*)</v>`).exec(sheet)?.[1]);
  expect(v('V2')).toBeCloseTo(1114.28571428571, 8);
  expect(v('W2')).toBe(7800);
});

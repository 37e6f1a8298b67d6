/**
 * Review r28 (low, message language): i18n/excelValues.ts names a logical or an error value as her Excel shows it
 * (SANN, USANN, #I/T, #NAVN?, #VERDI!) only in amount-invalid, priority-invalid and formula-overwritten; every other
 * message that quotes a cell still names the file's English value. SPEC §8: a message in the chosen language; the
 * catalogue's own rule: «a message must name what she sees on the sheet».
 *
 * What she did: `new plan.xlsx --example --start 2027`; in «Tiltak drift» F2 (Type of D-001) =1=1, which Excel saves
 * as a logical cell showing SANN; G3 (Kostnadsstatus of D-002) and B3 (its Seksjon) a pasted #N/A and #NAME?, which
 * her Excel shows as #I/T and #NAVN?; D2 (Ref. of D-001) =1=2, shown USANN. `check plan.xlsx --format json` (nb).
 *
 * By hand: the Type message names «SANN» (not «TRUE»), the Kostnadsstatus one «#I/T» (not «#N/A»), the Seksjon one
 * «#NAVN?» (not «#NAME?»), the Ref. one «USANN» (not «FALSE»).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Report } from '../../../src/domain/model/report';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

test('Type, Kostnadsstatus, Seksjon and Ref. messages name SANN, #I/T, #NAVN? and USANN', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const cells: Record<string, string> = {
    F2: '<c r="F2" t="b"><f>1=1</f><v>1</v></c>',
    G3: '<c r="G3" t="e"><v>#N/A</v></c>',
    B3: '<c r="B3" t="e"><v>#NAME?</v></c>',
    D2: '<c r="D2" t="b"><f>1=2</f><v>0</v></c>',
  };
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    Object.entries(cells).reduce((xml, [ref, c]) => {
      const re = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
      if (!re.test(xml)) throw new Error(`no ${ref}`);
      return xml.replace(re, c);
    }, x),
  );
  writeFileSync(file, pkg.bytes());
  await main(['check', 'plan.xlsx', '--format', 'json'], io);
  const issues = (JSON.parse(io.out()) as Report).issues;
  const message = (cell: string) => issues.find((i) => i.cell === cell)?.message ?? '';
  expect(message('F2')).toContain('«SANN»');
  expect(message('G3')).toContain('«#I/T»');
  expect(message('B3')).toContain('«#NAVN?»');
  expect(message('D2')).toContain('«USANN»');
});

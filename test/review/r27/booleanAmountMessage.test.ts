/**
 * Review r27 (low, message language): a logical value in an amount cell is reported in English, «Cellen i «2028»
 * inneholder «TRUE», som ikke er et beløp», while Norwegian Excel shows the cell as SANN (nynorsk: SANN; English
 * TRUE). She looks for «TRUE» on the sheet and does not find it.
 *
 * SPEC §8: every finding has «a message in the chosen language»; §7: «any other text = error amount-invalid». The
 * language (nb) is the Office display language (§1), so the cell reads SANN / USANN in her Excel. (Error values
 * have Norwegian names too: #VALUE! is #VERDI!, #N/A is #I/T — left to the fixer.)
 *
 * What she did: `new plan.xlsx --example --unit "mill kr" --start 2027`, in «Tiltak drift» I12 (D-011, 2028) and
 * J12 (2029) typed =1=1 and =1=2, which Excel saves as a logical cell (t="b") showing SANN and USANN; `check
 * plan.xlsx --format json`.
 *
 * By hand: two amount-invalid errors at I12 and J12, the messages naming «SANN» and «USANN», not «TRUE»/«FALSE».
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Report } from '../../../src/domain/model/report';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

test('a logical value in an amount cell is named as Norwegian Excel shows it (SANN, USANN)', async () => {
  const io = testIo();
  const args = ['new', 'plan.xlsx', '--example', '--unit', 'mill kr', '--start', '2027'];
  expect(await main(args, testIo({ cwd: io.cwd }))).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
    const cell = (ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    if (!cell('I12').test(x) || !cell('J12').test(x)) throw new Error('D-011 not on row 12');
    return x
      .replace(cell('I12'), '<c r="I12" t="b"><f>1=1</f><v>1</v></c>')
      .replace(cell('J12'), '<c r="J12" t="b"><f>1=2</f><v>0</v></c>');
  });
  writeFileSync(file, pkg.bytes());
  await main(['check', 'plan.xlsx', '--format', 'json'], io);
  const issues = (JSON.parse(io.out()) as Report).issues.filter((i) => i.code === 'amount-invalid');
  expect(issues.map((i) => i.cell)).toEqual(['I12', 'J12']);
  expect(issues[0]?.message).toContain('«SANN»');
  expect(issues[1]?.message).toContain('«USANN»');
});

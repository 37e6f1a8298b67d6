/**
 * She retyped tblAvstemming's header «Forklaring» (L1) as «Forklaring (auto)». No column was inserted: L is the
 * product's Forklaring where it belongs (after the first run A1:P16, the product's 16 columns A:P; «Forklaring» is
 * found nowhere in the table, and L is the one column between Avvik (K) and Celle tiltak (M), where exactly one
 * product column — Forklaring — is missing). Before the fix the refusal named L as a column she inserted and told
 * her to move it right of «Kommentar»: done, the product's old explanations would become a column of hers on every
 * run. Expected: nothing written, and the refusal tells her to give L1 its header «Forklaring» back.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

it('a product column whose header she retyped is not told to be moved as her inserted column', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([{ kind: 'setCells', sheet: 'Avstemming', origin: 'L1', values: [['Forklaring (auto)']] }]);
  await saveXlsxFile(wb, file, 'replace');
  const second = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--in-place'], second);
  const said = second.out() + second.err();
  expect(said).not.toContain('Flytt kolonnen til høyre for «Kommentar»');
  expect(said).toContain(
    'kolonne L på arket «Avstemming» står der tabellen tblAvstemming har kolonnen «Forklaring», men overskriften i L1 er «Forklaring (auto)». Gi L1 overskriften «Forklaring» tilbake',
  );
});

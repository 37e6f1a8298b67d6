/**
 * She retyped the header of tblAvstemming's LAST product column: P1 «Kommentar» → «Kommentar (min)». After the first
 * run the table is A1:P16, the product's 16 columns A:P; «Kommentar» is found nowhere in the table, and P is the
 * column right after the last product column found (O «Status»), where the product's last column is missing.
 * Before the fix P was taken as a column of her own: her comments moved to Q under «Kommentar (min)» and an empty
 * Kommentar was written at P, silently. Expected: the refusal telling her to give P1 «Kommentar» back, nothing
 * written (the file's bytes as they were).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

it('the last product column, its header retyped, is asked for its header back, not taken as hers', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    { kind: 'setCells', sheet: 'Avstemming', origin: 'P1', values: [['Kommentar (min)'], ['Ringt rådmannen']] },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const before = readFileSync(file);
  const second = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--in-place'], second);
  const said = second.out() + second.err();
  expect(said).toContain(
    'Ingenting er skrevet: kolonne P på arket «Avstemming» står der tabellen tblAvstemming har kolonnen «Kommentar», men overskriften i P1 er «Kommentar (min)». Gi P1 overskriften «Kommentar» tilbake',
  );
  expect(readFileSync(file).equals(before)).toBe(true);
});

/*
 * The same, with her own column «Saksbehandler» in Q beside it (A1:Q16): P is still the renamed Kommentar (the
 * first column right of Status, one product column missing), Q hers and not named.
 */
it('with her own column beside it, only the renamed one is named', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    { kind: 'setCells', sheet: 'Avstemming', origin: 'P1', values: [['Kommentar (min)', 'Saksbehandler']] },
    { kind: 'resizeTable', name: 'tblAvstemming', ref: 'A1:Q16' },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const before = readFileSync(file);
  const second = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--in-place'], second);
  const said = second.out() + second.err();
  expect(said).toContain('Gi P1 overskriften «Kommentar» tilbake');
  expect(said).not.toContain('Saksbehandler');
  expect(readFileSync(file).equals(before)).toBe(true);
});

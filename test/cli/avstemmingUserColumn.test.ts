import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { OpcPackage } from '../../src/workbook/xlsx/package';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

function sheetXml(file: string, sheetName: string): string {
  const pkg = OpcPackage.fromZip(readFileSync(file));
  const wbx = pkg.text('xl/workbook.xml');
  const names = [...wbx.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)];
  const rels = pkg.text('xl/_rels/workbook.xml.rels');
  const rid = names.find((m) => m[1] === sheetName)?.[2];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  const t = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/, '');
  return pkg.text(`xl/${t}`);
}

// Review of 525d75d: carrying her column by item key cleared her whole column first (styles and drop-downs
// with it), so a second check --write dropped her list on Q2:Q<last> without a word.
it('her drop-down in her own column Q of tblAvstemming survives check --write', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  let wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const snap = await wb.read();
  const rows = snap.sheets.find((s) => s.sheet === 'Avstemming')?.values.length ?? 0;
  await wb.apply([
    { kind: 'resizeTable', name: 'tblAvstemming', ref: `A1:Q${rows}` },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q1', values: [['Saksbehandler']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q2', values: [['Kari']] },
    { kind: 'setValidation', sheet: 'Avstemming', range: `Q2:Q${rows}`, rule: { type: 'list', source: 'Kari,Ola' } },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
  const after = sheetXml(file, 'Avstemming');
  const sq = [...after.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].map((m) => m[1]);
  wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const t = (await wb.read()).tables.find((x) => x.name === 'tblAvstemming');
  // The same plan checked again: the same items, so the same rows, and her list over the same cells.
  expect(t?.ref).toBe(`A1:Q${rows}`);
  expect(sq).toContain(`Q2:Q${rows}`);
});

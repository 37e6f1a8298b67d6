/**
 * Review r43 — ways Excel saves a workbook that are no obstacle, held as they are (docs/spec.md §11 as built, r43):
 * «Merk som endelig» (cp:contentStatus «Final» and the custom property _MarkAsFinal) and a measure sheet whose name
 * is in other letter case («tiltak drift»: Excel's sheet names ignore case). By hand: the check's JSON report equals
 * the unmarked plan's (cells named by her sheet's own name); `check --write --in-place` writes Sammendrag and keeps the marks byte for byte, and adds no
 * second «Tiltak drift».
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

const CORE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const CUSTOM = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const core =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties ' +
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Økonomiavdelingen</dc:creator>' +
  '<cp:contentStatus>Final</cp:contentStatus></cp:coreProperties>';
const custom =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties ' +
  'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="_MarkAsFinal"><vt:bool>true</vt:bool>' +
  '</property></Properties>';

async function plan(mark: (pkg: FixturePkg) => void) {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  mark(pkg);
  writeFileSync(file, pkg.bytes());
  return { cwd: io.cwd, file };
}

const final = (pkg: FixturePkg) => {
  pkg.set('docProps/core.xml', core);
  pkg.override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml');
  pkg.rel('', CORE, 'docProps/core.xml');
  pkg.set('docProps/custom.xml', custom);
  pkg.override('docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml');
  pkg.rel('', CUSTOM, 'docProps/custom.xml');
};
const lowerCase = (pkg: FixturePkg) =>
  pkg.edit('xl/workbook.xml', (x) => x.replace('<sheet name="Tiltak drift" ', '<sheet name="tiltak drift" '));

const report = async (cwd: string) => {
  const io = testIo({ cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], io);
  // Her sheet's own name is the one cells are named by: «tiltak drift!H2» is right there.
  return { ...JSON.parse(io.out().split('tiltak drift').join('Tiltak drift')), file: '' };
};

test.each([
  ['marked final', final],
  ['a lower-case «tiltak drift»', lowerCase],
] as const)('%s: read as the plain plan, written in place with the marks kept', async (_, mark) => {
  const plain = await plan(() => undefined);
  const marked = await plan(mark);
  expect(await report(marked.cwd)).toEqual(await report(plain.cwd));
  const before = unzipSync(new Uint8Array(readFileSync(marked.file)));
  const io = testIo({ cwd: marked.cwd });
  await main(['check', 'plan.xlsx', '--write', '--in-place'], io);
  expect(io.err()).toContain('Skrev Sammendrag');
  const after = unzipSync(new Uint8Array(readFileSync(marked.file)));
  for (const part of ['docProps/core.xml', 'docProps/custom.xml'].filter((p) => before[p]))
    expect(after[part]).toEqual(before[part]);
  const sheets = strFromU8(after['xl/workbook.xml'] ?? new Uint8Array()).match(/<sheet [^>]*>/g) ?? [];
  expect(sheets.filter((s) => /name="tiltak drift"/i.test(s))).toHaveLength(1);
});

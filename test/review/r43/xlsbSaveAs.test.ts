/**
 * Review r43 — severity low (unclear message). A budget officer whose Excel saves «Excel-binærarbeidsbok (*.xlsb)» by
 * default (a setting some municipalities use for large workbooks) gives the product her plan.xlsb. Today every command
 * says «kan ikke leses: arbeidsboken er skadet; åpne den i Excel og lagre den på nytt» — wrong (the file is sound) and
 * the advice does not help: saving it again in Excel writes .xlsb again. An .xlsb is a zip like an .xlsx, but its
 * workbook part is `xl/workbook.bin` (content type application/vnd.ms-excel.sheet.binary.macroEnabled.main).
 *
 * By hand: check, import, compare and roll each exit 2 with one line that names the file, says it is a binary workbook
 * (.xlsb), and says to save it as .xlsx (Fil → Lagre som → «Excel-arbeidsbok (*.xlsx)»); never «skadet». nb, nn, en.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

const BINARY_MAIN = 'application/vnd.ms-excel.sheet.binary.macroEnabled.main';
const BINARY_SHEET = 'application/vnd.ms-excel.worksheet';

/** Our own example, its parts turned into an .xlsb's: the workbook and the sheets as .bin records (junk here). */
function asXlsb(xlsx: Uint8Array): Uint8Array {
  const pkg = new FixturePkg(xlsx);
  const records = new Uint8Array([0x83, 0x01, 0x00, 0x84, 0x01, 0x00]);
  for (const name of Object.keys(pkg.files)) {
    if (name === 'xl/workbook.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      pkg.set(name.replace(/\.xml$/, '.bin'), records);
      delete pkg.files[name];
    }
  }
  pkg.set('xl/_rels/workbook.bin.rels', pkg.text('xl/_rels/workbook.xml.rels'));
  delete pkg.files['xl/_rels/workbook.xml.rels'];
  pkg.edit('xl/_rels/workbook.bin.rels', (x) => x.replace(/(worksheets\/sheet\d+)\.xml/g, '$1.bin'));
  pkg.edit('_rels/.rels', (x) => x.replace('xl/workbook.xml', 'xl/workbook.bin'));
  pkg.edit('[Content_Types].xml', (x) =>
    x
      .replace(
        /<Override PartName="\/xl\/workbook\.xml"[^>]*\/>/,
        `<Override PartName="/xl/workbook.bin" ContentType="${BINARY_MAIN}"/>`,
      )
      .replace(
        /<Override PartName="\/xl\/worksheets\/(sheet\d+)\.xml"[^>]*\/>/g,
        `<Override PartName="/xl/worksheets/$1.bin" ContentType="${BINARY_SHEET}"/>`,
      ),
  );
  return pkg.bytes();
}

const said = {
  nb: /^plan\.xlsb: kan ikke leses: .*\.xlsb.*lagre den som .*\.xlsx/,
  nn: /^plan\.xlsb: kan ikkje lesast: .*\.xlsb.*lagre ho som .*\.xlsx/,
  en: /^plan\.xlsb: cannot be read: .*\.xlsb.*save it as .*\.xlsx/,
} as const;

async function xlsbIn(lang: string) {
  const io = testIo();
  expect(await main(['new', 'ny.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  writeFileSync(path.join(io.cwd, 'plan.xlsb'), asXlsb(new Uint8Array(readFileSync(path.join(io.cwd, 'ny.xlsx')))));
  void lang;
  return io.cwd;
}

test.each(['nb', 'nn', 'en'] as const)('%s: an .xlsb is named as one, with Lagre som .xlsx', async (lang) => {
  const cwd = await xlsbIn(lang);
  const runs = [
    ['check', 'plan.xlsb'],
    ['import', 'plan.xlsb', '--out', 'ut.xlsx'],
    ['compare', 'plan.xlsb', 'ny.xlsx'],
    ['roll', 'plan.xlsb', '--out', 'neste.xlsx'],
  ];
  for (const args of runs) {
    const io = testIo({ cwd });
    expect(await main([...args, '--lang', lang], io)).toBe(2);
    expect(io.err()).toMatch(said[lang]);
    expect(io.err()).not.toMatch(/skadet|skadd|damaged/);
  }
  expect(testIo({ cwd }).files()).toEqual(['ny.xlsx', 'plan.xlsb']);
});

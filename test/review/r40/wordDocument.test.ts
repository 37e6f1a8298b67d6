/**
 * Review r40 — severity low (the wrong file: the budget officer gives the plan document «Boligsosial handlingsplan.docx»
 * instead of its measures workbook). Today: «kan ikke leses: ikke en Excel-arbeidsbok (.xlsx); åpne den i Excel og
 * lagre den som .xlsx» — advice that cannot be followed, Excel does not open a Word document. By hand: exit 2, the
 * line names the file, says it is a Word (or PowerPoint) document and to choose the workbook with the plan; it does
 * not send her to save it from Excel. nb, nn and en.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** A minimal Word document, as Word's package names its parts. */
const wordDocument = (): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${WORD_MAIN}"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:body><w:p><w:r><w:t>Boligsosial handlingsplan</w:t></w:r></w:p></w:body></w:document>',
    ),
  });

const said = {
  nb: /^Boligsosial handlingsplan\.docx: .*Word.*velg arbeidsboken med planen/,
  nn: /^Boligsosial handlingsplan\.docx: .*Word.*vel arbeidsboka med planen/,
  en: /^Boligsosial handlingsplan\.docx: .*Word.*choose the workbook with the plan/,
} as const;

test.each(['nb', 'nn', 'en'] as const)('%s: a Word document is named as one', async (lang) => {
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'Boligsosial handlingsplan.docx'), wordDocument());
  expect(await main(['check', 'Boligsosial handlingsplan.docx', '--lang', lang], io)).toBe(2);
  expect(io.out()).toBe('');
  expect(io.err()).toMatch(said[lang]);
  expect(io.err()).not.toMatch(/lagre den som \.xlsx|lagre ho som \.xlsx|save it as \.xlsx/);
});

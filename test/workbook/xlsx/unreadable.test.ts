/**
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format) is told from any other zip by its first entry,
 * `mimetype`, and refused with its own reason, in the command line with exit 2 as any unreadable file, and in
 * words that say how to save it as .xlsx in LibreOffice.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { sniffUnreadable } from '../../../src/workbook/xlsx/unreadable';
import { testIo } from '../../cli/testIo';

/** The smallest OpenDocument package of `mimetype`: the type stored first, uncompressed, as ODF requires. */
function openDocument(mimetype: string): Uint8Array {
  return zipSync({
    mimetype: [strToU8(mimetype), { level: 0 }],
    'content.xml': strToU8(
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
    ),
    'META-INF/manifest.xml': strToU8(
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    ),
  });
}
const ODS = openDocument('application/vnd.oasis.opendocument.spreadsheet');

describe('an OpenDocument spreadsheet', () => {
  it('is recognised by its mimetype entry, before anything is unpacked', async () => {
    expect(sniffUnreadable(ODS)?.reason).toBe('opendocument');
    await expect(XlsxWorkbook.fromBuffer(ODS)).rejects.toMatchObject({ reason: 'opendocument' });
  });

  it('is not mistaken for another OpenDocument file (a text document) or a zip with no mimetype first', async () => {
    const odt = openDocument('application/vnd.oasis.opendocument.text');
    expect(sniffUnreadable(odt)).toBeNull();
    await expect(XlsxWorkbook.fromBuffer(odt)).rejects.toMatchObject({ reason: 'not-xlsx' });
    const other = zipSync({ 'les-meg.txt': strToU8('application/vnd.oasis.opendocument.spreadsheet') });
    expect(sniffUnreadable(other)).toBeNull();
  });

  it.each([
    [
      'nb',
      'budsjett.ods: kan ikke leses: et OpenDocument-regneark (.ods), ikke en Excel-arbeidsbok; åpne det i LibreOffice og velg Fil → Lagre som → Excel 2007-365 (.xlsx)',
    ],
    [
      'nn',
      'budsjett.ods: kan ikkje lesast: eit OpenDocument-rekneark (.ods), ikkje ei Excel-arbeidsbok; opne det i LibreOffice og vel Fil → Lagre som → Excel 2007-365 (.xlsx)',
    ],
    [
      'en',
      'budsjett.ods: cannot be read: an OpenDocument spreadsheet (.ods), not an Excel workbook; open it in LibreOffice and choose File → Save As → Excel 2007-365 (.xlsx)',
    ],
  ])('check in %s: exit 2 and one line saying how to save it as .xlsx', async (lang, line) => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'budsjett.ods'), ODS);
    expect(await main(['check', 'budsjett.ods', '--lang', lang], io)).toBe(2);
    expect(io.err()).toBe(`${line}\n`);
    expect(io.out()).toBe('');
  });
});

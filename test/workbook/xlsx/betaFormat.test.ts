/**
 * A workbook saved by a beta of Excel 2007 (Apache POI's sample-beta.xlsx): its parts stand in the namespace
 * http://schemas.microsoft.com/office/excel/2006/2, not SpreadsheetML's, and some elements have other names —
 * the shared strings are `<sstItem>`, not `<si>`. Read as a workbook, every text cell came out empty without
 * a word (Sheet1's A1:A10 «Lorem» … «at» were lost, B1:B10 kept), and a write added parts in SpreadsheetML's
 * namespace beside the beta's. It is refused, read or write, with its own reason, naming the format.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { testIo } from '../../cli/testIo';

const BETA = path.join(__dirname, '..', '..', 'fixtures', 'poi', 'sample-beta.xlsx');

describe('a workbook in the namespace of an Excel 2007 beta', () => {
  it('is refused on open with its own reason (not read with its text cells empty)', async () => {
    await expect(XlsxWorkbook.fromBuffer(readFileSync(BETA))).rejects.toMatchObject({
      kind: 'unreadable',
      reason: 'beta-format',
    });
  });

  it.each([
    ['nb', 'sample-beta.xlsx: kan ikke leses: arbeidsboken er lagret i formatet til en testutgave av Excel 2007'],
    ['nn', 'sample-beta.xlsx: kan ikkje lesast: arbeidsboka er lagra i formatet til ei testutgåve av Excel 2007'],
    ['en', 'sample-beta.xlsx: cannot be read: the workbook is saved in the format of a test release of Excel 2007'],
  ])('check --write in %s: exit 2, the format named, nothing written', async (lang, line) => {
    const io = testIo();
    copyFileSync(BETA, path.join(io.cwd, 'sample-beta.xlsx'));
    expect(await main(['check', 'sample-beta.xlsx', '--write', '--lang', lang], io)).toBe(2);
    expect(io.err()).toContain(line);
    expect(io.files()).toEqual(['sample-beta.xlsx']);
    expect(readFileSync(path.join(io.cwd, 'sample-beta.xlsx'))).toEqual(readFileSync(BETA));
  });

  it('is told by the namespace of the workbook part, whatever its prefix', async () => {
    // The same package with the beta namespace bound to a prefix on <x:workbook>: still refused.
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(readFileSync(BETA));
    const wb = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array())
      .replace(
        'xmlns="http://schemas.microsoft.com/office/excel/2006/2"',
        'xmlns:x="http://schemas.microsoft.com/office/excel/2006/2"',
      )
      .replace(/<(\/?)(?=[a-zA-Z])(?!x:)/g, '<$1x:');
    files['xl/workbook.xml'] = strToU8(wb);
    await expect(XlsxWorkbook.fromBuffer(zipSync(files))).rejects.toMatchObject({ reason: 'beta-format' });
  });
});

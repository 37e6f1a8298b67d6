/**
 * Saving a workbook back over the file it was opened from (check --write --in-place) must not replace a
 * newer version saved meanwhile (by Excel, or by another run): the file is compared with what was read.
 */
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileSystemError } from '../../../src/workbook/safeWrite';
import { openXlsxFile, saveXlsxFile } from '../../../src/workbook/xlsx/nodeFile';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'clean-plan.xlsx');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-nodefile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = { kind: 'setCells', sheet: 'Innstillinger', origin: 'D1', values: [['notat']] } as const;

describe('saveXlsxFile over the file it was opened from', () => {
  it('writes when the file is as it was read', async () => {
    const file = path.join(dir, 'plan.xlsx');
    copyFileSync(FIXTURE, file);
    const wb = await openXlsxFile(file);
    await wb.apply([edit]);
    await saveXlsxFile(wb, file, 'replace');
    expect(readFileSync(file).equals(readFileSync(FIXTURE))).toBe(false);
    // Saved again: the file is now what this workbook wrote, not a newer version of someone else's.
    await wb.apply([{ ...edit, values: [['notat 2']] }]);
    await saveXlsxFile(wb, file, 'replace');
    expect(
      (await (await openXlsxFile(file)).read()).sheets.find((x) => x.sheet === 'Innstillinger')?.values[0]?.[3],
    ).toBe('notat 2');
  });

  it.each([
    ['written in place (same name, other content)', (file: string) => writeFileSync(file, 'nyere versjon')],
    [
      'replaced by a new file under the name (how Excel saves)',
      (file: string) => {
        writeFileSync(`${file}.tmp`, 'nyere versjon');
        renameSync(`${file}.tmp`, file);
      },
    ],
  ])('refuses when it was %s after the read, leaving the newer version', async (_how, change) => {
    const file = path.join(dir, 'plan.xlsx');
    copyFileSync(FIXTURE, file);
    const wb = await openXlsxFile(file);
    await wb.apply([edit]);
    change(file);
    const newer = readFileSync(file);
    await expect(saveXlsxFile(wb, file, 'replace')).rejects.toEqual(
      expect.objectContaining({ constructor: FileSystemError, reason: 'changed' }),
    );
    expect(readFileSync(file).equals(newer)).toBe(true);
  });

  it('a copy to another name is not affected by changes to the original', async () => {
    const file = path.join(dir, 'plan.xlsx');
    copyFileSync(FIXTURE, file);
    const wb = await openXlsxFile(file);
    writeFileSync(file, 'nyere versjon');
    await saveXlsxFile(wb, path.join(dir, 'kopi.xlsx'), 'new');
    expect(readFileSync(path.join(dir, 'kopi.xlsx')).length).toBeGreaterThan(0);
  });
});

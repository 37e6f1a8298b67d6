/**
 * assertWritable and writeWhole refuse a name Excel (or LibreOffice) has open, told by the owner file beside it, in
 * every mode; and a replace the system refuses at the rename (Windows, while Excel holds the file) is said as a file
 * in use, not as a missing permission. Real files in temporary folders; the rename failure is injected.
 */
import {
  mkdirSync,
  mkdtempSync,
  promises as fsp,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockNames, ownerFileOf } from '../../src/workbook/ownerFile';
import { assertWritable, writeWhole } from '../../src/workbook/safeWrite';
import { failure } from './fsFailure';

const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-owner-'));

afterEach(() => jest.restoreAllMocks());

describe('ownerFileOf', () => {
  it("Excel's name is ~$ before the whole name, long or short; LibreOffice's .~lock.NAME#", () => {
    expect(lockNames('Plan.xlsx')).toEqual(['~$Plan.xlsx', '.~lock.Plan.xlsx#']);
    expect(lockNames('Boligsosial handlingsplan 2027.xlsx')[0]).toBe('~$Boligsosial handlingsplan 2027.xlsx');
  });

  it('finds the owner file beside the given path, named as given; none for another workbook', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'Plan.xlsx'), 'x');
    expect(await ownerFileOf(path.join(dir, 'Plan.xlsx'), 'Plan.xlsx')).toBeNull();
    writeFileSync(path.join(dir, '~$Annen.xlsx'), '');
    // Word's shortened form of a long name (~$an.xlsx for Plan.xlsx) is another workbook's owner file in Excel.
    writeFileSync(path.join(dir, '~$an.xlsx'), '');
    expect(await ownerFileOf(path.join(dir, 'Plan.xlsx'), 'Plan.xlsx')).toBeNull();
    writeFileSync(path.join(dir, '~$Plan.xlsx'), '');
    expect(await ownerFileOf(path.join(dir, 'Plan.xlsx'), 'Plan.xlsx')).toBe('~$Plan.xlsx');
    expect(await ownerFileOf(path.join(dir, 'Plan.xlsx'), 'a/Plan.xlsx')).toBe(path.join('a', '~$Plan.xlsx'));
  });

  it('through a symlink: the owner file beside the file it points to (Excel opened that one), by its full path', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'felles'));
    writeFileSync(path.join(dir, 'felles', 'Plan.xlsx'), 'x');
    symlinkSync(path.join('felles', 'Plan.xlsx'), path.join(dir, 'lenke.xlsx'));
    expect(await ownerFileOf(path.join(dir, 'lenke.xlsx'), 'lenke.xlsx')).toBeNull();
    writeFileSync(path.join(dir, 'felles', '~$Plan.xlsx'), '');
    const real = await fsp.realpath(path.join(dir, 'felles'));
    expect(await ownerFileOf(path.join(dir, 'lenke.xlsx'), 'lenke.xlsx')).toBe(path.join(real, '~$Plan.xlsx'));
  });
});

describe('writing a name that is open in Excel', () => {
  it.each(['replace', 'new-or-replace'] as const)(
    "'%s': refused ('open', the owner file named), the file unchanged",
    async (mode) => {
      const dir = scratch();
      const file = path.join(dir, 'Plan.xlsx');
      writeFileSync(file, 'hers');
      writeFileSync(path.join(dir, '~$Plan.xlsx'), '');
      const e = await failure(writeWhole(file, 'ours', mode, 'Plan.xlsx'));
      expect([e.reason, e.file, e.lock]).toEqual(['open', 'Plan.xlsx', '~$Plan.xlsx']);
      expect(readFileSync(file, 'utf8')).toBe('hers');
      expect(readdirSync(dir).sort()).toEqual(['Plan.xlsx', '~$Plan.xlsx']); // no temporary file left
    },
  );

  it("'new': a name with an owner file and no file is refused too; assertWritable says the same before writing", async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, '~$Ny.xlsx'), '');
    expect((await failure(assertWritable(path.join(dir, 'Ny.xlsx'), 'new', 'Ny.xlsx'))).reason).toBe('open');
    expect((await failure(writeWhole(path.join(dir, 'Ny.xlsx'), 'ours', 'new', 'Ny.xlsx'))).lock).toBe('~$Ny.xlsx');
    expect(readdirSync(dir)).toEqual(['~$Ny.xlsx']);
  });

  it('without the owner file the same write goes through', async () => {
    const dir = scratch();
    const file = path.join(dir, 'Plan.xlsx');
    writeFileSync(file, 'hers');
    await writeWhole(file, 'ours', 'replace');
    expect(readFileSync(file, 'utf8')).toBe('ours');
  });

  it.each(['EPERM', 'EACCES', 'EBUSY'])(
    'a replace the system refuses at the rename (%s, Excel holding the file on Windows) is "in-use", the file unchanged',
    async (code) => {
      const dir = scratch();
      const file = path.join(dir, 'Plan.xlsx');
      writeFileSync(file, 'hers');
      jest.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('held'), { code }));
      const e = await failure(writeWhole(file, 'ours', 'replace', 'Plan.xlsx'));
      expect([e.reason, e.file, e.code]).toEqual(['in-use', 'Plan.xlsx', code]);
      expect(readFileSync(file, 'utf8')).toBe('hers');
      expect(readdirSync(dir)).toEqual(['Plan.xlsx']);
    },
  );
});

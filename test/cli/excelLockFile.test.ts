/**
 * Excel's lock file (review). While a workbook is open, Excel keeps «~$plan.xlsx» beside «plan.xlsx»: a file of
 * about 165 bytes holding the name of the user who has it open (on Windows and in synced folders it shows in
 * Explorer, and `tiltaksplan check *.xlsx` picks it up). It is no workbook and never was one, so the advice a
 * plain non-zip file gets — «åpne den i Excel og lagre den som .xlsx» — sends the budget officer to open a file
 * Excel cannot open. The line must still name the file and exit 2 (SPEC §12), and say what it is: the lock
 * file of «plan.xlsx», which is open in Excel.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

/** The owner file Excel writes: the user name's length, the name padded to 54 bytes, then the same in UTF-16. */
function ownerFile(user: string): Buffer {
  const ansi = Buffer.alloc(55, 0x20);
  ansi[0] = user.length;
  ansi.write(user, 1, 'latin1');
  const wide = Buffer.alloc(110, 0);
  wide[0] = user.length;
  wide.write(user, 2, 'utf16le');
  return Buffer.concat([ansi, wide]);
}

describe('check of Excel’s lock file «~$plan.xlsx»', () => {
  let io: TestIo;
  beforeEach(() => {
    io = testIo();
    writeFileSync(path.join(io.cwd, '~$plan.xlsx'), ownerFile('Kari Nordmann'));
  });
  afterEach(() => rmSync(io.cwd, { recursive: true, force: true }));

  it('exits 2, names the file, and does not tell her to open it in Excel and save it as .xlsx', async () => {
    // 1 + 54 + 110 = 165 bytes, the size of the owner file Excel for Windows writes.
    expect(ownerFile('Kari Nordmann').length).toBe(165);
    expect(await main(['check', '~$plan.xlsx'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(
      io
        .err()
        .split('\n')
        .filter((l) => l !== ''),
    ).toHaveLength(1);
    expect(io.err()).toContain('~$plan.xlsx');
    expect(io.err()).not.toContain('lagre den som .xlsx');
  });

  it('says whose lock file it is: the workbook «plan.xlsx», open in Excel', async () => {
    expect(await main(['check', '~$plan.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('«plan.xlsx»');
  });

  it('writes nothing beside it', async () => {
    await main(['check', '~$plan.xlsx', '--write'], io);
    expect(io.files()).toEqual(['~$plan.xlsx']);
  });
});

describe('check of LibreOffice’s lock file «.~lock.plan.xlsx#»', () => {
  it('is named as the file LibreOffice keeps while «plan.xlsx» is open, in the language asked', async () => {
    const io = testIo();
    // LibreOffice's lock file is a line of text: "user,host,…,date,". No zip.
    writeFileSync(path.join(io.cwd, '.~lock.plan.xlsx#'), ',Kari Nordmann,pc01,06.12.2026 17:00,file:///home/kari;\n');
    expect(await main(['check', '.~lock.plan.xlsx#', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('.~lock.plan.xlsx#');
    expect(io.err()).toContain('the hidden file LibreOffice keeps while “plan.xlsx” is open');
    rmSync(io.cwd, { recursive: true, force: true });
  });
});

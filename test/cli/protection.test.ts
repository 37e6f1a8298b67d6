/**
 * `check --write` and `roll` never go around the workbook's protection (SPEC §11, "Writing into a user's workbook"):
 * a sheet to be added to a workbook whose structure is locked (Beskytt arbeidsbok), or a protected sheet to be
 * written (Beskytt ark), stops the write before anything is written: exit 2, the file and the sheets named. A locked
 * structure does not stop writing cells into sheets that exist, and locked windows stop nothing.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run as check } from '../../src/cli/commands/check';
import { run as roll } from '../../src/cli/commands/roll';
import { protectionText } from '../../src/i18n/protection';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { dropSheet, protectSheet, protectWorkbook } from '../fixtures/make/asExcel/protection';
import { partsOf } from '../workbook/xlsx/parts';
import { runCommand, scratchDir } from './cliRun';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

/** plan-as-excel.xlsx (it has Sammendrag and Avstemming) changed by `f`, as plan.xlsx in a scratch folder. */
async function withPlan(f: (pkg: FixturePkg) => void, test: (dir: string, bytes: Uint8Array) => Promise<void>) {
  const { dir, cleanup } = scratchDir();
  try {
    const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
    f(pkg);
    const bytes = pkg.bytes();
    writeFileSync(path.join(dir, 'plan.xlsx'), bytes);
    await test(dir, bytes);
  } finally {
    cleanup();
  }
}

const sheetsOf = (file: string): string[] =>
  [...(partsOf(readFileSync(file))['xl/workbook.xml'] ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );

describe('check --write into a protected workbook', () => {
  it('refuses to add Sammendrag to a workbook whose structure is locked: exit 2, nothing written', async () => {
    await withPlan(
      (pkg) => {
        dropSheet(pkg, 'Sammendrag');
        protectWorkbook(pkg, 'lockStructure="1"');
      },
      async (dir) => {
        for (const lang of ['nb', 'nn', 'en'] as const) {
          const result = await runCommand(check, ['plan.xlsx', '--write', '--lang', lang], dir);
          expect(result.code).toBe(2);
          expect(result.stderr).toContain(`plan.xlsx: ${protectionText(['Sammendrag'], [], lang)}\n`);
          expect(readdirSync(dir)).toEqual(['plan.xlsx']);
        }
        expect(protectionText(['Sammendrag'], [], 'nb')).toContain('«Sammendrag»');
      },
    );
  });

  it('writes Sammendrag and Avstemming when both exist: a locked structure allows cells in existing sheets', async () => {
    await withPlan(
      (pkg) => protectWorkbook(pkg, 'lockStructure="true"'),
      async (dir) => {
        const result = await runCommand(check, ['plan.xlsx', '--write'], dir);
        expect(result.code).not.toBe(2);
        const copy = path.join(dir, 'plan-kontrollert.xlsx');
        expect(sheetsOf(copy)).toEqual(sheetsOf(path.join(dir, 'plan.xlsx')));
        // The protection stays as the user set it.
        expect(partsOf(readFileSync(copy))['xl/workbook.xml']).toContain('<workbookProtection lockStructure="true"/>');
      },
    );
  });

  it('adds Sammendrag when only the windows are locked (lockWindows)', async () => {
    await withPlan(
      (pkg) => {
        dropSheet(pkg, 'Sammendrag');
        protectWorkbook(pkg, 'lockWindows="1"');
      },
      async (dir) => {
        const result = await runCommand(check, ['plan.xlsx', '--write'], dir);
        expect(result.code).not.toBe(2);
        expect(sheetsOf(path.join(dir, 'plan-kontrollert.xlsx'))).toContain('Sammendrag');
      },
    );
  });

  it('writes neither of two workbooks when one refuses, and names that one', async () => {
    await withPlan(
      (pkg) => protectSheet(pkg, 'Sammendrag'),
      async (dir) => {
        writeFileSync(path.join(dir, 'fri.xlsx'), readFileSync(FIXTURE));
        const result = await runCommand(check, ['fri.xlsx', 'plan.xlsx', '--write'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`plan.xlsx: ${protectionText([], ['Sammendrag'], 'nb')}\n`);
        expect(result.stderr).not.toContain('fri.xlsx:');
        expect(readdirSync(dir).sort()).toEqual(['fri.xlsx', 'plan.xlsx']);
      },
    );
  });

  it('--in-place refuses a protected Avstemming and leaves the file byte for byte', async () => {
    await withPlan(
      (pkg) => protectSheet(pkg, 'Avstemming'),
      async (dir, bytes) => {
        const result = await runCommand(check, ['plan.xlsx', '--write', '--in-place'], dir);
        expect(result.code).toBe(2);
        // tblAvstemming (A1:P57) is made again where it stood, which a protected sheet refuses: named, with why.
        const made = [{ sheet: 'Avstemming', table: 'tblAvstemming', range: 'A1:P57', change: 'make' as const }];
        expect(result.stderr).toContain(`plan.xlsx: ${protectionText([], ['Avstemming'], 'nb', [], made)}\n`);
        expect(result.stderr).toContain(
          '«Avstemming» (tabellen tblAvstemming måtte lages over A1:P57; Excel lager og endrer ikke tabeller i et beskyttet ark, uansett hva beskyttelsen tillater)',
        );
        expect(readdirSync(dir)).toEqual(['plan.xlsx']);
        expect(Buffer.compare(readFileSync(path.join(dir, 'plan.xlsx')), Buffer.from(bytes))).toBe(0);
      },
    );
  });
});

describe('roll of a protected workbook', () => {
  it('refuses to add the archive sheet to a workbook whose structure is locked: exit 2, nothing written', async () => {
    await withPlan(
      (pkg) => protectWorkbook(pkg, 'lockStructure="1"'),
      async (dir) => {
        const result = await runCommand(roll, ['plan.xlsx', '--out', 'rullert.xlsx'], dir);
        expect(result.code).toBe(2);
        // Første planår 2027, four years: the old period's archive is «Arkiv 2027–2030».
        expect(result.stderr).toBe(`plan.xlsx: ${protectionText(['Arkiv 2027–2030'], [], 'nb')}\n`);
        expect(readdirSync(dir)).toEqual(['plan.xlsx']);
      },
    );
  });

  it('refuses to write the rolled settings into a protected Innstillinger', async () => {
    await withPlan(
      (pkg) => protectSheet(pkg, 'Innstillinger'),
      async (dir) => {
        const result = await runCommand(roll, ['plan.xlsx', '--out', 'rullert.xlsx', '--lang', 'en'], dir);
        expect(result.code).toBe(2);
        // tblInnstillinger (A1:B7, six settings) made again with Plannavn too: A1:B8.
        const made = [{ sheet: 'Innstillinger', table: 'tblInnstillinger', range: 'A1:B8', change: 'make' as const }];
        expect(result.stderr).toBe(`plan.xlsx: ${protectionText([], ['Innstillinger'], 'en', [], made)}\n`);
        expect(result.stderr).toContain(
          '"Innstillinger" (table tblInnstillinger would have to be made over A1:B8; Excel neither makes nor changes tables on a protected sheet, whatever the protection allows)',
        );
        expect(readdirSync(dir)).toEqual(['plan.xlsx']);
      },
    );
  });

  it('rolls when only the windows are locked', async () => {
    await withPlan(
      (pkg) => protectWorkbook(pkg, 'lockWindows="1"'),
      async (dir) => {
        const result = await runCommand(roll, ['plan.xlsx', '--out', 'rullert.xlsx'], dir);
        expect(result.code).toBe(0);
        expect(sheetsOf(path.join(dir, 'rullert.xlsx'))).toContain('Arkiv 2027–2030');
      },
    );
  });
});

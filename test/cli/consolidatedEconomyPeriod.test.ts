/**
 * `check PLAN.xlsx --economy-plan OP.xlsx` where OP.xlsx lost its Innstillinger sheet (docs/spec.md §15,
 * economy-period-unstated). The example plan for 2029–2032 and, as the economy plan, the same workbook with the sheet
 * deleted: its year columns are 2029–2032 too. It was read for next year's period by the clock (2027–2030: the test's
 * year is 2026), so the plan was "of another period" and not reconciled; now it is read for 2029–2032, reconciled,
 * and the report says, at the economy plan's file and sheet, that the period was taken from the plans.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { deleteSettingsSheet } from './settingsDamage';
import { testIo } from './testIo';

jest.setTimeout(30_000);

describe('check --economy-plan: an economy plan workbook without Innstillinger', () => {
  it('is read for the plan’s period, reconciled, and the warning names its file and sheet', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2029'], io)).toBe(0);
    const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
    deleteSettingsSheet(pkg);
    writeFileSync(path.join(io.cwd, 'op.xlsx'), pkg.bytes());

    const json = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--format', 'json'], json);
    const doc = JSON.parse(json.out()) as {
      consolidation: {
        years: number[];
        plans: { compared: boolean }[];
        issues: { file: string; code: string; severity: string; sheet: string; cell: string }[];
      };
    };
    expect(doc.consolidation.years).toEqual([2029, 2030, 2031, 2032]);
    expect(doc.consolidation.plans.map((p) => p.compared)).toEqual([true]);
    expect(doc.consolidation.issues.map((i) => [i.file, i.code, i.severity, i.sheet, i.cell])).toContainEqual([
      'op.xlsx',
      'economy-period-unstated',
      'warning',
      'Innstillinger',
      'A1',
    ]);

    const text = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx'], text);
    expect(text.out()).toMatch(
      /Advarsel +op\.xlsx: Innstillinger!A1 +Planperioden står ikke i økonomiplanen .*tatt fra planene: 2029–2032\./,
    );
    expect(text.out()).not.toContain('Annen planperiode');
  });
});

/**
 * An amount stored as text («1 500» in a cell in Excel's text format) counts with its value (SPEC §7), in a
 * comparison (§14) as in a check: text on one side and the same number on the other is no change, and text
 * with another value is the change by that value. Figures by hand from the example (1000 kr, 2027–2030), where
 * D-001 costs 600 / 1 200 / 1 800 / 2 400 with Helårsvirkning 2 400 all new money, and the operating total of
 * 2028 is 3 050.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { Edit } from '../../src/domain/model/edits';
import { readPlan } from '../../src/domain/read/plan';
import { planSaveVersion } from '../../src/domain/sheets/version';
import type { CompareJson } from '../../src/report/compareJson';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });

/** Text typed in D-001's cells of `years`, in Excel's text format "@", as a user pasting «1 500» leaves them. */
async function withText(out: string, years: Record<string, string>, saveVersion: boolean): Promise<void> {
  const wb = await openXlsxFile(path.join(dir, 'eksempel.xlsx'));
  const snapshot = await wb.read();
  const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
  if (saveVersion) await wb.apply(planSaveVersion(snapshot, plan, { label: 'Vedtatt', date: '2026-12-10' }).edits);
  const d1 = plan.operating[0];
  const edits = Object.entries(years).flatMap(([year, text]): Edit[] => {
    const cell = `${d1?.cellColumns[`year:${year}`]}${d1?.row}`;
    return [
      { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: cell, format: '@' },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: cell, values: [[text]] },
    ];
  });
  await wb.apply(edits);
  await saveXlsxFile(wb, path.join(dir, out));
}

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  // 1 200 and 1 800 as text: the same money. 1 500 (no-break space, as Norwegian Excel groups) in 2028: +300.
  await withText('samme.xlsx', { '2028': '1 200', '2029': '1\u00a0800' }, false);
  await withText('endret.xlsx', { '2028': '1\u00a0500', '2029': '1 800' }, true);
});

async function compare(args: string[]): Promise<CompareJson> {
  const t = io();
  expect(await main(['compare', ...args, '--format', 'json'], t)).toBe(0);
  return JSON.parse(t.out()) as CompareJson;
}

describe('compare of amounts stored as text', () => {
  it('the check reads them with their value, as a warning (the figures compare must agree with)', async () => {
    const t = io();
    // Exit 1: D-001's new money of 2028 no longer matches its economy plan line (1 500 against 1 200).
    expect(await main(['check', 'endret.xlsx', '--format', 'json'], t)).toBe(1);
    const doc = JSON.parse(t.out()) as {
      issues: { code: string }[];
      totals: { operating: { all: { years: Record<string, number> } } };
    };
    expect(doc.issues.filter((i) => i.code === 'amount-text')).toHaveLength(2);
    // 3 050 − 1 200 + 1 500 = 3 350 in 2028.
    expect(doc.totals.operating.all.years['2028']).toBe(3_350_000);
  });

  it('text with the same value as the number on the other side is no change, either way round', async () => {
    for (const args of [
      ['eksempel.xlsx', 'samme.xlsx'],
      ['samme.xlsx', 'eksempel.xlsx'],
    ]) {
      const diff = await compare(args);
      expect(diff.measures).toEqual({ added: [], removed: [], changed: [] });
      expect(diff.totals.operating.years['2028']).toEqual({ old: 3_050_000, new: 3_050_000, difference: 0 });
    }
  });

  it('text with another value is that change: 1 200 → «1 500» in 2028, against the saved version', async () => {
    const diff = await compare(['endret.xlsx', '--version-sheet', 'Versjon 1']);
    expect(diff.measures.changed).toEqual([
      { id: 'D-001', table: 'operating', changes: [{ field: '2028', old: 1_200_000, new: 1_500_000 }] },
    ]);
    expect(diff.totals.operating.years['2028']).toEqual({ old: 3_050_000, new: 3_350_000, difference: 300_000 });
    // D-001's new money in 2028: 1 500 × 2 400 / 2 400 = 1 500, 300 more; the total 2 300 → 2 600.
    expect(diff.totals.newMoney.years['2028']).toEqual({ old: 2_300_000, new: 2_600_000, difference: 300_000 });
    expect(diff.totals.operating.years['2029']).toEqual({ old: 3_650_000, new: 3_650_000, difference: 0 });
  });

  it('and the same change between the two files, the text on the older side', async () => {
    const diff = await compare(['samme.xlsx', 'endret.xlsx']);
    expect(diff.measures.changed).toEqual([
      { id: 'D-001', table: 'operating', changes: [{ field: '2028', old: 1_200_000, new: 1_500_000 }] },
    ]);
  });
});

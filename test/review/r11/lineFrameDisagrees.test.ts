/**
 * Review r11: a measure's economy plan line whose Rammeområde is another frame than the measure's moves the line's
 * money to that frame without a word, and two frames report differences whose cause nothing names (SPEC §10:
 * frame-total «vs the sum of its Tiltak lines when it has no Ramme line»; §6: Rammeområde is optional on a Tiltak
 * line; §8: every finding points at the cell the rule is about).
 *
 * The built-in example (1000 kr) without its three Ramme lines (Økonomiplan rows 2–4 emptied), and D-003's line
 * (row 6) given Rammeområde R3, while D-003 itself is R4 (Tiltak drift!T4). By hand, new money: R3's measures
 * D-001 600 / 1 200 / 1 800 / 2 400 + D-005 200 / 400 / 400 / 400 + D-011 200 each year = 1 000 / 1 800 / 2 400 / 3 000;
 * R3's Tiltak lines D-001 600 / 1 200 / 1 800 / 2 400 + D-005 0 / 400 / 400 / 600 + D-003's 250 / 500 / 500 / 400 =
 * 850 / 2 100 / 2 700 / 3 400. R4's measure D-003 250 / 500 / 500 / 500 against no line: 0.
 *
 * What she sees: eight frame-total errors, «Nye midler i rammeområde R3 i 2028: tiltaksplanen har 1 800,
 * økonomiplanen 2 100 (avvik −300). Rett tiltaket eller økonomiplanen.» and «… R4 i 2028: tiltaksplanen har 500,
 * økonomiplanen 0 (avvik 500). Rett tiltaket eller økonomiplanen.», while D-003's own items all say «i samsvar».
 * Nothing says that D-003 is R4 in the plan and R3 on its line (Økonomiplan!D6), the one cell that explains both.
 *
 * Expected: the disagreement is named — a finding at Økonomiplan!D6, or the R4 (or R3) items naming D-003's line.
 */
import { main } from '../../../src/cli/main';
import { exampleTyped, typeCells } from '../../cli/exampleTyped';
import { testIo } from '../../cli/testIo';

const EMPTY_RAMME_ROWS: Record<string, null> = Object.fromEntries(
  [2, 3, 4].flatMap((r) => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => [`${c}${r}`, null])),
);

describe('a Tiltak line naming another frame than its measure (SPEC §10)', () => {
  test('is named, not left as two unexplained frame differences', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const plan = wb.getWorksheet('Tiltak drift')!;
      expect([plan.getCell('A4').value, plan.getCell('T4').value]).toEqual(['D-003', 'R4']);
      const sheet = wb.getWorksheet('Økonomiplan')!;
      expect(['B2', 'B3', 'B4'].map((c) => sheet.getCell(c).value)).toEqual(['Ramme', 'Ramme', 'Ramme']);
      expect(sheet.getCell('C6').value).toBe('D-003');
      typeCells(sheet, { ...EMPTY_RAMME_ROWS, D6: 'R3' });
    });

    expect(await main(['check', 'plan.xlsx', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as {
      issues: { sheet: string; cell: string }[];
      reconciliation: {
        code: string;
        ref: string;
        measureId?: string;
        class: string;
        measures: number;
        economyPlan: number;
      }[];
    };
    const frame = (ref: string) =>
      report.reconciliation
        .filter((i) => i.code === 'frame-total' && i.ref === ref)
        .map((i) => [i.measures, i.economyPlan]);
    // The figures worked out above.
    expect(frame('R3')).toEqual([
      [1_000_000, 850_000],
      [1_800_000, 2_100_000],
      [2_400_000, 2_700_000],
      [3_000_000, 3_400_000],
    ]);
    expect(frame('R4')).toEqual([
      [250_000, 0],
      [500_000, 0],
      [500_000, 0],
      [500_000, 0],
    ]);
    // D-003 matches its line in every year but 2030 (500 vs 400, as in the example).
    expect(report.reconciliation.filter((i) => i.measureId === 'D-003').map((i) => i.class)).toEqual([
      'match',
      'match',
      'match',
      'mismatch',
    ]);

    const text = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx'], text);
    const r4 = text
      .out()
      .split('\n')
      .filter((l) => l.includes('rammeområde R4'));
    const named =
      report.issues.some((i) => i.sheet === 'Økonomiplan' && i.cell === 'D6') ||
      r4.some((l) => l.includes('D-003') || l.includes('Økonomiplan!D6'));
    expect(named).toBe(true);
    // Both cells, the line's Rammeområde and the measure's, in every item of both frames.
    const frames = text
      .out()
      .split('\n')
      .filter((l) => /rammeområde R[34] i/.test(l));
    expect(frames).toHaveLength(8);
    for (const l of frames) expect(l).toMatch(/D-003.*R3 \(Økonomiplan!D6\).*R4 \(Tiltak drift!T4\)/);
  });
});

/**
 * Lagre versjon (SPEC §14) saves a logical value in an amount cell as the logical value she has (TRUE, shown SANN),
 * as a roll's archive does (test/cli/rollLogicalAmount.test.ts), not as the text «TRUE»; a FALSE stays FALSE.
 *
 * By hand: the example, D-011 on row 12 of «Tiltak drift»; I12 (2028) TRUE and J12 (2029) FALSE. The version's row of
 * D-011 has, in the year columns 2027–2030: 200, TRUE, FALSE, 200.
 */
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { planSaveVersion } from '../../../src/domain/sheets/version';
import { setCell } from '../../helpers/workbook';

test('a saved version keeps TRUE and FALSE in amount cells as logical values', () => {
  const base = snapshotFromContent(exampleContent({ startYear: 2027 }));
  const drift = base.sheets.find((s) => s.sheet === 'Tiltak drift');
  expect(drift?.values[11]?.[0]).toBe('D-011');
  const wb = setCell(setCell(base, 'Tiltak drift', 'I12', true), 'Tiltak drift', 'J12', false);
  const plan = readPlan(wb, { defaultStartYear: 2027 }).plan;
  const { edits } = planSaveVersion(wb, plan, { label: 'Vedtatt', date: '2026-12-10' });
  const rows = edits.flatMap((e) => (e.kind === 'setCells' ? e.values : []));
  const d011 = rows.find((r) => r[0] === 'D-011') ?? [];
  expect(d011.slice(7, 11)).toEqual([200, true, false, 200]);
});

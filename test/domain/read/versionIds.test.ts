/**
 * SPEC §4: an ID is never reused. The IDs on saved versions and roll archives (read/versionIds.ts) count as handed
 * out: the add form's next free ID and the IDs id-missing suggests skip them. By hand, the example (D-001 … D-011,
 * I-001 … I-005) with a version holding D-011 … D-014 and I-009: next D-015 and I-010.
 */
import { nextMeasureId } from '../../../src/domain/measureEdits/add';
import { exampleContent } from '../../../src/domain/example/example';
import { validatePlan } from '../../../src/domain/validate/plan';
import { versionLayout, planVersionSheet } from '../../../src/domain/sheets/version';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { planOf } from '../../helpers/plan';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));

/** The example's version saved on `sheet`, its D-011 row's ID replaced by the others (as if measures left later). */
function withVersion(sheet: string, ids: readonly string[]): WorkbookSnapshot {
  const layout = versionLayout(planOf(example), { label: 'Høring', date: '2026-11-01' });
  const rows = layout.rows.map((r) => [...r]);
  const at = rows.findIndex((r) => r[0] === 'D-011');
  ids.forEach((id, i) => (rows[at + i] = [id, ...rows[at]!.slice(1)]));
  return applyEdits(example, planVersionSheet(sheet, { ...layout, rows }, true));
}

describe('IDs on saved versions and archives are not handed out again', () => {
  test('a version renamed by the user is found by its header', () => {
    const plan = planOf(withVersion('Høringsutkast', ['D-011', 'D-012', 'D-013', 'D-014', 'I-009']));
    expect(plan.versionIds).toEqual(expect.arrayContaining(['D-014', 'I-009']));
    expect(nextMeasureId(plan, 'operating')).toBe('D-015');
    expect(nextMeasureId(plan, 'investment')).toBe('I-010');
  });

  test('id-missing suggests an ID above the version’s', () => {
    const wb = withVersion('Versjon 1', ['D-011', 'D-012', 'D-013']);
    const plan = planOf(wb);
    const blank = { ...plan, operating: plan.operating.map((m, i) => (i === 0 ? { ...m, id: '' } : m)) };
    const missing = validatePlan(blank).find((f) => f.code === 'id-missing');
    expect(missing?.params['suggestion']).toBe('D-014');
  });

  // One rule for the form and the check (versionIdColumns): the ID and economy plan Ref columns, not every cell. By
  // hand: D-011's Kommentar on the version reads «erstatter D-030»; the version's IDs stay D-001 … D-011: next D-012.
  test('an ID typed in a Kommentar of a version counts for neither the form nor the check', () => {
    const layout = versionLayout(planOf(example), { label: 'Høring', date: '2026-11-01' });
    const rows = layout.rows.map((r) => [...r]);
    const header = rows.find((r) => r[0] === 'ID')!;
    const row = rows.find((r) => r[0] === 'D-011')!;
    row[header.indexOf('Kommentar')] = 'D-030';
    const plan = planOf(applyEdits(example, planVersionSheet('Versjon 1', { ...layout, rows }, true)));
    expect(plan.versionIds).not.toContain('D-030');
    expect(nextMeasureId(plan, 'operating')).toBe('D-012');
  });

  test('without versions the next ID is the tables’ highest + 1', () => {
    expect(planOf(example).versionIds).toEqual([]);
    expect(nextMeasureId(planOf(example), 'operating')).toBe('D-012');
  });
});

/**
 * Settings compared besides the unit and the period (SPEC §3, §14): Prisnivå, Økonomiplanversjon, Toleranse,
 * Plannavn — only where both versions state them. The saved version is written and read back as the pane does
 * (planSaveVersion, readVersion); every expected value is stated by hand.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { compareSettings } from '../../../src/domain/compare/settings';
import { readVersion } from '../../../src/domain/read/version';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../../src/domain/sheets/version';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import type { Plan, Settings } from '../../../src/domain/model/plan';
import { kr } from '../../../src/domain/model/money';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';
import { planOf } from '../../helpers/plan';

const stamp = { label: 'Vedtatt K-sak 45/2026', date: '2026-12-10' };
const sides = { old: { file: 'plan.xlsx', label: stamp.label }, new: { file: 'plan.xlsx', label: 'plan.xlsx' } };

const book = (settings: Record<string, CellValue>): WorkbookSnapshot =>
  canonicalSnapshot({ operating: [operatingRow()], settings });

/** `wb` with a version of itself saved, then the version's header rows labelled as in `drop` removed. */
function versionOf(wb: WorkbookSnapshot, drop: readonly string[] = []): Plan {
  const saved = applyEdits(wb, planSaveVersion(wb, planOf(wb), stamp).edits);
  const sheets = saved.sheets.map((s) =>
    s.sheet === 'Versjon 1' ? { ...s, values: s.values.filter((r) => !drop.includes(String(r[0]))) } : s,
  );
  const version = readVersion({ ...saved, sheets }, 'Versjon 1');
  if (!version) throw new Error('no version read');
  return version.plan;
}

// Amounts in 1000 kr (the canonical snapshot's unit): Toleranse 1 is 1 000 kr, 5 is 5 000 kr.
const ADOPTED = { Toleranse: 1, Økonomiplanversjon: 'ØP 2027–2030 vedtatt', Plannavn: 'Boligsosial handlingsplan' };
const NOW = { Toleranse: 5, Økonomiplanversjon: 'ØP 2027–2030 rev. juni', Plannavn: 'Boligsosial handlingsplan' };

describe('compare: settings', () => {
  it('reports Økonomiplanversjon and Toleranse (kroner) changed since a saved version', () => {
    const diff = comparePlans(versionOf(book(ADOPTED)), planOf(book(NOW)), sides);
    expect(diff.settings).toEqual([
      { field: 'economyPlanVersion', old: 'ØP 2027–2030 vedtatt', new: 'ØP 2027–2030 rev. juni' },
      { field: 'tolerance', old: 1000, new: 5000 },
    ]);
  });

  it('the version header keeps Toleranse: a version compared with its own plan reports nothing', () => {
    const wb = book(NOW);
    expect(comparePlans(versionOf(wb), planOf(wb), sides).settings).toEqual([]);
  });

  it('a version without Toleranse in its header (saved before it was kept) reports no tolerance change', () => {
    const diff = comparePlans(versionOf(book(ADOPTED), ['Toleranse']), planOf(book(NOW)), sides);
    expect(diff.settings).toEqual([
      { field: 'economyPlanVersion', old: 'ØP 2027–2030 vedtatt', new: 'ØP 2027–2030 rev. juni' },
    ]);
  });

  it("a version saved before Plannavn existed reports no Plannavn '' → name", () => {
    const older = versionOf(book({ ...NOW, Plannavn: null }), ['Plannavn', 'Toleranse']);
    expect(older.settings.planName).toBe('');
    expect(comparePlans(older, planOf(book(NOW)), sides).settings).toEqual([]);
  });

  it("a Plannavn row left empty is stated: '' → name is a change", () => {
    const diff = comparePlans(planOf(book({ ...NOW, Plannavn: null })), planOf(book(NOW)), sides);
    expect(diff.settings).toEqual([{ field: 'planName', old: '', new: 'Boligsosial handlingsplan' }]);
  });

  it('an unusable Toleranse ("litt") is not stated: its default 0 is not compared', () => {
    const diff = comparePlans(planOf(book({ ...NOW, Toleranse: 'litt' })), planOf(book(NOW)), sides);
    expect(diff.settings).toEqual([]);
  });

  it('compares tolerance in kroner: 1 in 1000 kr is 1 000 in kr, no change', () => {
    const base: Settings = {
      startYear: 2027,
      yearCount: 4,
      unit: '1000 kr',
      priceLevel: 'faste 2027-kroner',
      economyPlanVersion: '',
      tolerance: kr(1000),
      planName: '',
    };
    expect(compareSettings(base, { ...base, unit: 'kr' })).toEqual([]);
    expect(compareSettings(base, { ...base, priceLevel: 'faste 2028-kroner', stated: ['priceLevel'] })).toEqual([
      { field: 'priceLevel', old: 'faste 2027-kroner', new: 'faste 2028-kroner' },
    ]);
    expect(compareSettings(base, { ...base, tolerance: kr(0), stated: ['priceLevel'] })).toEqual([]);
  });
});

/**
 * An ID on two rows of one version (review w111). The newer version holds D-004 twice — the measure it had, and a
 * new measure given the same ID (the check: id-duplicate) — and the comparison listed the second row as a new
 * measure D-004, a phantom, without a word of the ID being on two rows. Now the ID is named with its rows and cells,
 * and the row left over is neither new nor removed; the totals count it, as every costed row counts whatever its
 * findings (SPEC §4), so the totals moved by exactly its amounts. The same for the ID twice in the older version.
 *
 * 1000 kr, 2027–2030, rows from 2 (ID in column A). D-001: operatingRow() (600 / 1 200 / 1 800 / 2 400, all new
 * money, frame 2). D-004 «Spredt bosetting»: 100 a year, Helårsvirkning 100, all new money, frame 3. The second
 * D-004 «Ny boligveileder»: 50 a year, Helårsvirkning 50, all new money, frame 3. By hand, with the second D-004 the
 * new money is 600 + 100 + 50 = 750 in 2027 (without it 700), 1 350 / 1 950 / 2 550 after; frame 3 150 a year
 * (without it 100).
 */
import type { ChangeSet } from '../../../src/domain/model/changeSet';
import { renderCompare } from '../../../src/report/compareReport';
import type { CompareJson } from '../../../src/report/compareJson';
import { operatingRow } from '../../helpers/rows';
import { compareRows, type Row } from './compareRows';

const compare = compareRows;

const amounts = (n: number): Row => ({
  '2027': n,
  '2028': n,
  '2029': n,
  '2030': n,
  Helårsvirkning: n,
  'Nye midler': n,
  Rammeområde: '3',
});
const d001 = operatingRow();
const spredt = operatingRow({ ID: 'D-004', Prioritet: 2, Tiltak: 'Spredt bosetting', ...amounts(100) });
const veileder = operatingRow({ ID: 'D-004', Prioritet: 3, Tiltak: 'Ny boligveileder', ...amounts(50) });

const ids = (diff: ChangeSet) => ({
  added: diff.measures.added.map((m) => m.id),
  removed: diff.measures.removed.map((m) => m.id),
  changed: diff.measures.changed.map((m) => m.id),
});
const rowsOf = (diff: ChangeSet) =>
  diff.duplicateIds.map((d) => [d.version, d.id, d.rows.map((r) => [r.cell, r.measure, r.compared])]);
/** [old, new, Δ] of the new money per year. */
const newMoney = (diff: ChangeSet) =>
  Object.fromEntries(Object.entries(diff.totals.newMoney).map(([y, c]) => [y, [c.old, c.new, c.difference]]));

describe('an ID on two rows of the newer version', () => {
  const diff = compare([d001, spredt], [d001, spredt, veileder]);

  it('is named with both rows, and the row left over is no new measure', () => {
    expect(ids(diff)).toEqual({ added: [], removed: [], changed: [] });
    expect(rowsOf(diff)).toEqual([
      [
        'new',
        'D-004',
        [
          ['Tiltak drift!A3', 'Spredt bosetting', true],
          ['Tiltak drift!A4', 'Ny boligveileder', false],
        ],
      ],
    ]);
  });

  it('the totals count the row left over, as the check does (SPEC §4): +50 000 kr a year, all in frame 3', () => {
    expect(newMoney(diff)).toEqual({
      '2027': [700_000, 750_000, 50_000],
      '2028': [1_300_000, 1_350_000, 50_000],
      '2029': [1_900_000, 1_950_000, 50_000],
      '2030': [2_500_000, 2_550_000, 50_000],
    });
    const frame3 = diff.totals.byFrame.find((f) => f.frame === '3');
    expect(frame3?.years['2027']).toEqual({ old: 100_000, new: 150_000, difference: 50_000 });
  });

  it('typed above the measure that had the ID, the new row is still the one left over (same Tiltak text pairs)', () => {
    const above = compare([d001, spredt], [d001, { ...veileder, Prioritet: 2 }, { ...spredt, Prioritet: 3 }]);
    // Only the Prioritet of «Spredt bosetting» changed (2 → 3); nothing is new.
    expect(ids(above)).toEqual({ added: [], removed: [], changed: ['D-004'] });
    expect(above.measures.changed[0]?.changes).toEqual([{ field: 'priority', old: 2, new: 3 }]);
    expect(rowsOf(above)[0]?.[2]).toEqual([
      ['Tiltak drift!A3', 'Ny boligveileder', false],
      ['Tiltak drift!A4', 'Spredt bosetting', true],
    ]);
  });

  it('the text report names the ID and its cells, lists the row apart, and does not say «Ingen endringer»', () => {
    const text = renderCompare(diff, 'text', 'nb');
    expect(text).toContain('ID D-004 står på 2 rader i den nyere versjonen (Tiltak drift!A3, Tiltak drift!A4)');
    expect(text).toContain('Tiltak drift!A4 «Ny boligveileder» i den nyere versjonen er ikke sammenlignet');
    expect(text).toContain('Samme ID på flere rader, ikke sammenlignet');
    expect(text).not.toContain('Ingen endringer.');
    // Under «Nye tiltak»: none.
    expect(text).toMatch(/Nye tiltak\n·+\nIngen\./);
  });

  it('JSON: not in added, and duplicateIds gives the rows', () => {
    const json = JSON.parse(renderCompare(diff, 'json', 'nb')) as CompareJson;
    expect(json.measures.added).toEqual([]);
    expect(
      (json.duplicateIds ?? []).map((d) => [d.version, d.id, d.rows.map((r) => [r.cell, r.compared, r.years['2027']])]),
    ).toEqual([
      [
        'new',
        'D-004',
        [
          ['Tiltak drift!A3', true, 100_000],
          ['Tiltak drift!A4', false, 50_000],
        ],
      ],
    ]);
  });
});

describe('an ID on two rows of the older version', () => {
  const diff = compare([d001, spredt, veileder], [d001, spredt]);

  it('the row left over is no removed measure, and the ID is named in the older version', () => {
    expect(ids(diff)).toEqual({ added: [], removed: [], changed: [] });
    expect(rowsOf(diff)).toEqual([
      [
        'old',
        'D-004',
        [
          ['Tiltak drift!A3', 'Spredt bosetting', true],
          ['Tiltak drift!A4', 'Ny boligveileder', false],
        ],
      ],
    ]);
    // The older totals counted it: 750 → 700 in 2027.
    expect(newMoney(diff)['2027']).toEqual([750_000, 700_000, -50_000]);
  });

  it('given its own ID in the newer version, the row is named as perhaps that added measure', () => {
    const own = compare([d001, spredt, veileder], [d001, spredt, { ...veileder, ID: 'D-012' }]);
    expect(ids(own)).toEqual({ added: ['D-012'], removed: [], changed: [] });
    expect(renderCompare(own, 'text', 'nb')).toContain(
      'Tiltak drift!A4 har samme tiltakstekst som det nye tiltaket D-012: kanskje samme tiltak',
    );
  });
});

describe('an ID on two rows of both versions', () => {
  it('each row pairs with its own, nothing is left over, and the ID is still named in both', () => {
    const diff = compare([d001, spredt, veileder], [d001, spredt, veileder]);
    expect(ids(diff)).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.duplicateIds.map((d) => [d.version, d.rows.every((r) => r.compared)])).toEqual([
      ['old', true],
      ['new', true],
    ]);
    expect(renderCompare(diff, 'text', 'nb')).toContain('Ingen endringer.');
  });
});

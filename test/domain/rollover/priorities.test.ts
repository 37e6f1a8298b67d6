/**
 * A roll removes finished Engangs measures (SPEC §11); a section numbered 1..n before must not come out with a
 * priority-gap the roll made itself. The product's choice: the measures that stay are numbered 1..m again in
 * their old order and the roll names each changed priority; a section that had a gap or a duplicate stays as it
 * was. Checked on the workbook the roll writes, read and validated again.
 */
import { checkSnapshot } from '../../../src/domain/check';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';
import { planWorkbook } from '../../../src/domain/sheets/template';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { canonicalSnapshot } from '../../helpers/workbook';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

function roll(wb: WorkbookSnapshot) {
  const result = rollContent(readPlan(wb, { defaultStartYear: 2027 }).plan);
  const after = applyEdits(EMPTY_WORKBOOK, planWorkbook(result.content));
  const check = checkSnapshot(after, { render: () => '', file: 'x.xlsx', defaultStartYear: 2028 });
  const priorities = Object.fromEntries(check.plan.operating.map((m) => [m.id, m.priority]));
  const codes = check.report.issues.map((i) => i.code);
  return { result, priorities, codes };
}

describe('priorities after a roll of the built-in example', () => {
  // Samfunn og tjenester: D-001..D-005 are 1..5; D-002 (Engangs, only 2027) leaves → D-001 1, D-003 3→2, D-004
  // 4→3, D-005 5→4. Organisasjon: D-006..D-011 are 1..6; D-009 (Engangs, only 2027) leaves → D-006 1, D-007 2,
  // D-008 3, D-010 5→4, D-011 6→5.
  const { result, priorities, codes } = roll(snapshotFromContent(exampleContent({ startYear: 2027 })));

  it('removes D-002 and D-009, as before', () => {
    expect(result.finished).toEqual(['D-002', 'D-009']);
  });

  it('numbers each section 1..m again in its old order', () => {
    expect(priorities).toEqual({
      'D-001': 1,
      'D-003': 2,
      'D-004': 3,
      'D-005': 4,
      'D-006': 1,
      'D-007': 2,
      'D-008': 3,
      'D-010': 4,
      'D-011': 5,
    });
  });

  it('leaves no priority-gap for check to warn of', () => {
    expect(codes.filter((c) => c.startsWith('priority'))).toEqual([]);
  });

  it('names every changed priority, old and new, per section', () => {
    expect(result.followUp.renumbered).toEqual([
      {
        section: 'Samfunn og tjenester',
        changes: [
          { id: 'D-003', from: 3, to: 2 },
          { id: 'D-004', from: 4, to: 3 },
          { id: 'D-005', from: 5, to: 4 },
        ],
      },
      {
        section: 'Organisasjon',
        changes: [
          { id: 'D-010', from: 5, to: 4 },
          { id: 'D-011', from: 6, to: 5 },
        ],
      },
    ]);
  });

  it('keeps the old priorities on the archive of the old period (D-003 stays 3 there)', () => {
    // Prioritet is the third column of Tiltak drift (ID, Seksjon, Prioritet …) on the archive, as on a version.
    expect(result.archive.rows.find((r) => r[0] === 'D-003')?.[2]).toBe(3);
  });
});

describe('priorities of a section the roll does not renumber', () => {
  const row = (id: string, section: string, priority: number | string, years: (number | null)[], kind = 'Varig') => ({
    ID: id,
    Seksjon: section,
    Prioritet: priority,
    Tiltak: `Tiltak ${id}`,
    Type: kind,
    Kostnadsstatus: 'Beregnet',
    '2027': years[0] ?? null,
    '2028': years[1] ?? null,
    '2029': years[2] ?? null,
    '2030': years[3] ?? null,
    Ansvarlig: 'Leder boligkontor',
  });
  const finished = (id: string, section: string, priority: number | string) =>
    row(id, section, priority, [100, null, null, null], 'Engangs');
  const go = (operating: ReturnType<typeof row>[]) => roll(canonicalSnapshot({ operating }));
  const S = 'Samfunn og tjenester';

  it('a section that already had a gap (1, 3, 4: D-001 finished) keeps 3 and 4, and says nothing', () => {
    const { priorities, result } = go([finished('D-001', S, 1), row('D-002', S, 3, [1]), row('D-003', S, 4, [1])]);
    expect(priorities).toEqual({ 'D-002': 3, 'D-003': 4 });
    expect(result.followUp.renumbered).toEqual([]);
  });

  it('a section with a duplicate (1, 2, 2, 3: D-001 finished) keeps 2, 2, 3', () => {
    const { priorities, result } = go([
      finished('D-001', S, 1),
      row('D-002', S, 2, [1]),
      row('D-003', S, 2, [1]),
      row('D-004', S, 3, [1]),
    ]);
    expect(priorities).toEqual({ 'D-002': 2, 'D-003': 2, 'D-004': 3 });
    expect(result.followUp.renumbered).toEqual([]);
  });

  it('a section with a priority typed as text («høy») is left as it was', () => {
    const { priorities } = go([finished('D-001', S, 1), row('D-002', S, 'høy', [1]), row('D-003', S, 3, [1])]);
    expect(priorities).toEqual({ 'D-002': null, 'D-003': 3 });
  });

  it('a section that loses its last priority (1, 2, 3: D-003 finished) needs no change and gets no note', () => {
    const { priorities, result } = go([row('D-001', S, 1, [1]), row('D-002', S, 2, [1]), finished('D-003', S, 3)]);
    expect(priorities).toEqual({ 'D-001': 1, 'D-002': 2 });
    expect(result.followUp.renumbered).toEqual([]);
  });

  it('numbers by the old priority, not the row order, and a section spelled in another case is one section', () => {
    // Rows: D-001 «organisasjon» 3, D-002 Organisasjon 1 (finished), D-003 Organisasjon 2 → D-003 2→1, D-001 3→2.
    const { priorities, result } = go([
      row('D-001', 'organisasjon', 3, [1]),
      finished('D-002', 'Organisasjon', 1),
      row('D-003', 'Organisasjon', 2, [1]),
    ]);
    expect(priorities).toEqual({ 'D-001': 2, 'D-003': 1 });
    expect(result.followUp.renumbered).toEqual([
      {
        section: 'organisasjon',
        changes: [
          { id: 'D-003', from: 2, to: 1 },
          { id: 'D-001', from: 3, to: 2 },
        ],
      },
    ]);
  });
});

import fc from 'fast-check';
import { validatePriorities } from '../../../src/domain/validate/unique';
import type { Measure } from '../../../src/domain/model/plan';
import { makeOperating } from '../../helpers/plan';

/**
 * SPEC §8 spelled plainly: the first row of a priority wins; the distinct valid priorities must be 1..n. A
 * section is its text with case aside, as SUMIFS reads it.
 */
function reference(rows: readonly Measure[]): string[] {
  const out: string[] = [];
  const sections = [...new Set(rows.map((m) => m.section.toLowerCase()))].filter((s) => s !== '');
  for (const section of sections) {
    const group = rows.filter((m) => m.section.toLowerCase() === section);
    const valid = group.filter((m) => m.priority !== null && Number.isInteger(m.priority) && m.priority >= 1);
    valid.forEach((m, i) => {
      const first = valid.find((x) => x.priority === m.priority);
      if (valid.indexOf(first as Measure) < i) out.push(`priority-duplicate ${m.id} first ${first?.id}`);
    });
    const distinct = [...new Set(valid.map((m) => m.priority as number))].sort((a, b) => a - b);
    if (!distinct.every((p, i) => p === i + 1)) out.push(`priority-gap ${group[0]?.id} ${distinct.join(', ')}`);
  }
  return out;
}

const described = (rows: readonly Measure[]): string[] =>
  validatePriorities(rows).map((f) =>
    f.code === 'priority-gap'
      ? `${f.code} ${f.measureId} ${String(f.params.priorities)}`
      : `${f.code} ${f.measureId} first ${String(f.params.firstId)}`,
  );

describe('priorities, as a law', () => {
  it('finds the duplicates and gaps of the plain rule, in section order', () => {
    const priority = fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom(null, 0, -1, 1.5, 40, 1e9));
    const row = fc.record({ section: fc.constantFrom('A', 'a', 'B', ''), priority });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (spec) => {
        const rows = spec.map((r, i) => makeOperating({ id: `D-${i + 1}`, row: i + 2, ...r }));
        expect(described(rows)).toEqual(reference(rows));
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });
});

describe('priority-gap names the numbers the section should have', () => {
  it.each([
    // A section of four with priority 2 twice: numbered 1..4, not 1..3 (the duplicate is still a measure).
    [[1, 2, 2, 4], '1, 2, 4', 4],
    [[1, 3], '1, 3', 2],
    [[2, 3, null], '2, 3', 3],
  ])('%j → priorities %s, 1 to %i', (priorities, listed, count) => {
    const rows = priorities.map((priority, i) =>
      makeOperating({ id: `D-${i + 1}`, row: i + 2, section: 'A', priority }),
    );
    const gap = validatePriorities(rows).find((f) => f.code === 'priority-gap');
    expect(gap?.params).toMatchObject({ priorities: listed, count });
  });
});

describe('a section is one section whatever its case', () => {
  it('priority 1 in «Organisasjon» and in «organisasjon» is priority-duplicate', () => {
    // Sammendrag's SUMIFS and the totals (groupKey) sum both rows under one section, so within that section
    // priority 1 is used twice: D-2's cell is the duplicate, D-1 the first.
    const rows = [
      makeOperating({ id: 'D-1', row: 2, section: 'Organisasjon', priority: 1 }),
      makeOperating({ id: 'D-2', row: 3, section: 'organisasjon', priority: 1 }),
    ];
    expect(described(rows)).toEqual(['priority-duplicate D-2 first D-1']);
    expect(validatePriorities(rows)[0]).toMatchObject({ cell: 'C3', params: { section: 'Organisasjon' } });
  });

  it('«Organisasjon» 1 and «ORGANISASJON» 3 leave a gap: the section has 1 and 3 of 1..2', () => {
    const rows = [
      makeOperating({ id: 'D-1', row: 2, section: 'Organisasjon', priority: 1 }),
      makeOperating({ id: 'D-2', row: 3, section: 'ORGANISASJON', priority: 3 }),
    ];
    expect(described(rows)).toEqual(['priority-gap D-1 1, 3']);
  });
});

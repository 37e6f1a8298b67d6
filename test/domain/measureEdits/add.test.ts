import fc from 'fast-check';
import { nextMeasureId, nextPriority, planAddMeasure } from '../../../src/domain/measureEdits/add';
import { planUpdateMeasure } from '../../../src/domain/measureEdits/edit';
import { planMoveMeasure } from '../../../src/domain/measureEdits/move';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { exampleContent } from '../../../src/domain/example/example';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { RowInput } from '../../../src/domain/model/content';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, setCell, shrinkTable } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';
import { planOf } from '../../helpers/plan';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));

const newRow: RowInput = {
  values: {
    section: 'Organisasjon',
    measure: 'Boligsosial veileder',
    costStatus: 'Beregnet',
    fullYear: 400,
    finNew: 400,
    responsible: 'Leder boligkontor',
    areas: 'Helse, velferd, pleie og omsorg ;NAV og sosiale tjenester',
    frame: 'R3',
  },
  years: [200, 400, 400, 400],
};

describe('nextMeasureId / nextPriority', () => {
  it('works on a plan far beyond Math.max(...spread) limits (200 000 measures)', () => {
    const plan = planOf(example);
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...plan.operating[0]!, id: `D-${i + 1}`, row: i + 5 }));
    const huge = { ...plan, operating: many };
    expect(nextMeasureId(huge, 'operating')).toBe('D-200001');
    expect(nextPriority(huge, 'operating', plan.operating[0]!.section)).toBe((plan.operating[0]!.priority ?? 0) + 1);
  });

  it.each([
    ['operating', 'D-012'],
    ['investment', 'I-006'],
  ] as const)('%s → %s (highest number in use + 1)', (kind, id) => {
    expect(nextMeasureId(planOf(example), kind)).toBe(id);
  });

  it('starts at 001 and never reuses a number below a gap', () => {
    expect(nextMeasureId(planOf(canonicalSnapshot()), 'operating')).toBe('D-001');
    const gap = canonicalSnapshot({ operating: [{ ID: 'D-001' }, { ID: 'D-007' }], investment: [{ ID: 'I-002' }] });
    expect(nextMeasureId(planOf(gap), 'operating')).toBe('D-008');
    expect(nextMeasureId(planOf(gap), 'investment')).toBe('I-003');
  });

  it.each([
    ['Samfunn og tjenester', 6],
    ['Organisasjon', 7],
    ['organisasjon ', 7],
    ['Ny seksjon', 1],
  ])('next priority in %s is %i', (section, expected) => {
    expect(nextPriority(planOf(example), 'operating', section)).toBe(expected);
  });
});

describe('planAddMeasure', () => {
  it('writes values into the row below the table, grows the table and adds the Sum periode formula', () => {
    const edits = editsOf(planAddMeasure(planOf(example), 'operating', newRow, example));
    const cells = Object.fromEntries(
      edits.flatMap((e) => (e.kind === 'setCells' ? [[e.origin, e.values[0]?.[0]]] : [])),
    );
    expect(cells).toEqual({
      A13: 'D-012',
      B13: 'Organisasjon',
      C13: 7,
      E13: 'Boligsosial veileder',
      F13: 'Varig',
      G13: 'Beregnet',
      H13: 200,
      I13: 400,
      J13: 400,
      K13: 400,
      L13: { formula: '=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])', value: 1400 },
      M13: 400,
      Q13: 400,
      R13: 'Leder boligkontor',
      S13: 'Helse, velferd, pleie og omsorg; NAV og sosiale tjenester',
      T13: 'R3',
    });
    // Grown first: the structured formula means something only inside the table.
    expect(edits[0]).toEqual({ kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:U13' });
    expect(edits.some((e) => e.kind === 'createTable')).toBe(false);
  });

  it("uses the table's trailing empty row without resizing", () => {
    const wb = canonicalSnapshot();
    const edits = editsOf(
      planAddMeasure(planOf(wb), 'investment', { values: { section: 'Organisasjon' }, years: [] }, wb),
    );
    expect(
      edits.filter((e) => e.kind === 'setCells').every((e) => e.kind === 'setCells' && /^[A-Z]+2$/.test(e.origin)),
    ).toBe(true);
    expect(edits.some((e) => e.kind === 'resizeTable')).toBe(false);
  });

  it('reads back as the measure it was given (amounts in the workbook unit)', () => {
    const after = planOf(applyEdits(example, editsOf(planAddMeasure(planOf(example), 'operating', newRow, example))));
    const m = after.operating.find((x) => x.id === 'D-012');
    expect(m).toEqual(
      expect.objectContaining({
        row: 13,
        priority: 7,
        fullYear: 400_000,
        finNew: 400_000,
        years: [200_000, 400_000, 400_000, 400_000],
      }),
    );
    expect(m?.areas).toEqual(['Helse, velferd, pleie og omsorg', 'NAV og sosiale tjenester']);
  });

  describe('a note the user typed in the row below the table (Tiltak drift!E13)', () => {
    const noted = setCell(example, 'Tiltak drift', 'E13', 'Husk: vedtak i juni');

    it('blocks a file, naming the cell, and writes nothing', () => {
      expect(planAddMeasure(planOf(noted), 'operating', newRow, noted)).toEqual({
        ok: false,
        blocked: [{ sheet: 'Tiltak drift', cell: 'E13' }],
      });
    });

    it('in Excel, goes in above it: the table columns shift down one row, the note with them', () => {
      const planned = editsOf(planAddMeasure(planOf(noted), 'operating', newRow, noted, { canInsertCells: true }));
      expect(planned.slice(0, 2)).toEqual([
        { kind: 'insertCells', sheet: 'Tiltak drift', range: 'A13:U13' },
        { kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:U13' },
      ]);
      const after = applyEdits(noted, planned);
      const sheet = after.sheets.find((x) => x.sheet === 'Tiltak drift');
      expect(sheet?.values[13]?.[4]).toBe('Husk: vedtak i juni');
      expect(planOf(after).operating.find((x) => x.id === 'D-012')?.measure).toBe('Boligsosial veileder');
    });

    it('a cell right of the table is not in the way', () => {
      const beside = setCell(example, 'Tiltak drift', 'W13', 'notat');
      expect(planAddMeasure(planOf(beside), 'operating', newRow, beside).ok).toBe(true);
    });
  });
});

describe('planAddMeasure: an empty row of the table that holds a formula of the user (SPEC §11)', () => {
  // The example's tblTiltakDrift grown by two empty rows, A1:U14: D-011 is on row 12, rows 13 and 14 are empty.
  const grown = shrinkTable(example, 'tblTiltakDrift', {}, -2);
  /** `wb` with a formula showing "" (an empty text, read as an empty value) in each of `cells` of Tiltak drift. */
  const withFormulas = (wb: WorkbookSnapshot, cells: readonly string[]) =>
    applyEdits(
      wb,
      cells.map((a1) => ({
        kind: 'setCells' as const,
        sheet: 'Tiltak drift',
        origin: a1,
        values: [[{ formula: `=IF(A${a1.slice(1)}="","","sjekk")`, value: '' }]],
      })),
    );
  const rowsWritten = (edits: readonly { kind: string; origin?: string }[]) => [
    ...new Set(edits.flatMap((e) => (e.kind === 'setCells' ? [Number(/\d+$/.exec(e.origin ?? '')?.[0])] : []))),
  ];

  it('takes the first empty row when nothing is in it', () => {
    const planned = editsOf(planAddMeasure(planOf(grown), 'operating', newRow, grown));
    expect(rowsWritten(planned)).toEqual([13]);
    expect(planned.some((e) => e.kind === 'resizeTable')).toBe(false);
  });

  it('leaves a row whose Tiltak cell holds a formula showing "" (E13) and takes the next empty one (14)', () => {
    const wb = withFormulas(grown, ['E13']);
    // The formula reads as empty: row 13 is no measure, and the plan still ends at D-011 on row 12.
    expect(
      planOf(wb)
        .operating.map((m) => m.row)
        .pop(),
    ).toBe(12);
    const planned = editsOf(planAddMeasure(planOf(wb), 'operating', newRow, wb));
    expect(rowsWritten(planned)).toEqual([14]);
    expect(planned.some((e) => e.kind === 'resizeTable')).toBe(false);
    const after = applyEdits(wb, planned);
    expect(after.sheets.find((x) => x.sheet === 'Tiltak drift')?.formulas?.[12]?.[4]).toBe('=IF(A13="","","sjekk")');
    expect(planOf(after).operating.find((x) => x.id === 'D-012')?.row).toBe(14);
  });

  it('goes below the table when every empty row holds one (U13, a Kommentar the new measure leaves empty, and E14)', () => {
    const wb = withFormulas(grown, ['U13', 'E14']);
    const planned = editsOf(planAddMeasure(planOf(wb), 'operating', newRow, wb));
    expect(rowsWritten(planned)).toEqual([15]);
    expect(planned.filter((e) => e.kind === 'resizeTable')).toEqual([
      { kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:U15' },
    ]);
  });
});

describe('planUpdateMeasure', () => {
  it('writes only the cells whose value changed', () => {
    const plan = planOf(example);
    const d3 = {
      values: {
        measure: 'Bostøttekontakt i NAV: økonomisk rådgivning for leietakere',
        finNew: 500,
        fullYear: 800,
        comment: 'Nytt',
      },
      years: [350, 700, 750, null],
    };
    expect(planUpdateMeasure(plan, 'D-003', d3, example)).toEqual([
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'M4', values: [[800]] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'U4', values: [['Nytt']] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'J4', values: [[750]] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'K4', values: [[null]] },
    ]);
  });

  it('writes nothing when nothing changed, nor for an unknown ID', () => {
    const plan = planOf(example);
    const m = plan.operating[0];
    expect(
      planUpdateMeasure(
        plan,
        m?.id ?? '',
        {
          values: { section: m?.section ?? '', fullYear: 2400, areas: m?.areas.join(';') ?? '' },
          years: [600, 1200, 1800, 2400],
        },
        example,
      ),
    ).toEqual([]);
    expect(planUpdateMeasure(plan, 'D-999', { values: { measure: 'x' }, years: [] }, example)).toEqual([]);
  });
});

describe('planMoveMeasure', () => {
  const plan = planOf(example);

  it('swaps with the neighbour in its section and writes only the Prioritet cells that change', () => {
    // Organisasjon: D-006 … D-011 are priorities 1..6 in rows 7..12.
    const edits = planMoveMeasure(plan, 'D-008', 'up');
    expect([...edits].sort((a, b) => ('origin' in a && 'origin' in b ? a.origin.localeCompare(b.origin) : 0))).toEqual([
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'C8', values: [[3]] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'C9', values: [[2]] },
    ]);
  });

  it.each([
    ['D-001', 'up'],
    ['D-005', 'down'],
    ['D-999', 'up'],
  ] as const)('does nothing for %s %s (edge of its section or unknown)', (id, dir) => {
    expect(planMoveMeasure(plan, id, dir)).toEqual([]);
  });

  it('renumbers a section with gaps and duplicates to 1..n (property: priorities become a permutation)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 6 }),
        fc.nat(),
        fc.boolean(),
        (prios, pick, up) => {
          const rows = prios.map((p, i) => ({ ID: `D-00${i + 1}`, Seksjon: 'Organisasjon', Prioritet: p }));
          const wb = canonicalSnapshot({ operating: rows });
          const p = planOf(wb);
          const id = `D-00${(pick % prios.length) + 1}`;
          const edits = planMoveMeasure(p, id, up ? 'up' : 'down');
          if (edits.length === 0) return;
          const after = planOf(applyEdits(wb, edits)).operating.map((m) => m.priority);
          expect([...after].sort()).toEqual(prios.map((_, i) => i + 1));
        },
      ),
      { numRuns: 40 },
    );
  });
});

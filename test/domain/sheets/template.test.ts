import fc from 'fast-check';
import type { Edit } from '../../../src/domain/model/edits';
import { readPlan } from '../../../src/domain/read/plan';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { defaultContent, planWorkbook } from '../../../src/domain/sheets/template';
import { exampleContent } from '../../../src/domain/example/example';
import type { Unit } from '../../../src/domain/model/money';

const of = <K extends Edit['kind']>(edits: readonly Edit[], kind: K) =>
  edits.filter((e): e is Extract<Edit, { kind: K }> => e.kind === kind);

describe('defaultContent', () => {
  it('is an empty plan with the SPEC §3 defaults and the boligsosial lists', () => {
    const c = defaultContent({ startYear: 2027 });
    expect(c.settings).toEqual({
      startYear: 2027,
      yearCount: 4,
      unit: '1000 kr',
      priceLevel: 'faste 2027-kroner',
      economyPlanVersion: '',
      planName: '',
      tolerance: 0,
    });
    expect(c.lists.sections).toEqual(['Samfunn og tjenester', 'Organisasjon']);
    expect(c.lists.frames.every((f) => f.code !== '' && f.name !== '')).toBe(true);
    expect([c.operating, c.investment, c.economyPlan]).toEqual([[], [], []]);
    expect(c.planItems).toBeUndefined();
  });
});

describe('planWorkbook', () => {
  const edits = planWorkbook(defaultContent({ startYear: 2027 }));

  it('creates the sheets in canonical order (Handlingsplan only with plan items)', () => {
    expect(
      of(edits, 'ensureSheet')
        .map((e) => e.sheet)
        .filter((s, i, a) => a.indexOf(s) === i),
    ).toEqual(['Innstillinger', 'Tiltak drift', 'Tiltak investering', 'Økonomiplan', 'Sammendrag']);
    const withItems = planWorkbook(exampleContent({ startYear: 2027 }));
    expect(of(withItems, 'ensureSheet').map((e) => e.sheet)).toContain('Handlingsplan');
  });

  it.each([
    ['tblInnstillinger', 'Innstillinger', 'A1:B8'],
    ['tblSeksjoner', 'Innstillinger', 'D1:D3'],
    ['tblPlanomrader', 'Innstillinger', 'F1:F6'],
    ['tblRammeomrader', 'Innstillinger', 'H1:I6'],
    ['tblAnsvarlige', 'Innstillinger', 'K1:K6'],
    ['tblTiltakDrift', 'Tiltak drift', 'A1:U2'],
    ['tblTiltakInvestering', 'Tiltak investering', 'A1:Y2'],
    ['tblOkonomiplan', 'Økonomiplan', 'A1:K2'],
  ])('creates %s on %s over %s, after its header cells', (name, sheet, ref) => {
    const i = edits.findIndex((e) => e.kind === 'createTable' && e.name === name);
    const table = edits[i];
    expect(table).toEqual(expect.objectContaining({ sheet, ref }));
    const header = edits.findIndex((e) => e.kind === 'setCells' && e.sheet === sheet && e.origin === ref.split(':')[0]);
    expect(header).toBeGreaterThanOrEqual(0);
    expect(header).toBeLessThan(i);
  });

  it.each([
    ['lstSeksjoner', 'tblSeksjoner[Seksjon]'],
    ['lstPlanomrader', 'tblPlanomrader[Planområde]'],
    ['lstRammeomrader', 'tblRammeomrader[Kode]'],
    ['lstAnsvarlige', 'tblAnsvarlige[Ansvarlig]'],
  ])('defines %s as %s', (name, ref) => {
    expect(of(edits, 'defineName')).toContainEqual({ kind: 'defineName', name, ref });
  });

  it.each([
    ['Tiltak drift', 'B2:B202', { type: 'list', source: 'lstSeksjoner' }],
    ['Tiltak drift', 'C2:C202', { type: 'wholeNumber', min: 1 }],
    ['Tiltak drift', 'F2:F202', { type: 'list', source: 'Varig,Engangs' }],
    ['Tiltak drift', 'G2:G202', { type: 'list', source: 'Beregnet,Ingen kostnad,Innenfor ramme,Må utredes,Ukjent' }],
    ['Tiltak drift', 'T2:T202', { type: 'list', source: 'lstRammeomrader' }],
    ['Tiltak investering', 'H2:H202', { type: 'list', source: 'Utleiebolig,Omsorgsbolig,Lokaler,Annet' }],
    ['Økonomiplan', 'A2:A202', { type: 'list', source: 'Drift,Investering' }],
    ['Innstillinger', 'B4', { type: 'list', source: 'kr,1000 kr,mill kr' }],
    ['Innstillinger', 'B3', { type: 'wholeNumber', min: 4, max: 10 }],
  ])('validates %s!%s', (sheet, range, rule) => {
    expect(of(edits, 'setValidation')).toContainEqual({ kind: 'setValidation', sheet, range, rule });
  });

  it('writes the calculated column and the same structured formula in every Sum periode cell, after the table', () => {
    const content = exampleContent({ startYear: 2027 });
    const all = planWorkbook(content);
    const structured = '=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])';
    const body = of(all, 'setCells').find((e) => e.sheet === 'Tiltak drift' && e.origin === 'A2');
    expect(body?.values.map((r) => r[11])).toEqual(content.operating.map(() => null));
    const sums = of(all, 'setCells').find((e) => e.sheet === 'Tiltak drift' && e.origin === 'L2');
    expect(sums?.values.map((r) => (r[0] as { formula: string }).formula)).toEqual(
      content.operating.map(() => structured),
    );
    // Each with the value it computes, so that a file shows it before Excel recalculates (by hand:
    // D-001 600+1200+1800+2400, D-002 300 and three empty years, D-003 350+700+700+700).
    expect(sums?.values.slice(0, 3).map((r) => (r[0] as { value?: number }).value)).toEqual([6000, 300, 2450]);
    const table = of(all, 'createTable').find((e) => e.name === 'tblTiltakDrift');
    expect(table?.calculated).toEqual({ 'Sum periode': structured });
    expect(all.indexOf(table!)).toBeLessThan(all.indexOf(sums!));
    expect(of(all, 'setStyle')).toContainEqual({
      kind: 'setStyle',
      sheet: 'Tiltak drift',
      range: 'L2:L212',
      style: 'computed',
    });
  });

  it.each<[Unit, string]>([
    ['kr', '#,##0'],
    ['1000 kr', '#,##0'],
    ['mill kr', '#,##0.0##'],
  ])('formats amounts in %s as %s', (unit, format) => {
    const e = planWorkbook(defaultContent({ startYear: 2027, unit }));
    const formats = of(e, 'setNumberFormat').filter((x) => x.sheet === 'Tiltak drift');
    expect(formats.map((f) => f.range.replace(/\d+/g, ''))).toEqual([
      'L:L',
      'M:M',
      'N:N',
      'O:O',
      'P:P',
      'Q:Q',
      'H:H',
      'I:I',
      'J:J',
      'K:K',
    ]);
    expect(new Set(formats.map((f) => f.format))).toEqual(new Set([format]));
  });

  it('styles headers, freezes the header row and sets column widths from the schema', () => {
    expect(of(edits, 'setStyle')).toContainEqual({
      kind: 'setStyle',
      sheet: 'Tiltak drift',
      range: 'A1:U1',
      style: 'header',
    });
    expect(of(edits, 'freezeRows')).toContainEqual({ kind: 'freezeRows', sheet: 'Tiltak drift', rows: 1 });
    expect(of(edits, 'setColumnWidth')).toContainEqual({
      kind: 'setColumnWidth',
      sheet: 'Tiltak drift',
      column: 'E',
      width: 44,
    });
  });

  it('reads back with the settings it was given and no error or warning (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2090 }),
        fc.integer({ min: 4, max: 10 }),
        fc.constantFrom<Unit>('kr', '1000 kr', 'mill kr'),
        (startYear, yearCount, unit) => {
          const wb = applyEdits(EMPTY_WORKBOOK, planWorkbook(defaultContent({ startYear, yearCount, unit })));
          const { plan, findings } = readPlan(wb, { defaultStartYear: 1999 });
          expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
          expect(plan.settings).toEqual(expect.objectContaining({ startYear, yearCount, unit }));
          expect(plan.layouts.operating?.tableName).toBe('tblTiltakDrift');
          expect(Object.keys(plan.layouts.investment?.yearColumns ?? {})).toHaveLength(yearCount);
        },
      ),
      { numRuns: 25 },
    );
  });
});

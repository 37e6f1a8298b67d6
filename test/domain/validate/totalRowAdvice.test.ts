/**
 * A total row typed inside a measure table (SPEC §11's total rows: a total word as its text with no ID, priority
 * or Ref., or amounts that are the sums of the rows above) is read as a measure. Its amounts-without-costing must
 * not advise choosing Beregnet (Sammendrag counts Beregnet rows only, SPEC §9: the totals would count twice); it
 * says the row looks like a total row and is to be deleted, Excel's own total row showing totals.
 *
 * By hand, 1000 kr: D-001 2027–2030 600, 1 200, 1 800, 2 400, Helårsvirkning 2 400, Nye midler 2 400;
 * D-002 100, 200, 300, 400, Helårsvirkning 400, Nye midler 400. Their sums: 700, 1 400, 2 100, 2 800;
 * Helårsvirkning 2 800; Nye midler 2 800.
 */
import { validatePlan } from '../../../src/domain/validate/plan';
import { renderFinding } from '../../../src/i18n';
import { makeOperating, makePlan, th } from '../../helpers/plan';

const op = makeOperating;
const d1 = op({ row: 2 });
const d2 = op({
  row: 3,
  id: 'D-002',
  priority: 2,
  years: [th(100), th(200), th(300), th(400)],
  periodSum: th(1000),
  fullYear: th(400),
  finNew: th(400),
});
/** A row with no ID, priority, Ref., status or responsible: the sums of D-001 and D-002, or `years`. */
const bare = (measure: string, years = [700, 1400, 2100, 2800]) =>
  op({
    row: 4,
    id: '',
    priority: null,
    ref: '',
    measure,
    section: '',
    costStatus: '',
    responsible: '',
    areas: [],
    frame: '',
    years: years.map(th),
    periodSum: th(years.reduce((s, y) => s + y, 0)),
    fullYear: th(years[3] ?? 0),
    finNew: th(years[3] ?? 0),
  });

const costingFinding = (row: ReturnType<typeof op>) =>
  validatePlan(makePlan({ operating: [d1, d2, row], investment: [] })).find(
    (f) => f.code === 'amounts-without-costing',
  );

describe('amounts-without-costing on a total row typed in the table', () => {
  it.each(['Sum', 'Sum drift', 'Totalt', 'I alt'])('«%s», no ID: a total row, to be deleted', (label) => {
    const f = costingFinding(bare(label, [1, 2, 3, 4]));
    expect(f?.cell).toBe('H4');
    expect(f?.params.reason).toBe('total-row');
  });

  it('no text, amounts the sums of the rows above: a total row', () => {
    expect(costingFinding(bare(''))?.params.reason).toBe('total-row');
  });

  it.each([
    ['nb', 'summeringsrad', 'Slett raden', 'Tabellutforming › Totalrad'],
    ['nn', 'summeringsrad', 'Slett rada', 'Tabellutforming › Totalrad'],
    ['en', 'total row', 'Delete the row', 'Table Design › Total Row'],
  ] as const)('%s: says it looks like a total row, counted as a measure; never to choose Beregnet', (lang, ...said) => {
    const f = costingFinding(bare('Sum'));
    const text = f ? renderFinding(f, lang, '1000 kr') : '';
    for (const s of said) expect(text).toContain(s);
    expect(text).not.toContain('Beregnet');
  });

  it('a measure without ID or status whose amounts are its own keeps the advice to choose a status', () => {
    // «Summer for ungdom» is a measure (no total word); 5, 6, 7, 8 are not the sums 700, 1 400, 2 100, 2 800.
    const f = costingFinding(bare('Summer for ungdom', [5, 6, 7, 8]));
    expect(f?.params.reason).toBe('missing');
    expect(renderFinding(f!, 'nb', '1000 kr')).toContain('velg Beregnet hvis beløpene stemmer');
  });

  it('a total word on a row with its own priority and amounts is a measure (SPEC §11)', () => {
    const row = { ...bare('Sum opp kartlegging', [5, 6, 7, 8]), priority: 3 };
    expect(costingFinding(row)?.params.reason).toBe('missing');
  });

  // The row's id-missing and status-invalid must not advise giving it an ID (D-003) or a status (Beregnet) either.
  it.each([
    ['nb', 'summeringsrad', 'Slett raden'],
    ['nn', 'summeringsrad', 'Slett rada'],
    ['en', 'total row', 'Delete the row'],
  ] as const)(
    '%s: its id-missing and status-invalid say the same, not to give it an ID or a status',
    (lang, ...said) => {
      const findings = validatePlan(makePlan({ operating: [d1, d2, bare('Sum')], investment: [] }));
      const row = findings.filter((f) => f.code === 'id-missing' || f.code === 'status-invalid');
      expect(row.map((f) => [f.code, f.cell, f.params.reason])).toEqual([
        ['id-missing', 'A4', 'total-row'],
        ['status-invalid', 'G4', 'total-row'],
      ]);
      for (const f of row) {
        const text = renderFinding(f, lang, '1000 kr');
        for (const s of said) expect(text).toContain(s);
        expect(text).not.toContain('Beregnet');
        expect(text).not.toContain('D-003');
      }
    },
  );

  it('a measure without ID or status keeps the advice to give it an ID and a status', () => {
    const findings = validatePlan(
      makePlan({ operating: [d1, d2, bare('Summer for ungdom', [5, 6, 7, 8])], investment: [] }),
    );
    const row = findings.filter((f) => f.code === 'id-missing' || f.code === 'status-invalid');
    expect(row.map((f) => [f.code, f.params.reason, f.params.suggestion])).toEqual([
      ['id-missing', undefined, 'D-003'],
      ['status-invalid', 'missing', undefined],
    ]);
  });
});

/**
 * SPEC §10 compares a project's financing with its Finansiering lines only when Tidligere bevilget and Etter
 * perioden are 0 (the lines hold the plan years only). A project with money before the period therefore gets no
 * `project-financing` item, and its Finansiering lines are neither compared nor listed as unmatched: the report
 * says so where it gives the reconciliation, naming the project, rather than leave the lines out in silence.
 *
 * By hand, 1000 kr: P-100 (I-001) Kostnadsramme 3 500 = Tidligere bevilget 500 + 1 000 + 2 000; financing
 * Mva-kompensasjon 600 + Lån 2 900 = 3 500; lines: Tiltak 1 000, 2 000, 0, 0 and Finansiering Lån 1 000, 1 500.
 * P-200 (I-002) Kostnadsramme 1 000 = 400 + 600, nothing before or after; Lån 1 000; lines: Tiltak 400, 600 and
 * Finansiering Lån 400, 600 → one project-financing item (Lån, 1 000 against 1 000: match).
 */
import { checkSnapshot } from '../../src/domain/check';
import type { Lang } from '../../src/domain/model/report';
import { renderFinding } from '../../src/i18n';
import { reportDocument } from '../../src/report/reportDocument';
import { renderText } from '../../src/report/text';
import { canonicalSnapshot } from '../helpers/workbook';
import type { CellValue } from '../../src/domain/model/snapshot';

const project = (o: Record<string, CellValue>): Record<string, CellValue> => ({
  Seksjon: 'Samfunn og tjenester',
  Tiltak: 'Boliger',
  Kostnadsstatus: 'Beregnet',
  Formål: 'Omsorgsbolig',
  'Tidligere bevilget': 0,
  '2029': 0,
  '2030': 0,
  'Etter perioden': 0,
  'Mva-kompensasjon': 0,
  Tilskudd: 0,
  Salg: 0,
  'Overføring fra drift': 0,
  Fond: 0,
  Ansvarlig: 'Eiendom',
  'Berørte planområder': 'Oppvekst',
  ...o,
});
const line = (o: Record<string, CellValue>): Record<string, CellValue> => ({
  Del: 'Investering',
  Linjetype: 'Tiltak',
  '2029': 0,
  '2030': 0,
  ...o,
});

function result(before: number, p100Financing = true) {
  const wb = canonicalSnapshot({
    investment: [
      project({
        ID: 'I-001',
        Prioritet: 1,
        Prosjektnr: 'P-100',
        Kostnadsramme: 3000 + before,
        'Tidligere bevilget': before,
        '2027': 1000,
        '2028': 2000,
        'Mva-kompensasjon': 600,
        Lån: 2400 + before,
      }),
      project({
        ID: 'I-002',
        Prioritet: 2,
        Prosjektnr: 'P-200',
        Kostnadsramme: 1000,
        '2027': 400,
        '2028': 600,
        Lån: 1000,
      }),
    ],
    economyPlan: [
      line({ Ref: 'P-100', '2027': 1000, '2028': 2000 }),
      ...(p100Financing
        ? [line({ Linjetype: 'Finansiering', Ref: 'P-100', Finansieringskilde: 'Lån', '2027': 1000, '2028': 1500 })]
        : []),
      line({ Ref: 'P-200', '2027': 400, '2028': 600 }),
      line({ Linjetype: 'Finansiering', Ref: 'P-200', Finansieringskilde: 'Lån', '2027': 400, '2028': 600 }),
    ],
  });
  return (lang: Lang) =>
    checkSnapshot(wb, { file: 'plan.xlsx', defaultStartYear: 2027, render: (f, u) => renderFinding(f, lang, u) });
}

const NOTE = { nb: 'ikke avstemt', nn: 'ikkje avstemt', en: 'not reconciled' } as const;

describe('a project whose financing is not compared (Tidligere bevilget ≠ 0)', () => {
  it.each(['nb', 'nn', 'en'] as const)('%s: the report names it where it gives the reconciliation', (lang) => {
    const r = result(500)(lang);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const financing = r.report.reconciliation.filter((i) => i.code === 'project-financing');
    expect(financing.map((i) => [i.ref, i.source, i.class])).toEqual([['P-200', 'Lån', 'match']]);
    const text = renderText(reportDocument(r, lang));
    const notes = text.split('\n').filter((l) => l.includes(NOTE[lang]));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('P-100');
    expect(notes[0]).not.toContain('P-200');
    expect(notes[0]).toContain('Tidligere bevilget');
    // The note stands in the reconciliation part, after its heading.
    expect(text.indexOf(notes[0] ?? '')).toBeGreaterThan(
      text.lastIndexOf(lang === 'en' ? 'Reconciliation' : 'Avstemming'),
    );
  });

  it('nothing before or after the period: both projects compared, no note', () => {
    const r = result(0)('nb');
    // P-100: Mva-kompensasjon 600 against no line, Lån 2 400 against 1 000 + 1 500 = 2 500; P-200: Lån 1 000 = 1 000.
    const items = r.report.reconciliation.filter((i) => i.code === 'project-financing');
    expect(items.map((i) => [i.ref, i.source, i.difference])).toEqual([
      ['P-100', 'Mva-kompensasjon', 600_000],
      ['P-100', 'Lån', -100_000],
      ['P-200', 'Lån', 0],
    ]);
    expect(renderText(reportDocument(r, 'nb'))).not.toContain(NOTE.nb);
  });

  it('no Finansiering line for the project: nothing is left uncompared, no note', () => {
    // P-100 has Tidligere bevilget 500 but the economy plan holds only its Tiltak line: no line is left out.
    const r = result(500, false)('nb');
    expect(r.report.reconciliation.filter((i) => i.code === 'project-financing').map((i) => i.ref)).toEqual(['P-200']);
    expect(renderText(reportDocument(r, 'nb'))).not.toContain(NOTE.nb);
  });
});

/**
 * SPEC §10 compares a project's financing only when Tidligere bevilget and Etter perioden are 0. The report and the
 * pane name a project left out that way; the Avstemming sheet the product writes says it too, in the Forklaring of
 * the project's first project-expenditure row (the row a finance officer filtering on its Prosjektnr finds first),
 * with the report's own sentence — no row of an invented class in tblAvstemming.
 *
 * By hand, 1000 kr, period 2027–2030: P-100 (I-001) Tidligere bevilget 500, 2027 1 000, 2028 2 000, financing
 * Mva-kompensasjon 600 + Lån 2 900; lines Tiltak 1 000, 2 000 and Finansiering Lån 1 000, 1 500: its financing is
 * not compared. P-200 (I-002) 400 + 600, nothing before or after, Lån 1 000; lines Tiltak 400, 600 and Finansiering
 * Lån 400, 600: compared (one project-financing item, a match).
 */
import { checkSnapshot } from '../../../src/domain/check';
import { RECONCILIATION_COLUMNS } from '../../../src/domain/model/reconciliationColumns';
import type { Lang } from '../../../src/domain/model/report';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { withFinancingNotCompared } from '../../../src/domain/sheets/reconciliationFinancing';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { canonicalSnapshot } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';

const project = (o: Record<string, CellValue>): Record<string, CellValue> => ({
  Seksjon: 'Samfunn og tjenester',
  Tiltak: 'Boliger',
  Kostnadsstatus: 'Beregnet',
  Formål: 'Omsorgsbolig',
  'Tidligere bevilget': 0,
  ...{ '2029': 0, '2030': 0, 'Etter perioden': 0 },
  ...{ 'Mva-kompensasjon': 0, Tilskudd: 0, Salg: 0, 'Overføring fra drift': 0, Fond: 0 },
  Ansvarlig: 'Eiendom',
  'Berørte planområder': 'Oppvekst',
  ...o,
});
const line = (o: Record<string, CellValue>): Record<string, CellValue> => ({
  Del: 'Investering',
  Linjetype: 'Tiltak',
  ...{ '2029': 0, '2030': 0 },
  ...o,
});

/** tblAvstemming's rows as written in `lang` for a plan whose P-100 has `before` in Tidligere bevilget. */
function sheetRows(before: number, lang: Lang): CellValue[][] {
  const wb = canonicalSnapshot({
    investment: [
      project({
        ...{ ID: 'I-001', Prioritet: 1, Prosjektnr: 'P-100', Kostnadsramme: 3000 + before },
        ...{ 'Tidligere bevilget': before, '2027': 1000, '2028': 2000, 'Mva-kompensasjon': 600, Lån: 2400 + before },
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
      line({ Linjetype: 'Finansiering', Ref: 'P-100', Finansieringskilde: 'Lån', '2027': 1000, '2028': 1500 }),
      line({ Ref: 'P-200', '2027': 400, '2028': 600 }),
      line({ Linjetype: 'Finansiering', Ref: 'P-200', Finansieringskilde: 'Lån', '2027': 400, '2028': 600 }),
    ],
  });
  const { report, plan } = checkSnapshot(wb, { file: 'p.xlsx', defaultStartYear: 2027, render: (f) => f.code });
  const texts = reconciliationSheetText(lang, plan.settings.unit);
  const edits = editsOf(planReconciliation(report.reconciliation, plan, wb, texts));
  const body = edits.find((e) => e.kind === 'setCells' && e.origin === 'A2');
  return body?.kind === 'setCells' ? (body.values as CellValue[][]) : [];
}

const at = (key: string) => RECONCILIATION_COLUMNS.findIndex((c) => c.key === key);

/** The report's sentence (reconciliation.*.ts, note.financing-not-compared) for P-100 alone, written out by hand. */
const SENTENCE = {
  nb:
    'Finansieringen av prosjekt P-100 er ikke avstemt: beløp i Tidligere bevilget eller Etter perioden er med i ' +
    'finansieringen, men ikke i økonomiplanens finansieringslinjer, som bare gjelder planårene. Linjene er derfor ' +
    'ikke sammenlignet med noe; kontroller den finansieringen for hånd.',
  nn: 'Finansieringa av prosjekt P-100 er ikkje avstemt',
  en: 'The financing of project P-100 is not reconciled',
} as const;

describe('Avstemming names a project whose financing is not compared', () => {
  it.each(['nb', 'nn', 'en'] as const)('%s: in the Forklaring of its first row, once', (lang) => {
    const rows = sheetRows(500, lang);
    const noted = rows.filter((r) => String(r[at('explanation')]).includes(SENTENCE[lang]));
    // One row: P-100's project-expenditure for 2027 (its first plan year), Ref P-100.
    expect(noted.map((r) => [r[at('ref')], r[at('year')]])).toEqual([['P-100', 2027]]);
    // No row of a class SPEC §10 does not have: the rows are the items, P-200's one financing match among them.
    const financing = rows.filter((r) => r[at('source')] !== null).map((r) => [r[at('ref')], r[at('source')]]);
    expect(financing).toEqual([['P-200', 'Lån']]);
  });

  it("nb: the sentence follows the row's own explanation", () => {
    const row = sheetRows(500, 'nb').find((r) => r[at('ref')] === 'P-100' && r[at('year')] === 2027);
    const text = String(row?.[at('explanation')]);
    expect(text.endsWith(` ${SENTENCE.nb}`)).toBe(true);
    expect(text.length).toBeGreaterThan(SENTENCE.nb.length + 1);
  });

  it('nothing before or after the period: every financing compared, no such sentence', () => {
    const rows = sheetRows(0, 'nb');
    expect(rows.some((r) => String(r[at('explanation')]).includes('er ikke avstemt'))).toBe(false);
  });
});

describe('withFinancingNotCompared on a plan without money outside the period', () => {
  it('looks at no item (Avstemming is written on every run)', () => {
    const wb = canonicalSnapshot({
      investment: [
        project({ ID: 'I-001', Prioritet: 1, Prosjektnr: 'P-1', Kostnadsramme: 1000, '2027': 1000, Lån: 1000 }),
      ],
    });
    const { plan } = checkSnapshot(wb, { file: 'p.xlsx', defaultStartYear: 2027, render: (f) => f.code });
    const items = new Proxy([] as ReconciliationItem[], {
      get: () => {
        throw new Error('an item was looked at');
      },
    });
    const rows = [['x']];
    expect(withFinancingNotCompared(rows, items, plan, { financingNotCompared: () => 'said' }, 0)).toBe(rows);
    expect(rows).toEqual([['x']]);
  });
});

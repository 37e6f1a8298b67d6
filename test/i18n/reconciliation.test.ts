import { kr } from '../../src/domain/model/money';
import { formatAmount } from '../../src/domain/model/norwegianNumber';
import type { Severity } from '../../src/domain/model/finding';
import type { ReconciliationItem } from '../../src/domain/model/reconciliation';
import type { ReconciliationClass, ReconciliationCode } from '../../src/domain/model/reconciliationCodes';
import {
  reconciliationClassLabel,
  reconciliationCodeLabel,
  severityLabel,
  severityPluralLabel,
  t,
  COMMON_CATALOG,
} from '../../src/i18n/common';
import { LANGS } from '../../src/i18n/lang';
import { explainReconciliation, RECONCILIATION_CATALOG } from '../../src/i18n/reconciliation';
import { placeholdersOf } from '../../src/i18n/translate';
import { RECONCILIATION_CODES } from '../../src/domain/model/reconciliationCodes';
import type { Lang } from '../../src/domain/model/report';
import { reconcile } from '../../src/domain/reconcile/reconcile';
import { inv, line, plan } from '../helpers/plan';
import { miljo } from '../domain/reconcile/helpers';

const CODES: readonly ReconciliationCode[] = RECONCILIATION_CODES;
const CLASSES: ReconciliationClass[] = [
  'match',
  'rounding',
  'mismatch',
  'timing',
  'unit-suspect',
  'sign',
  'not-costed',
];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function item(
  code: ReconciliationCode,
  cls: ReconciliationClass,
  measures: number,
  economyPlan: number,
  year?: number,
): ReconciliationItem {
  return {
    code,
    class: cls,
    severity: 'error',
    ref: code.startsWith('project') ? 'P-100' : 'D-001',
    ...(code === 'project-financing' ? { source: 'Tilskudd' } : {}),
    ...(year === undefined ? {} : { year }),
    measures: kr(measures),
    economyPlan: kr(economyPlan),
    difference: kr(measures - economyPlan),
    cells: {},
  };
}

const combos = CODES.flatMap((code) => CLASSES.map((cls) => [code, cls] as const));

describe('explainReconciliation', () => {
  it.each(combos)('%s / %s explains itself in every language without unfilled placeholders', (code, cls) => {
    for (const lang of LANGS) {
      for (const year of [2028, undefined]) {
        const text = explainReconciliation(item(code, cls, 1_800_000, 1_200_000, year), lang, '1000 kr');
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(15);
      }
    }
  });

  it('shows amounts in the workbook unit and the year', () => {
    const text = explainReconciliation(
      item('measure-new-money', 'mismatch', 1_800_000, 1_200_000, 2029),
      'nb',
      '1000 kr',
    );
    expect(text).toContain(formatAmount(kr(1_800_000), '1000 kr'));
    expect(text).toContain(formatAmount(kr(600_000), '1000 kr'));
    expect(text).toContain('2029');
    expect(text).toContain('D-001');
  });

  it('a frame total below its Ramme line reads as within the frame, not as equal', () => {
    const below = explainReconciliation(item('frame-total', 'match', 1_000_000, 1_200_000, 2027), 'en', '1000 kr');
    const equal = explainReconciliation(item('frame-total', 'match', 1_200_000, 1_200_000, 2027), 'en', '1000 kr');
    expect(below).toContain(RECONCILIATION_CATALOG.en['class.within'].split('{')[0] ?? '');
    expect(equal).toContain(RECONCILIATION_CATALOG.en['class.match'].split('{')[0] ?? '');
  });

  describe('a measure without an economy plan line says what finance must type', () => {
    const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const explain = (p: ReturnType<typeof plan>, lang: Lang) =>
      reconcile(p, [])
        .filter((i) => i.code === 'measure-not-in-economy-plan')
        .map((i) => spaces(explainReconciliation(i, lang, '1000 kr')));

    it.each([
      [
        'nb',
        'D-001 har nye midler i tiltaksplanen (600 i 2027, 1 200 i 2028, 1 800 i 2029, 2 400 i 2030; 6 000 i alt), ' +
          'men ingen linje i økonomiplanen. Legg inn en linje med Del Drift, Linjetype Tiltak og Ref D-001, ' +
          'med 600 / 1 200 / 1 800 / 2 400 i kolonnene 2027–2030 (beløp i 1000 kr).',
      ],
      [
        'nn',
        'D-001 har nye midlar i tiltaksplanen (600 i 2027, 1 200 i 2028, 1 800 i 2029, 2 400 i 2030; 6 000 i alt), ' +
          'men inga line i økonomiplanen. Legg inn ei line med Del Drift, Linjetype Tiltak og Ref D-001, ' +
          'med 600 / 1 200 / 1 800 / 2 400 i kolonnane 2027–2030 (beløp i 1000 kr).',
      ],
    ] as const)('%s: the miljøteam, year by year in the workbook unit', (lang, expected) => {
      expect(explain(plan({ operating: [miljo()] }), lang)).toEqual([expected]);
    });

    it('a measure with neither ID nor Ref is named by its row, never as an empty ref', () => {
      const [text] = explain(plan({ operating: [miljo({ id: '', ref: '' })] }), 'nb');
      expect(text).toMatch(/^Tiltaket i rad 5 på arket «Tiltak drift» har nye midler i tiltaksplanen \(600 i 2027/);
      expect(text).toContain('Gi tiltaket en ID');
      expect(text).not.toMatch(/Ref \.|Ref ,|^ /);
    });

    it('an investment names its Prosjektnr as the Ref of the line', () => {
      const i = inv({ id: 'I-001', project: 'P-100', budget: 3000, years: [3000, 0, 0, 0], loan: 3000 });
      expect(explain(plan({ investment: [i] }), 'en')).toEqual([
        'I-001 has expenditure in the measures plan (3 000 in 2027, 0 in 2028, 0 in 2029, 0 in 2030; 3 000 in all) ' +
          'but no line in the economy plan. Add a line with Del Investering, Linjetype Tiltak and Ref P-100, ' +
          'with 3 000 / 0 / 0 / 0 in the columns 2027–2030 (amounts in 1000 kr). Also add a line with Del ' +
          'Investering, Linjetype Finansiering and Ref P-100 for each financing source, with the source in ' +
          'Finansieringskilde and the amounts spread over the years, in all: Lån 3 000.',
      ]);
    });

    // Its financing is compared against Finansiering lines (SPEC §10): the Tiltak line alone would bring an error
    // per source. By hand: Mva-kompensasjon 2 500 and Lån 10 000; no sentence when Tidligere bevilget is not 0.
    it('a new project names the Finansiering lines its financing needs, per source, in nb', () => {
      const fin = { budget: 12500, years: [2500, 10000, 0, 0], vat: 2500, loan: 10000 };
      const [text] = explain(plan({ investment: [inv({ id: 'I-006', project: 'P-4200', ...fin })] }), 'nb');
      expect(text).toContain(
        'Legg også inn en linje med Del Investering, Linjetype Finansiering og Ref P-4200 for hver ' +
          'finansieringskilde, med kilden i Finansieringskilde og beløpene fordelt på årene, til sammen: ' +
          'Mva-kompensasjon 2 500 og Lån 10 000.',
      );
      const before = inv({ id: 'I-006', project: 'P-4200', ...fin, budget: 13500, before: 1000, loan: 11000 });
      expect(explain(plan({ investment: [before] }), 'nb')[0]).not.toContain('Finansiering');
    });
  });

  it('nynorsk says «svarar», not the bokmål «svarer»', () => {
    const text = explainReconciliation(item('economy-plan-line-unmatched', 'mismatch', 0, 500_000), 'nn', '1000 kr');
    expect(text).toContain('svarar ikkje');
  });

  it('a Finansiering line of a known project with an unknown source asks for one of the six sources, not a Ref', () => {
    const p = plan({
      investment: [inv({ id: 'I-001', project: 'P-100', budget: 3000, years: [1000, 2000, 0, 0], loan: 3000 })],
      economyPlan: [
        line({ row: 4, part: 'Investering', ref: 'P-100', years: [1000, 2000, 0, 0] }),
        line({
          row: 5,
          part: 'Investering',
          type: 'Finansiering',
          ref: 'P-100',
          source: 'Husbanken',
          years: [500, 500, 0, 0],
        }),
        line({ row: 6, part: 'Investering', type: 'Finansiering', ref: 'P-100', years: [0, 7, 0, 0] }),
      ],
    });
    const texts = reconcile(p, [])
      .filter((i) => i.code === 'economy-plan-line-unmatched')
      .map((i) => explainReconciliation(i, 'nb', '1000 kr'));
    expect(texts).toEqual([
      'Finansieringslinjen P-100 (7) gjelder prosjekt P-100, men har ingen Finansieringskilde. Skriv en av kildene ' +
        'Mva-kompensasjon, Tilskudd, Salg, Lån, Overføring fra drift, Fond i Finansieringskilde.',
      `Finansieringslinjen P-100 (${formatAmount(kr(1_000_000), '1000 kr')}) gjelder prosjekt P-100, men Finansieringskilde «Husbanken» er ingen av kildene ` +
        'Mva-kompensasjon, Tilskudd, Salg, Lån, Overføring fra drift, Fond. Skriv en av dem i Finansieringskilde.',
    ]);
  });

  it('a Tiltak line whose Ref. several costed measures carry names them and asks for one line per measure by ID', () => {
    const p = plan({
      operating: [miljo(), miljo({ id: 'D-002', row: 6 })],
      economyPlan: [line({ row: 2, ref: '14', years: [1, 2, 3, 4] })],
    });
    const unmatched = reconcile(p, []).filter((i) => i.code === 'economy-plan-line-unmatched');
    expect(unmatched.map((i) => explainReconciliation(i, 'nb', '1000 kr'))).toEqual([
      'Økonomiplanlinjen 14 (10) kan ikke kobles til ett tiltak: D-001 og D-002 har begge Ref. 14. ' +
        'Skriv tiltakets ID i Ref, med én linje per tiltak.',
    ]);
  });

  it('an unmatched line whose years cancel names each year that holds money, not the 0 of the period', () => {
    // +500 and −500 thousand in 2027 and 2028: 0 for the period, which alone would read as an empty line.
    const p = plan({ economyPlan: [line({ row: 3, ref: 'X-1', years: [500, -500, 0, 0] })] });
    const unmatched = reconcile(p, []).filter((i) => i.code === 'economy-plan-line-unmatched');
    expect(unmatched.map((i) => explainReconciliation(i, 'nb', '1000 kr'))).toEqual([
      'Økonomiplanlinjen X-1 (500 i 2027, \u2212500 i 2028) svarer ikke til noe tiltak eller prosjekt. Kontroller Ref på linjen.',
    ]);
    expect(unmatched.map((i) => i.economyPlan)).toEqual([0]);
  });

  it('project-financing names the source', () => {
    expect(explainReconciliation(item('project-financing', 'mismatch', 1, 2), 'nn', 'kr')).toContain('Tilskudd');
  });

  it.each(Object.keys(RECONCILIATION_CATALOG.nb))('%s uses the same placeholders in nb, nn and en', (key) => {
    const k = key as keyof typeof RECONCILIATION_CATALOG.nb;
    const nb = placeholdersOf(RECONCILIATION_CATALOG.nb[k]).sort();
    expect(placeholdersOf(RECONCILIATION_CATALOG.nn[k]).sort()).toEqual(nb);
    expect(placeholdersOf(RECONCILIATION_CATALOG.en[k]).sort()).toEqual(nb);
  });
});

describe('labels', () => {
  it.each(LANGS)('%s: every class, code and severity has a non-empty label', (lang) => {
    for (const c of CLASSES) expect(reconciliationClassLabel(c, lang).trim()).not.toBe('');
    for (const c of CODES) expect(reconciliationCodeLabel(c, lang).trim()).not.toBe('');
    for (const s of SEVERITIES) {
      expect(severityLabel(s, lang).trim()).not.toBe('');
      expect(severityPluralLabel(s, lang).trim()).not.toBe('');
    }
  });

  it.each([
    ['error', 'nb', 'Feil'],
    ['warning', 'nn', 'Åtvaring'],
    ['info', 'en', 'Note'],
    ['info', 'nb', 'Merknad'],
  ] as const)('severityLabel(%s, %s) = %s', (s, lang, label) => {
    expect(severityLabel(s, lang)).toBe(label);
  });

  it('t fills report words', () => {
    expect(t('location', 'nb', { sheet: 'Tiltak drift', cell: 'M7' })).toBe('Tiltak drift!M7');
  });

  it.each(Object.keys(COMMON_CATALOG.nb))('common %s: same placeholders in every language', (key) => {
    const k = key as keyof typeof COMMON_CATALOG.nb;
    const nb = placeholdersOf(COMMON_CATALOG.nb[k]).sort();
    for (const lang of LANGS) expect(placeholdersOf(COMMON_CATALOG[lang][k]).sort()).toEqual(nb);
  });
});

describe('explanations of items built from rows with errors (SPEC §4)', () => {
  it('the frame item of D-001 (financing-sum error) says D-001 is counted with its error', () => {
    const frame = {
      ...item('frame-total', 'match', 1_500_000, 1_800_000, 2029),
      ref: 'R3',
      rowErrors: ['D-001'],
    };
    const nb = explainReconciliation(frame, 'nb', '1000 kr');
    expect(nb).toContain('Merk: D-001 har feil i beløp eller summer og er tatt med');
    // No invalid cell in a financing-sum: the note says nothing of one counted as 0 (review r37).
    expect(nb).not.toContain('ugyldig beløp');
    expect(explainReconciliation({ ...frame, rowErrorsInvalid: true }, 'nb', '1000 kr')).toContain(
      '(et ugyldig beløp som 0)',
    );
    expect(explainReconciliation(frame, 'nn', '1000 kr')).toContain(
      'D-001 har feil i beløp eller summar og er teke med',
    );
    expect(explainReconciliation(frame, 'en', '1000 kr')).toContain('the amounts or sums of D-001 are in error');
    expect(explainReconciliation({ ...frame, rowErrors: undefined }, 'nb', '1000 kr')).not.toContain('Merk');
  });
});

describe('explanations of items comparing an economy plan cell that is not a number', () => {
  it.each([
    ['nb', 'Merk: Ugyldig beløp i Økonomiplan!H2, regnet som 0. Rett det (se feillisten).'],
    ['nn', 'Merk: Ugyldig beløp i Økonomiplan!H2, rekna som 0. Rett det (sjå feillista).'],
    ['en', 'Note: invalid amount in Økonomiplan!H2, counted as 0. Fix it (see the list of findings).'],
  ] as const)('%s: names the cell and says it counts as 0', (lang, sentence) => {
    const it = { ...item('measure-new-money', 'mismatch', 1_200_000, 0, 2028), invalidCells: ['Økonomiplan!H2'] };
    expect(explainReconciliation(it, lang, '1000 kr').endsWith(` ${sentence}`)).toBe(true);
  });
});

describe('explanations of near-miss references', () => {
  const pair = { line: 'D001', cell: 'C9', measure: 'D-001' };
  it.each([
    ['nb', 'Økonomiplanlinjen D001 (C9) ser ut til å gjelde D-001 — rett Ref på linjen til D-001.'],
    ['nn', 'Økonomiplanlina D001 (C9) ser ut til å gjelde D-001 — rett Ref på lina til D-001.'],
    ['en', 'The economy plan line D001 (C9) looks like it is meant for D-001: change the Ref on the line to D-001.'],
  ] as const)(
    '%s: both items and the frame items name the line, its cell, the measure and the fix',
    (lang, sentence) => {
      for (const code of ['measure-not-in-economy-plan', 'economy-plan-line-unmatched', 'frame-total'] as const) {
        const it = { ...item(code, 'mismatch', 600_000, 0, 2027), nearMisses: [pair] };
        expect(explainReconciliation(it, lang, '1000 kr')).toContain(sentence);
      }
    },
  );
});

/**
 * An economy plan line with a measure's exact Ref but the wrong Del or Linjetype (reconcile/nearMiss.ts, SPEC §10):
 * the Ref is right, so no explanation asks to check it («Kontroller Ref på linjen»); each says which of Del and
 * Linjetype is wrong, as the matcher compares them (matchLines.ts: case and outer spaces aside; an operating
 * measure's line needs Linjetype Tiltak and a Del that is not Investering). The measure is D-001, operating (so Del
 * Drift, Linjetype Tiltak), and its line is on row 9, Ref C9. Sentences written by hand in nb, nn and en.
 */
import type { EconomyPlanLine } from '../../src/domain/model/plan';
import type { Lang } from '../../src/domain';
import { reconcile } from '../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../src/i18n/reconciliation';
import { byCode, miljo } from '../domain/reconcile/helpers';
import { inv, line, plan } from '../helpers/plan';

/** The line item's and the measure item's explanations when D-001's line is typed with `part` and `type`. */
function explained(part: string, type: string, lang: Lang): { line: string; measure: string } {
  const typed: EconomyPlanLine = {
    ...line({ row: 9, ref: 'D-001', years: [600, 1200, 1800, 2400] }),
    part,
    lineType: type,
  };
  const items = reconcile(plan({ operating: [miljo()], economyPlan: [typed] }), []);
  const [unmatched] = byCode(items, 'economy-plan-line-unmatched');
  const [missing] = byCode(items, 'measure-not-in-economy-plan');
  if (!unmatched || !missing) throw new Error('premise: the line is unmatched and D-001 lacks a line');
  return {
    line: explainReconciliation(unmatched, lang, '1000 kr'),
    measure: explainReconciliation(missing, lang, '1000 kr'),
  };
}

const CASES: [string, string, Record<Lang, string>][] = [
  [
    'Drift',
    'Finansiering',
    {
      nb:
        'Økonomiplanlinjen D-001 (C9) har Ref-en til D-001, men Linjetype er «Finansiering»: linjen til D-001 skal ha ' +
        'Linjetype Tiltak. Rett Linjetype på linjen; Ref-en er riktig.',
      nn:
        'Økonomiplanlina D-001 (C9) har Ref-en til D-001, men Linjetype er «Finansiering»: lina til D-001 skal ha ' +
        'Linjetype Tiltak. Rett Linjetype på lina; Ref-en er rett.',
      en:
        'The economy plan line D-001 (C9) has the Ref of D-001, but its Linjetype is "Finansiering": the line of D-001 ' +
        'needs Linjetype Tiltak. Correct Linjetype on the line; the Ref is right.',
    },
  ],
  [
    'investering ',
    'Tiltak',
    {
      nb:
        'Økonomiplanlinjen D-001 (C9) har Ref-en til D-001, men Del er «investering»: linjen til D-001 skal ha Del ' +
        'Drift. Rett Del på linjen; Ref-en er riktig.',
      nn:
        'Økonomiplanlina D-001 (C9) har Ref-en til D-001, men Del er «investering»: lina til D-001 skal ha Del Drift. ' +
        'Rett Del på lina; Ref-en er rett.',
      en:
        'The economy plan line D-001 (C9) has the Ref of D-001, but its Del is "investering": the line of D-001 needs ' +
        'Del Drift. Correct Del on the line; the Ref is right.',
    },
  ],
  [
    'Drift',
    '',
    {
      nb:
        'Økonomiplanlinjen D-001 (C9) har Ref-en til D-001, men Linjetype er tom: linjen til D-001 skal ha Linjetype ' +
        'Tiltak. Skriv Tiltak i Linjetype; Ref-en er riktig.',
      nn:
        'Økonomiplanlina D-001 (C9) har Ref-en til D-001, men Linjetype er tom: lina til D-001 skal ha Linjetype ' +
        'Tiltak. Skriv Tiltak i Linjetype; Ref-en er rett.',
      en:
        'The economy plan line D-001 (C9) has the Ref of D-001, but its Linjetype is empty: the line of D-001 needs ' +
        'Linjetype Tiltak. Write Tiltak in Linjetype; the Ref is right.',
    },
  ],
  [
    'Investering',
    'Finansiering',
    {
      nb:
        'Økonomiplanlinjen D-001 (C9) har Ref-en til D-001, men både Del og Linjetype er feil: linjen til D-001 skal ' +
        'ha Del Drift og Linjetype Tiltak. Rett Del og Linjetype på linjen; Ref-en er riktig.',
      nn:
        'Økonomiplanlina D-001 (C9) har Ref-en til D-001, men både Del og Linjetype er feil: lina til D-001 skal ha ' +
        'Del Drift og Linjetype Tiltak. Rett Del og Linjetype på lina; Ref-en er rett.',
      en:
        'The economy plan line D-001 (C9) has the Ref of D-001, but both its Del and its Linjetype are wrong: the line ' +
        'of D-001 needs Del Drift and Linjetype Tiltak. Correct Del and Linjetype on the line; the Ref is right.',
    },
  ],
];

const CHECK_REF: Record<Lang, RegExp> = { nb: /kontroller Ref/i, nn: /kontroller Ref/i, en: /check the line's Ref/i };

describe.each(CASES)('D-001’s line typed with Del %p and Linjetype %p', (part, type, why) => {
  it.each<Lang>(['nb', 'nn', 'en'])(
    '%s: the line’s explanation ends saying which is wrong, not to check the Ref',
    (lang) => {
      const { line: text } = explained(part, type, lang);
      expect(text).not.toMatch(CHECK_REF[lang]);
      expect(text.endsWith(` ${why[lang]}`)).toBe(true);
    },
  );

  it.each<Lang>(['nb', 'nn', 'en'])('%s: the measure’s explanation says the same of its line', (lang) => {
    const { measure: text } = explained(part, type, lang);
    expect(text).toContain(why[lang]);
  });
});

describe('a project’s line (I-001, Prosjektnr P-100: Del Investering, Linjetype Tiltak)', () => {
  const project = inv({ id: 'I-001', project: 'P-100', years: [100, 100, 0, 0], budget: 200, loan: 200 });
  const explain = (typed: Partial<Parameters<typeof line>[0]>): string[] =>
    reconcile(
      plan({ investment: [project], economyPlan: [line({ row: 9, ref: 'P-100', years: [100, 100, 0, 0], ...typed })] }),
      [],
    )
      .filter((i) => i.code === 'economy-plan-line-unmatched' || i.code === 'measure-not-in-economy-plan')
      .map((i) => explainReconciliation(i, 'nb', '1000 kr'));

  it('typed with Del Drift: both items say Del is wrong and the line needs Del Investering', () => {
    const why =
      'Økonomiplanlinjen P-100 (C9) har Ref-en til I-001, men Del er «Drift»: linjen til I-001 skal ha Del ' +
      'Investering. Rett Del på linjen; Ref-en er riktig.';
    expect(explain({ part: 'Drift' }).map((t) => t.includes(why))).toEqual([true, true]);
  });

  it('a Finansiering line with an unknown source is not told its Linjetype is wrong (it is a line of its own)', () => {
    const texts = explain({ part: 'Investering', type: 'Finansiering', source: 'Gave' });
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes('Linjetype er «Finansiering»'))).toBe(false);
  });
});

/**
 * Review (w115): the measure's own item said «… men ingen linje i økonomiplanen. Legg inn en linje med Del Drift …»
 * before the note that the line is there and only its Linjetype is wrong: two contradicting fixes in one explanation.
 * By hand: D-001's new money is 600 / 1 200 / 1 800 / 2 400 (6 000 in all, 2027–2030), its line has Ref D-001 in C9;
 * the measure's sentence names that line's cell and says to correct it, not to add one.
 */
const OWN_SENTENCE: Record<Lang, string> = {
  nb:
    'D-001 har nye midler i tiltaksplanen (600 i 2027, 1 200 i 2028, 1 800 i 2029, 2 400 i 2030; 6 000 i alt), men ' +
    'linjen i økonomiplanen (C9) er ikke regnet til tiltaket fordi Del eller Linjetype ikke passer. Rett den linjen ' +
    'i stedet for å legge inn en ny.',
  nn:
    'D-001 har nye midlar i tiltaksplanen (600 i 2027, 1 200 i 2028, 1 800 i 2029, 2 400 i 2030; 6 000 i alt), men ' +
    'lina i økonomiplanen (C9) er ikkje rekna til tiltaket fordi Del eller Linjetype ikkje passar. Rett den lina i ' +
    'staden for å leggje inn ei ny.',
  en:
    'D-001 has new money in the measures plan (600 in 2027, 1 200 in 2028, 1 800 in 2029, 2 400 in 2030; 6 000 in ' +
    'all), but its line in the economy plan (C9) is not counted for the measure because its Del or Linjetype does ' +
    'not fit. Correct that line instead of adding a new one.',
};

describe.each(CASES)('D-001’s own item when its line is typed with Del %p and Linjetype %p', (part, type, why) => {
  it.each<Lang>(['nb', 'nn', 'en'])('%s: points at the line to correct, never asks to add one', (lang) => {
    const { measure: text } = explained(part, type, lang);
    expect(text.replace(/\u00a0|\u202f/g, ' ')).toBe(`${OWN_SENTENCE[lang]} ${why[lang]}`);
  });
});

describe('a project whose line has Del Drift (I-001, P-100: expenditure 100 / 100 / 0 / 0)', () => {
  it('nb: its own item points at the line (C9) to correct, not at a line to add', () => {
    const project = inv({ id: 'I-001', project: 'P-100', years: [100, 100, 0, 0], budget: 200, loan: 200 });
    const typed = line({ row: 9, ref: 'P-100', years: [100, 100, 0, 0], part: 'Drift' });
    const [missing] = byCode(
      reconcile(plan({ investment: [project], economyPlan: [typed] }), []),
      'measure-not-in-economy-plan',
    );
    if (!missing) throw new Error('premise: I-001 lacks a line');
    expect(explainReconciliation(missing, 'nb', '1000 kr').replace(/\u00a0|\u202f/g, ' ')).toBe(
      'I-001 har utgifter i tiltaksplanen (100 i 2027, 100 i 2028, 0 i 2029, 0 i 2030; 200 i alt), men linjen i ' +
        'økonomiplanen (C9) er ikke regnet til prosjektet fordi Del eller Linjetype ikke passer. Rett den linjen i ' +
        'stedet for å legge inn en ny. Økonomiplanlinjen P-100 (C9) har Ref-en til I-001, men Del er «Drift»: linjen ' +
        'til I-001 skal ha Del Investering. Rett Del på linjen; Ref-en er riktig.',
    );
  });
});

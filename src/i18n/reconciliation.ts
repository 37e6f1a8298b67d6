/**
 * Explanations of reconciliation items (SPEC §10) for the Forklaring column and the reports: what was
 * compared, how it differs, and what to do. Amounts are shown in the workbook unit.
 */
import {
  formatAmount,
  kr,
  type Lang,
  type ReconciliationClass,
  type ReconciliationCode,
  type ReconciliationItem,
  type Unit,
} from '../domain';
import { t as common } from './common';
import { makeTranslator, type Catalog } from './translate';

type SubjectCode = Exclude<ReconciliationCode, 'measure-not-in-economy-plan' | 'economy-plan-line-unmatched'>;
export type ReconciliationKey =
  | `subject.${SubjectCode}`
  | `class.${ReconciliationClass}`
  | 'class.within'
  | 'full.measure-not-in-economy-plan'
  | 'full.economy-plan-line-unmatched'
  | 'full.economy-plan-line-unmatched.not-costed';

const nb: Record<ReconciliationKey, string> = {
  'subject.measure-new-money': 'Nye midler for {ref}{inYear}',
  'subject.frame-total': 'Nye midler i rammeområde {ref}{inYear}',
  'subject.project-expenditure': 'Utgifter i prosjekt {ref}{inYear}',
  'subject.project-financing': '{source} i prosjekt {ref}',
  'class.match': 'tiltaksplanen og økonomiplanen stemmer ({measures}).',
  'class.within': 'tiltakene ({measures}) holder seg innenfor rammen i økonomiplanen ({economyPlan}).',
  'class.rounding': 'avviket {difference} er innenfor toleransen.',
  'class.mismatch':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan} (avvik {difference}). Rett tiltaket eller økonomiplanen.',
  'class.timing':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}, men summen for perioden stemmer: beløpet ligger i et annet år. Flytt det til riktig år.',
  'class.unit-suspect':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: 1000 ganger forskjell, trolig skrevet i feil enhet. Begge skal være i {unit}.',
  'class.sign':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsatt fortegn. En innsparing skal være negativ begge steder.',
  'class.not-costed': 'tiltaket har ikke status Beregnet og er holdt utenfor sammenligningen.',
  'full.measure-not-in-economy-plan':
    '{ref} har {measures}{inYear} i tiltaksplanen, men ingen linje i økonomiplanen. Legg inn en linje med Ref {ref}.',
  'full.economy-plan-line-unmatched':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) svarer ikke til noe tiltak eller prosjekt. Kontroller Ref på linjen.',
  'full.economy-plan-line-unmatched.not-costed':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) viser til et tiltak som ikke har status Beregnet. Beregn tiltaket eller fjern linjen.',
};

const nn: Record<ReconciliationKey, string> = {
  'subject.measure-new-money': 'Nye midlar for {ref}{inYear}',
  'subject.frame-total': 'Nye midlar i rammeområde {ref}{inYear}',
  'subject.project-expenditure': 'Utgifter i prosjekt {ref}{inYear}',
  'subject.project-financing': '{source} i prosjekt {ref}',
  'class.match': 'tiltaksplanen og økonomiplanen stemmer ({measures}).',
  'class.within': 'tiltaka ({measures}) held seg innanfor ramma i økonomiplanen ({economyPlan}).',
  'class.rounding': 'avviket {difference} er innanfor toleransen.',
  'class.mismatch':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan} (avvik {difference}). Rett tiltaket eller økonomiplanen.',
  'class.timing':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}, men summen for perioden stemmer: beløpet ligg i eit anna år. Flytt det til rett år.',
  'class.unit-suspect':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: 1000 gonger skilnad, truleg skrive i feil eining. Begge skal vere i {unit}.',
  'class.sign':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsett forteikn. Ei innsparing skal vere negativ begge stader.',
  'class.not-costed': 'tiltaket har ikkje status Beregnet og er halde utanfor samanlikninga.',
  'full.measure-not-in-economy-plan':
    '{ref} har {measures}{inYear} i tiltaksplanen, men inga line i økonomiplanen. Legg inn ei line med Ref {ref}.',
  'full.economy-plan-line-unmatched':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) svarer ikkje til noko tiltak eller prosjekt. Kontroller Ref på lina.',
  'full.economy-plan-line-unmatched.not-costed':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) viser til eit tiltak som ikkje har status Beregnet. Berekn tiltaket eller fjern lina.',
};

const en: Record<ReconciliationKey, string> = {
  'subject.measure-new-money': 'New money for {ref}{inYear}',
  'subject.frame-total': 'New money in budget frame {ref}{inYear}',
  'subject.project-expenditure': 'Expenditure of project {ref}{inYear}',
  'subject.project-financing': '{source} of project {ref}',
  'class.match': 'the measures plan and the economy plan agree ({measures}).',
  'class.within': 'the measures ({measures}) stay within the frame in the economy plan ({economyPlan}).',
  'class.rounding': 'the difference {difference} is within the tolerance.',
  'class.mismatch':
    'the measures plan has {measures}, the economy plan {economyPlan} (difference {difference}). Fix the measure or the economy plan.',
  'class.timing':
    'the measures plan has {measures}, the economy plan {economyPlan}, but the period totals agree: the amount sits in another year. Move it to the right year.',
  'class.unit-suspect':
    'the measures plan has {measures}, the economy plan {economyPlan}: a factor of 1000, probably typed in the wrong unit. Both should be in {unit}.',
  'class.sign':
    'the measures plan has {measures}, the economy plan {economyPlan}: opposite signs. A saving is negative in both.',
  'class.not-costed': 'the measure is not marked Beregnet and is left out of the comparison.',
  'full.measure-not-in-economy-plan':
    '{ref} has {measures}{inYear} in the measures plan but no line in the economy plan. Add a line with Ref {ref}.',
  'full.economy-plan-line-unmatched':
    "The economy plan line {ref}{inYear} ({economyPlan}) matches no measure or project. Check the line's Ref.",
  'full.economy-plan-line-unmatched.not-costed':
    'The economy plan line {ref}{inYear} ({economyPlan}) points to a measure not marked Beregnet. Cost the measure or remove the line.',
};

export const RECONCILIATION_CATALOG: Catalog<ReconciliationKey> = { nb, nn, en };

const translate = makeTranslator(RECONCILIATION_CATALOG);

/** The class sentence: a frame-total that stays below its Ramme line is a match, but not an equality. */
function classKey(item: ReconciliationItem): ReconciliationKey {
  if (item.class === 'match' && item.code === 'frame-total' && item.measures !== item.economyPlan)
    return 'class.within';
  return `class.${item.class}`;
}

/** Which catalogue entries explain an item: a whole sentence for the two "missing partner" codes. */
function keysOf(item: ReconciliationItem): ReconciliationKey[] {
  if (item.code === 'measure-not-in-economy-plan') return ['full.measure-not-in-economy-plan'];
  if (item.code === 'economy-plan-line-unmatched') {
    return [
      item.class === 'not-costed' ? 'full.economy-plan-line-unmatched.not-costed' : 'full.economy-plan-line-unmatched',
    ];
  }
  return [`subject.${item.code}`, classKey(item)];
}

const amount = (n: number, unit: Unit): string => (Number.isSafeInteger(n) ? formatAmount(kr(n), unit) : String(n));

/** One explanation of a reconciliation item in `lang`, amounts in the workbook unit `unit`. */
export function explainReconciliation(item: ReconciliationItem, lang: Lang, unit: Unit): string {
  const params = {
    ref: item.ref,
    source: item.source ?? '',
    inYear: item.year === undefined ? '' : common('inYear', lang, { year: item.year }),
    measures: amount(item.measures, unit),
    economyPlan: amount(item.economyPlan, unit),
    difference: amount(item.difference, unit),
    unit,
  };
  return keysOf(item)
    .map((key) => translate(key, lang, params))
    .join(': ');
}

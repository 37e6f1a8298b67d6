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
  | 'class.unit-suspect.units'
  | 'full.measure-not-in-economy-plan'
  | 'full.measure-not-in-economy-plan.no-ref'
  | 'full.measure-not-in-economy-plan.project'
  | 'full.measure-not-in-economy-plan.no-project'
  | 'full.economy-plan-line-unmatched'
  | 'full.economy-plan-line-unmatched.no-ref'
  | 'full.economy-plan-line-unmatched.not-costed'
  | 'row'
  | 'note.row-errors'
  | 'note.near-miss'
  | 'note.missing-line-plan';

const nb: Record<ReconciliationKey, string> = {
  'subject.measure-new-money': 'Nye midler for {ref}{inYear}',
  'subject.frame-total': 'Nye midler i rammeområde {ref}{inYear}',
  'subject.project-expenditure': 'Utgifter i prosjekt {ref}{inYear}',
  'subject.project-financing': '{source} i prosjekt {ref}',
  'class.match': 'tiltaksplanen og økonomiplanen er i samsvar ({measures}).',
  'class.within': 'tiltakene ({measures}) holder seg innenfor rammen i økonomiplanen ({economyPlan}).',
  'class.rounding': 'avviket {difference} er innenfor toleransen.',
  'class.mismatch':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan} (avvik {difference}). Rett tiltaket eller økonomiplanen.',
  'class.timing':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}, men summen for perioden stemmer: beløpet ligger i et annet år. Flytt det til riktig år.',
  'class.unit-suspect':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: 1000 ganger forskjell, trolig skrevet i feil enhet. Begge skal være i {unit}.',
  'class.unit-suspect.units':
    'tiltaksplanen har {measures} ({unit}), økonomiplanen {lineAmount} ({lineUnit}): 1000 ganger forskjell, trolig skrevet i feil enhet. ' +
    'Beløpene i tiltaksplanen skal være i {unit}, linjene i økonomiplanen i {lineUnit}.',
  'class.sign':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsatt fortegn. En innsparing skal være negativ begge steder.',
  'class.not-costed':
    'tiltaket har ikke status Beregnet og er holdt utenfor sammenligningen. Sett status Beregnet når kostnaden er regnet ut.',
  'full.measure-not-in-economy-plan':
    '{ref} har nye midler i tiltaksplanen ({perYear}; {measures} i alt), men ingen linje i økonomiplanen. ' +
    'Legg inn en linje med Del Drift, Linjetype Tiltak og Ref {line}, med {amounts} i kolonnene {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.no-ref':
    'Tiltaket i {row} har nye midler i tiltaksplanen ({perYear}; {measures} i alt), men verken ID eller Ref, så ' +
    'ingen linje i økonomiplanen kan vise til det. Gi tiltaket en ID, og legg så inn en linje med Del Drift, Linjetype Tiltak ' +
    'og den ID-en som Ref, med {amounts} i kolonnene {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.project':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt), men ingen linje i økonomiplanen. Legg inn ' +
    'en linje med Del Investering, Linjetype Tiltak og Ref {line}, med {amounts} i kolonnene {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.no-project':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt), men verken prosjektnummer eller linje i ' +
    'økonomiplanen. Skriv prosjektnummeret i Prosjektnr, og legg så inn en linje med Del Investering, Linjetype ' +
    'Tiltak og prosjektnummeret som Ref, med {amounts} i kolonnene {years} (beløp i {unit}).',
  'full.economy-plan-line-unmatched':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) svarer ikke til noe tiltak eller prosjekt. Kontroller Ref på linjen.',
  'full.economy-plan-line-unmatched.no-ref':
    'Økonomiplanlinjen i {row}{inYear} ({economyPlan}) har ingen Ref og kan ikke kobles til noe tiltak eller prosjekt. ' +
    'Skriv tiltakets ID eller prosjektnummeret i Ref.',
  'full.economy-plan-line-unmatched.not-costed':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) viser til et tiltak som ikke har status Beregnet. Beregn tiltaket eller fjern linjen.',
  row: 'rad {row} på arket «{sheet}»',
  'note.row-errors':
    'Merk: {ids} har feil i summene og er tatt med slik beløpene står. Rett feilen først (se feillisten).',
  'note.near-miss':
    'Økonomiplanlinjen {line} ({cell}) ser ut til å gjelde {measure} — rett Ref på linjen til {measure}.',
  'note.missing-line-plan': 'Skriv «{plan}» i kolonnen Plan på linjen, så hører den til denne planen.',
};

const nn: Record<ReconciliationKey, string> = {
  'subject.measure-new-money': 'Nye midlar for {ref}{inYear}',
  'subject.frame-total': 'Nye midlar i rammeområde {ref}{inYear}',
  'subject.project-expenditure': 'Utgifter i prosjekt {ref}{inYear}',
  'subject.project-financing': '{source} i prosjekt {ref}',
  'class.match': 'tiltaksplanen og økonomiplanen er i samsvar ({measures}).',
  'class.within': 'tiltaka ({measures}) held seg innanfor ramma i økonomiplanen ({economyPlan}).',
  'class.rounding': 'avviket {difference} er innanfor toleransen.',
  'class.mismatch':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan} (avvik {difference}). Rett tiltaket eller økonomiplanen.',
  'class.timing':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}, men summen for perioden stemmer: beløpet ligg i eit anna år. Flytt det til rett år.',
  'class.unit-suspect':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: 1000 gonger skilnad, truleg skrive i feil eining. Begge skal vere i {unit}.',
  'class.unit-suspect.units':
    'tiltaksplanen har {measures} ({unit}), økonomiplanen {lineAmount} ({lineUnit}): 1000 gonger skilnad, truleg skrive i feil eining. ' +
    'Beløpa i tiltaksplanen skal vere i {unit}, linene i økonomiplanen i {lineUnit}.',
  'class.sign':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsett forteikn. Ei innsparing skal vere negativ begge stader.',
  'class.not-costed':
    'tiltaket har ikkje status Beregnet og er halde utanfor samanlikninga. Set status Beregnet når kostnaden er rekna ut.',
  'full.measure-not-in-economy-plan':
    '{ref} har nye midlar i tiltaksplanen ({perYear}; {measures} i alt), men inga line i økonomiplanen. ' +
    'Legg inn ei line med Del Drift, Linjetype Tiltak og Ref {line}, med {amounts} i kolonnane {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.no-ref':
    'Tiltaket i {row} har nye midlar i tiltaksplanen ({perYear}; {measures} i alt), men verken ID eller Ref, så ' +
    'inga line i økonomiplanen kan vise til det. Gi tiltaket ein ID, og legg så inn ei line med Del Drift, Linjetype Tiltak ' +
    'og den ID-en som Ref, med {amounts} i kolonnane {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.project':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt), men inga line i økonomiplanen. Legg inn ' +
    'ei line med Del Investering, Linjetype Tiltak og Ref {line}, med {amounts} i kolonnane {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.no-project':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt), men verken prosjektnummer eller line i ' +
    'økonomiplanen. Skriv prosjektnummeret i Prosjektnr, og legg så inn ei line med Del Investering, Linjetype ' +
    'Tiltak og prosjektnummeret som Ref, med {amounts} i kolonnane {years} (beløp i {unit}).',
  'full.economy-plan-line-unmatched':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) svarar ikkje til noko tiltak eller prosjekt. Kontroller Ref på lina.',
  'full.economy-plan-line-unmatched.no-ref':
    'Økonomiplanlina i {row}{inYear} ({economyPlan}) har ingen Ref og kan ikkje koplast til noko tiltak eller prosjekt. ' +
    'Skriv ID-en til tiltaket eller prosjektnummeret i Ref.',
  'full.economy-plan-line-unmatched.not-costed':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) viser til eit tiltak som ikkje har status Beregnet. Berekn tiltaket eller fjern lina.',
  row: 'rad {row} på arket «{sheet}»',
  'note.row-errors':
    'Merk: {ids} har feil i summane og er teke med slik beløpa står. Rett feilen først (sjå feillista).',
  'note.near-miss': 'Økonomiplanlina {line} ({cell}) ser ut til å gjelde {measure} — rett Ref på lina til {measure}.',
  'note.missing-line-plan': 'Skriv «{plan}» i kolonnen Plan på lina, så høyrer ho til denne planen.',
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
  'class.unit-suspect.units':
    'the measures plan has {measures} ({unit}), the economy plan {lineAmount} ({lineUnit}): a factor of 1000, probably typed in the wrong unit. ' +
    'The measures plan is typed in {unit}, the economy plan lines in {lineUnit}.',
  'class.sign':
    'the measures plan has {measures}, the economy plan {economyPlan}: opposite signs. A saving is negative in both.',
  'class.not-costed':
    'the measure is not marked Beregnet and is left out of the comparison. Mark it Beregnet once its cost is worked out.',
  'full.measure-not-in-economy-plan':
    '{ref} has new money in the measures plan ({perYear}; {measures} in all) but no line in the economy plan. ' +
    'Add a line with Del Drift, Linjetype Tiltak and Ref {line}, with {amounts} in the columns {years} (amounts in {unit}).',
  'full.measure-not-in-economy-plan.no-ref':
    'The measure in {row} has new money in the measures plan ({perYear}; {measures} in all) but neither an ID ' +
    'nor a Ref, so no economy plan line can point to it. Give the measure an ID, then add a line with Del Drift, Linjetype ' +
    'Tiltak and that ID as Ref, with {amounts} in the columns {years} (amounts in {unit}).',
  'full.measure-not-in-economy-plan.project':
    '{ref} has expenditure in the measures plan ({perYear}; {measures} in all) but no line in the economy plan. ' +
    'Add a line with Del Investering, Linjetype Tiltak and Ref {line}, with {amounts} in the columns {years} ' +
    '(amounts in {unit}).',
  'full.measure-not-in-economy-plan.no-project':
    '{ref} has expenditure in the measures plan ({perYear}; {measures} in all) but neither a project number nor ' +
    'an economy plan line. Type the project number in Prosjektnr, then add a line with Del Investering, Linjetype ' +
    'Tiltak and the project number as Ref, with {amounts} in the columns {years} (amounts in {unit}).',
  'full.economy-plan-line-unmatched':
    "The economy plan line {ref}{inYear} ({economyPlan}) matches no measure or project. Check the line's Ref.",
  'full.economy-plan-line-unmatched.no-ref':
    'The economy plan line in {row}{inYear} ({economyPlan}) has no Ref, so it cannot be linked to a measure or ' +
    "project. Type the measure's ID or the project number in Ref.",
  'full.economy-plan-line-unmatched.not-costed':
    'The economy plan line {ref}{inYear} ({economyPlan}) points to a measure not marked Beregnet. Cost the measure or remove the line.',
  row: 'row {row} of the sheet "{sheet}"',
  'note.row-errors':
    'Note: the sums of {ids} do not add up, and the amounts are counted as typed. Fix the error first (see the list of findings).',
  'note.near-miss':
    'The economy plan line {line} ({cell}) looks like it is meant for {measure}: change the Ref on the line to {measure}.',
  'note.missing-line-plan': 'Write "{plan}" in the Plan column of the line, so that it belongs to this plan.',
};

export const RECONCILIATION_CATALOG: Catalog<ReconciliationKey> = { nb, nn, en };

const translate = makeTranslator(RECONCILIATION_CATALOG);

/** The class sentence: a frame-total that stays below its Ramme line is a match, but not an equality. */
function classKey(item: ReconciliationItem, unit: Unit): ReconciliationKey {
  if (item.class === 'match' && item.code === 'frame-total' && item.measures !== item.economyPlan)
    return 'class.within';
  // In a consolidation the line is in the economy plan workbook's unit: «both in one unit» would be wrong advice.
  if (item.class === 'unit-suspect' && item.lineUnit !== undefined && item.lineUnit !== unit)
    return 'class.unit-suspect.units';
  return `class.${item.class}`;
}

/** The sentence for a measure without an economy plan line: by its table and what it can be found by. */
function missingLineKey(item: ReconciliationItem): ReconciliationKey {
  const line = item.missingLine;
  if (line?.table === 'investment')
    return line.ref.trim() === ''
      ? 'full.measure-not-in-economy-plan.no-project'
      : 'full.measure-not-in-economy-plan.project';
  return item.ref.trim() === '' ? 'full.measure-not-in-economy-plan.no-ref' : 'full.measure-not-in-economy-plan';
}

/** Which catalogue entries explain an item: a whole sentence for the two "missing partner" codes. */
function keysOf(item: ReconciliationItem, unit: Unit): ReconciliationKey[] {
  if (item.code === 'measure-not-in-economy-plan') return [missingLineKey(item)];
  if (item.code === 'economy-plan-line-unmatched') {
    if (item.class === 'not-costed') return ['full.economy-plan-line-unmatched.not-costed'];
    return [item.ref.trim() === '' ? 'full.economy-plan-line-unmatched.no-ref' : 'full.economy-plan-line-unmatched'];
  }
  return [`subject.${item.code}`, classKey(item, unit)];
}

const amount = (n: number, unit: Unit): string => (Number.isSafeInteger(n) ? formatAmount(kr(n), unit) : String(n));

/** "rad 7 på arket «Tiltak drift»" from an item's cell ("Tiltak drift!Q7"): the row of an item without a ref. */
function rowOf(address: string | undefined, lang: Lang): string {
  const m = /^'?(.*?)'?!\$?[A-Z]+\$?(\d+)$/.exec(address ?? '');
  return m ? translate('row', lang, { sheet: m[1] ?? '', row: m[2] ?? '' }) : '';
}

/** The params a missing economy plan line is explained with: its Ref and each year's amount, in the unit. */
function missingLineParams(item: ReconciliationItem, lang: Lang, unit: Unit): Record<string, string> {
  const byYear = item.missingLine?.byYear ?? [];
  const total = amount(item.measures, unit);
  // The amounts to type go in the economy plan's unit (another workbook's, in a consolidation).
  const lineUnit = item.missingLine?.unit ?? unit;
  const first = byYear[0]?.year;
  const last = byYear[byYear.length - 1]?.year;
  const inYear = (year: number) => common('inYear', lang, { year });
  return {
    line: item.missingLine?.ref ?? item.ref,
    perYear: byYear.length > 0 ? byYear.map((y) => `${amount(y.amount, unit)}${inYear(y.year)}`).join(', ') : total,
    amounts:
      byYear.length > 0 ? byYear.map((y) => amount(y.amount, lineUnit)).join(' / ') : amount(item.measures, lineUnit),
    years: first === undefined || last === undefined ? '' : first === last ? String(first) : `${first}–${last}`,
    unit: lineUnit,
  };
}

/** One explanation of a reconciliation item in `lang`, amounts in the workbook unit `unit`. */
export function explainReconciliation(item: ReconciliationItem, lang: Lang, unit: Unit): string {
  const keys = keysOf(item, unit);
  // An amount is formatted only when the sentence shows it: Avstemming explains every item, and formatting
  // three amounts for each was half of it (measured on check --write, docs/performance.md).
  const shown = (name: string) => keys.some((k) => RECONCILIATION_CATALOG[lang][k].includes(`{${name}}`));
  const params = {
    ref: item.ref,
    source: item.source ?? '',
    inYear: item.year === undefined ? '' : common('inYear', lang, { year: item.year }),
    ...(shown('measures') ? { measures: amount(item.measures, unit) } : {}),
    ...(shown('economyPlan') ? { economyPlan: amount(item.economyPlan, unit) } : {}),
    ...(shown('difference') ? { difference: amount(item.difference, unit) } : {}),
    unit,
    ...(shown('lineAmount') && item.lineUnit
      ? { lineAmount: amount(item.economyPlan, item.lineUnit), lineUnit: item.lineUnit }
      : {}),
    row: rowOf(item.ref.trim() === '' ? (item.cells.measures ?? item.cells.economyPlan) : undefined, lang),
    ...(item.code === 'measure-not-in-economy-plan' ? missingLineParams(item, lang, unit) : {}),
  };
  const text = keys.map((key) => translate(key, lang, params)).join(': ');
  return [text, ...notesOf(item, lang)].join(' ');
}

/**
 * Sentences added after an item's explanation: the economy plan lines whose Ref nearly names a measure, and
 * the rows with errors that it counts (SPEC §4).
 */
function notesOf(item: ReconciliationItem, lang: Lang): string[] {
  const notes = (item.nearMisses ?? []).map((n) => translate('note.near-miss', lang, { ...n }));
  const ids = item.rowErrors ?? [];
  if (ids.length > 0) notes.push(translate('note.row-errors', lang, { ids: ids.join(', ') }));
  const plan = item.missingLine?.plan;
  if (plan) notes.push(translate('note.missing-line-plan', lang, { plan }));
  return notes;
}

/**
 * The words the product writes on Sammendrag and Avstemming, in the user's language (the sheet names and the
 * headers of tblAvstemming stay bokmål, SPEC §1). Bokmål is the domain's default (SUMMARY_TEXT_NB); nynorsk
 * and English are here, their terms from the glossary.
 */
import {
  memoized,
  RECONCILIATION_CODES,
  SUMMARY_TEXT_NB,
  type KeptReason,
  type Lang,
  type ReconciliationSheetText,
  type SummaryText,
  type Unit,
} from '../domain';
import { reconciliationClassLabel, reconciliationCodeLabel, severityLabel } from './common';
import { GLOSSARY_EN, GLOSSARY_NN } from './glossary';
import { LANGS } from './lang';
import { listText } from './listText';
import { explainReconciliation } from './reconciliation';
import { financingNotComparedText } from './reconciliationCatalog';
import {
  acceptedAsInExplanation,
  acceptedInExplanation,
  reconciliationClassOf,
  statusReviewText,
} from './statusReview';

export const SUMMARY_NB: SummaryText = SUMMARY_TEXT_NB;

export const SUMMARY_NN: SummaryText = {
  title: 'Samandrag',
  planName: GLOSSARY_NN.planName,
  period: 'Periode',
  unit: GLOSSARY_NN.unit,
  priceLevel: GLOSSARY_NN.priceLevel,
  economyPlanVersion: GLOSSARY_NN.economyPlanVersion,
  note: 'Summane gjeld tiltak med kostnadsstatus «Beregnet» og blir oppdaterte av formlane når tabellane blir endra.',
  noteValues:
    'Summane gjeld tiltak med kostnadsstatus «Beregnet» og blir oppdaterte av formlane når tabellane blir endra, ' +
    'unnateke dei grå tala i {rows}: dei er verdiar frå denne kontrollen, ikkje formlar (til dømes der eit beløp ' +
    'er lagra som tekst, som summane i Excel hoppar over). Køyr kontrollen på nytt etter endringar.',
  valuesNote: 'Verdiar frå siste kontroll, ikkje formlar: køyr kontrollen på nytt etter endringar.',
  operatingTitle: 'Drift per seksjon',
  section: GLOSSARY_NN.section,
  allSections: 'Alle seksjonar',
  newMoneyTitle: `${GLOSSARY_NN.newMoney} per år (drift)`,
  newMoneyNote:
    'Rekna ut av Tiltaksplan ved siste kontroll (fordelt på åra etter kostnad, største rest); ikkje formlar.',
  sum: 'Sum',
  frameTitle: GLOSSARY_NN.frameTotal,
  frameByLineNote:
    '«(utan rammeområde)» har tiltak som Avstemming reknar med i rammeområdet lina i økonomiplanen har: {list}. ' +
    'Skriv rammeområdet i Rammeområde på tiltaket, så viser arka Sammendrag og Avstemming det same.',
  frame: GLOSSARY_NN.frame,
  name: 'Namn',
  areaTitle: 'Driftskostnad per planområde',
  areaNote: 'Eit tiltak som rører ved fleire planområde, tel fullt i kvart av dei: radene summerer ikkje til totalen.',
  area: GLOSSARY_NN.area,
  responsibleTitle: 'Driftskostnad per ansvarleg',
  responsible: GLOSSARY_NN.responsible,
  investmentTitle: 'Investering per seksjon',
  statusTitle: 'Talet på tiltak per kostnadsstatus',
  costStatus: GLOSSARY_NN.costStatus,
  count: 'Tal',
  notCostedTitle: 'Tiltak som ikkje er berekna',
  id: 'ID',
  measure: GLOSSARY_NN.measure,
  checksTitle: 'Kontrollar',
  check: 'Kontroll',
  result: 'Resultat',
  failing: 'Tiltak med avvik',
  checkOperating: 'Finansiering = Helårsvirkning / Sum periode (drift)',
  checkInvestment: 'Finansiering = Kostnadsramme (investering)',
  empty: GLOSSARY_NN.empty,
  noName: GLOSSARY_NN.noName,
  noFrame: GLOSSARY_NN.noFrame,
  noSection: GLOSSARY_NN.noSection,
  and: 'og',
  noteYearsNotRead:
    'Årskolonnane stemmer ikkje med planperioden (sjå kontrollen): {years} har ingen eigen kolonne og står som 0 ' +
    'utan å vere lesne, og beløp i ein årskolonne utanfor perioden er ikkje med.',
  noteYearsEmpty:
    'Økonomiplanen har ingen beløp for {years} enno (sjå kontrollen): tiltaka i {years} blir avstemde når tala er ' +
    'lagde inn.',
};

export const SUMMARY_EN: SummaryText = {
  title: 'Summary',
  planName: GLOSSARY_EN.planName,
  period: 'Period',
  unit: GLOSSARY_EN.unit,
  priceLevel: GLOSSARY_EN.priceLevel,
  economyPlanVersion: GLOSSARY_EN.economyPlanVersion,
  note: 'The totals cover measures with cost status "Beregnet" (costed) and follow the tables through their formulas.',
  noteValues:
    'The totals cover measures with cost status "Beregnet" (costed) and follow the tables through their formulas, ' +
    'except the grey figures in {rows}: they are values from this check, not formulas (for example where an ' +
    "amount is stored as text, which Excel's own sums skip). Run the check again after changes.",
  valuesNote: 'Values from the last check, not formulas: run the check again after changes.',
  operatingTitle: 'Operating by section',
  section: GLOSSARY_EN.section,
  allSections: 'All sections',
  newMoneyTitle: `${GLOSSARY_EN.newMoney} per year (operating)`,
  newMoneyNote:
    'Computed by Tiltaksplan at the last check (split over the years by cost, largest remainder); not formulas.',
  sum: 'Total',
  frameTitle: GLOSSARY_EN.frameTotal,
  frameByLineNote:
    '"(no budget frame)" holds measures that Avstemming counts in the frame their economy plan line has: {list}. ' +
    'Type the frame in Rammeområde on the measure, and Sammendrag and Avstemming show the same.',
  frame: GLOSSARY_EN.frame,
  name: 'Name',
  areaTitle: 'Operating cost per plan area',
  areaNote: 'A measure that touches several plan areas counts fully in each: the rows do not add up to the total.',
  area: GLOSSARY_EN.area,
  responsibleTitle: 'Operating cost per responsible',
  responsible: GLOSSARY_EN.responsible,
  investmentTitle: 'Investment by section',
  statusTitle: 'Measures per cost status',
  costStatus: GLOSSARY_EN.costStatus,
  count: 'Count',
  notCostedTitle: 'Measures not costed',
  id: 'ID',
  measure: GLOSSARY_EN.measure,
  checksTitle: 'Checks',
  check: 'Check',
  result: 'Result',
  failing: 'Measures that differ',
  checkOperating: 'Financing = Helårsvirkning / Sum periode (operating)',
  checkInvestment: 'Financing = Kostnadsramme (investment)',
  empty: GLOSSARY_EN.empty,
  noName: GLOSSARY_EN.noName,
  noFrame: GLOSSARY_EN.noFrame,
  noSection: GLOSSARY_EN.noSection,
  and: 'and',
  noteYearsNotRead:
    'The year columns do not match the plan period (see the check): {years} have no column of their own and show 0 ' +
    'without being read, and amounts in a year column outside the period are not included.',
  noteYearsEmpty:
    'The economy plan has no amounts for {years} yet (see the check): the measures of {years} are reconciled once ' +
    'they are entered.',
};

const SUMMARY: Readonly<Record<Lang, SummaryText>> = { nb: SUMMARY_NB, nn: SUMMARY_NN, en: SUMMARY_EN };

/** Sammendrag's titles and labels in `lang`. */
export const summaryText = (lang: Lang): SummaryText => SUMMARY[lang];

/**
 * The code a Kode cell of Avstemming stands for: the code itself (as earlier versions wrote it) or its label
 * in any of the three languages, so a user's Status and Kommentar survive a change of language. Other text
 * is returned as it is.
 */
export function reconciliationCodeOf(text: string): string {
  const wanted = text.trim().toLowerCase();
  const code = RECONCILIATION_CODES.find(
    (c) => c === wanted || LANGS.some((lang) => reconciliationCodeLabel(c, lang).toLowerCase() === wanted),
  );
  return code ?? text.trim();
}

/**
 * Forklaring of a row kept on Avstemming or Avstemming planer only for the user's Status or Kommentar (SPEC §10),
 * `{keys}` the headers of the table's key, `{code}` the first of them (Kode: a row without one, `noCode`).
 */
export const KEPT: Readonly<Record<Lang, Record<KeptReason, string>>> = {
  nb: {
    vanished:
      'Ikke avstemt i denne kjøringen: ingen post har lenger denne {keys}. Status og Kommentar er tatt vare på her; slett raden når den ikke trengs.',
    duplicate:
      'Ikke avstemt i denne kjøringen: en rad over har samme {keys} og har fått posten. Status og Kommentar på denne raden er tatt vare på her; slett raden når den ikke trengs.',
    noCode:
      'Ikke avstemt i denne kjøringen: raden har ingen {code} og hører ikke til noen post. Det du skrev på raden er tatt vare på her; slett raden når den ikke trengs.',
    yearsEmpty:
      'Ikke avstemt i denne kjøringen: økonomiplanen har ingen beløp for året ennå, og sammenligningene som bruker det, gjøres når tallene er lagt inn. Status og Kommentar er tatt vare på her og følger posten med denne {keys} når tallene er der.',
    yearsNotRead:
      'Ikke avstemt i denne kjøringen: årskolonnene i en tabell stemmer ikke med planperioden, og sammenligningene som bruker beløpene per år der, gjøres når overskriftene stemmer. Status og Kommentar er tatt vare på her og følger posten med denne {keys} når overskriftene er rettet.',
    ownSheet:
      'Ikke avstemt i denne kjøringen: planen er avstemt mot {file}, ikke mot sitt eget ark «Økonomiplan», som gir en post med denne {keys}. Status og Kommentar er tatt vare på her og følger posten igjen når planen kontrolleres alene; la raden stå.',
    consolidated:
      'Ikke avstemt her i denne kjøringen: planen er avstemt mot {file}, der denne sammenligningen gjøres for alle planene samlet, på arket «Avstemming planer». Status og Kommentar er tatt vare på her og følger posten med denne {keys} igjen når planen kontrolleres alene; la raden stå.',
    fromConsolidation:
      'Ikke avstemt i denne kjøringen: raden er fra sammenstillingen mot filen «{file}», og den sammenligningen gjøres der, ikke når planen kontrolleres alene mot sitt eget ark «Økonomiplan». Status og Kommentar er tatt vare på her og følger posten med denne {keys} igjen når planen avstemmes mot «{file}»; la raden stå.',
  },
  nn: {
    vanished:
      'Ikkje avstemt i denne køyringa: ingen post har lenger denne {keys}. Status og Kommentar er tekne vare på her; slett rada når ho ikkje trengst.',
    duplicate:
      'Ikkje avstemt i denne køyringa: ei rad over har same {keys} og har fått posten. Status og Kommentar på denne rada er tekne vare på her; slett rada når ho ikkje trengst.',
    noCode:
      'Ikkje avstemt i denne køyringa: rada har ingen {code} og høyrer ikkje til nokon post. Det du skreiv på rada er teke vare på her; slett rada når ho ikkje trengst.',
    yearsEmpty:
      'Ikkje avstemt i denne køyringa: økonomiplanen har ingen beløp for året enno, og samanlikningane som brukar det, blir gjorde når tala er lagde inn. Status og Kommentar er tekne vare på her og følgjer posten med denne {keys} når tala er der.',
    yearsNotRead:
      'Ikkje avstemt i denne køyringa: årskolonnane i ein tabell stemmer ikkje med planperioden, og samanlikningane som brukar beløpa per år der, blir gjorde når overskriftene stemmer. Status og Kommentar er tekne vare på her og følgjer posten med denne {keys} når overskriftene er retta.',
    ownSheet:
      'Ikkje avstemt i denne køyringa: planen er avstemt mot {file}, ikkje mot sitt eige ark «Økonomiplan», som gir ein post med denne {keys}. Status og Kommentar er tekne vare på her og følgjer posten igjen når planen blir kontrollert åleine; lat rada stå.',
    consolidated:
      'Ikkje avstemt her i denne køyringa: planen er avstemt mot {file}, der denne samanlikninga blir gjord for alle planane samla, på arket «Avstemming planer». Status og Kommentar er tekne vare på her og følgjer posten med denne {keys} igjen når planen blir kontrollert åleine; lat rada stå.',
    fromConsolidation:
      'Ikkje avstemt i denne køyringa: rada er frå samanstillinga mot fila «{file}», og den samanlikninga blir gjord der, ikkje når planen blir kontrollert åleine mot sitt eige ark «Økonomiplan». Status og Kommentar er tekne vare på her og følgjer posten med denne {keys} igjen når planen blir avstemt mot «{file}»; lat rada stå.',
  },
  en: {
    vanished:
      'Not reconciled in this run: no item has this {keys} any more. Status and Kommentar are kept here; delete the row when it is no longer needed.',
    duplicate:
      "Not reconciled in this run: a row above has the same {keys} and took the item. This row's Status and Kommentar are kept here; delete the row when it is no longer needed.",
    noCode:
      'Not reconciled in this run: the row has no {code} and belongs to no item. What you typed on it is kept here; delete the row when it is no longer needed.',
    yearsEmpty:
      'Not reconciled in this run: the economy plan has no amounts for the year yet, and the comparisons that use it are made once they are entered. Status and Kommentar are kept here and follow the item with this {keys} once the figures are there.',
    yearsNotRead:
      'Not reconciled in this run: the year columns of a table do not match the plan period, and the comparisons that use its amounts per year are made once the headers match. Status and Kommentar are kept here and follow the item with this {keys} once the headers are corrected.',
    ownSheet:
      'Not reconciled in this run: the plan was reconciled against {file}, not against its own sheet "Økonomiplan", which gives an item with this {keys}. Status and Kommentar are kept here and follow the item again when the plan is checked on its own; leave the row.',
    consolidated:
      'Not reconciled here in this run: the plan was reconciled against {file}, where this comparison is made for all the plans together, on the sheet "Avstemming planer". Status and Kommentar are kept here and follow the item with this {keys} again when the plan is checked on its own; leave the row.',
    fromConsolidation:
      'Not reconciled in this run: the row is from the consolidation against the file "{file}", and that comparison is made there, not when the plan is checked on its own against its own sheet "Økonomiplan". Status and Kommentar are kept here and follow the item with this {keys} again when the plan is reconciled against "{file}"; leave the row.',
  },
};

/**
 * The Forklaring of a kept row in `lang` for a table keyed by the columns headed `keys` ("Kode, Ref og År"); `file`
 * the economy plan workbook a consolidation reconciled the plan against (`ownSheet`, `consolidated`), or the one the
 * row names (`fromConsolidation`).
 */
export function keptExplanation(lang: Lang, reason: KeptReason, keys: readonly string[], file = ''): string {
  const note = reason === 'fromConsolidation' && !WORKBOOK_NAME.test(file) ? ` ${NOT_A_FILE[lang]}` : '';
  return `${KEPT[lang][reason]}${note}`
    .replace('{keys}', listText(keys, lang))
    .replace('{code}', keys[0] ?? '')
    .replaceAll('{file}', file);
}

/** A name a workbook file has (the consolidation writes the file as given: with its extension, as a rule). */
const WORKBOOK_NAME = /\.xls[xm]$/i;

/**
 * Said after `fromConsolidation` when the «file» has no workbook's extension: «Avtalt: Økonomiplan!C5» typed by hand
 * has the consolidation's form, so the row is kept as its (the safe side); if the word is her note, it goes to Kommentar.
 */
const NOT_A_FILE: Readonly<Record<Lang, string>> = {
  nb: 'Er «{file}» ikke navnet på en fil, men en merknad du har skrevet i Celle økonomiplan, så flytt merknaden til Kommentar og tøm Celle økonomiplan.',
  nn: 'Er «{file}» ikkje namnet på ei fil, men ein merknad du har skrive i Celle økonomiplan, så flytt merknaden til Kommentar og tøm Celle økonomiplan.',
  en: 'If "{file}" is not the name of a file but a note you typed in Celle økonomiplan, move the note to Kommentar and empty Celle økonomiplan.',
};

const SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * Whether `text` is one the product writes on Avstemming beside an item's own figures, in any language: an Alvor label,
 * or a kept row's Forklaring (its words up to the first header it names, an accepted note after it or not).
 */
export function reconciliationWritten(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  const label = t.toLowerCase();
  return LANGS.some(
    (lang) =>
      SEVERITIES.some((s) => severityLabel(s, lang).toLowerCase() === label) ||
      Object.values(KEPT[lang]).some((kept) => t.startsWith(kept.slice(0, kept.indexOf('{')))),
  );
}

/**
 * `label` asked once for each of its few values (an Alvor, a Kode, a Klasse): Avstemming labels every item three
 * times, and a key, a params object and a fill for each label were a measured part of what planning it allocates
 * (check --write of 1 000 measures, docs/performance.md «Less made per cell and per item»).
 */
const onceEach = <K extends string>(label: (key: K) => string): ((key: K) => string) => memoized(label, 64);

/**
 * What the Avstemming sheet is written with in `lang`: Forklaring, labels for Alvor, Kode and Klasse; `economyPlan`
 * the file a consolidation reconciled the plan against, which its kept rows name.
 */
export function reconciliationSheetText(lang: Lang, unit: Unit, economyPlan?: string): ReconciliationSheetText {
  return {
    explain: (item) => explainReconciliation(item, lang, unit),
    severity: onceEach((s) => severityLabel(s, lang)),
    code: onceEach((c) => reconciliationCodeLabel(c, lang)),
    class: onceEach((c) => reconciliationClassLabel(c, lang)),
    codeOf: reconciliationCodeOf,
    kept: (reason, keys, file) => keptExplanation(lang, reason, keys, file ?? economyPlan),
    written: reconciliationWritten,
    review: (review) => statusReviewText(review, lang, unit),
    acceptedIn: acceptedInExplanation,
    classOf: reconciliationClassOf,
    acceptedAsIn: acceptedAsInExplanation,
    financingNotCompared: (projects) => financingNotComparedText(projects, lang),
  };
}

/**
 * The words the product writes on its own sheets (SPEC §9 Sammendrag, §10 Avstemming) besides the workbook's
 * names: titles, notes and row labels. They follow the user's language; the domain has none of its own, so
 * the writers take them as data. Bokmål is the default, as the canonical workbook's own words are bokmål
 * (SPEC §1); src/i18n/sheets.ts has all three languages. Headers that name a column of a measure table
 * (Helårsvirkning, Nye midler …) are the schema's and stay as the workbook spells them.
 */
import type { Severity } from './finding';
import type { ReconciliationItem } from './reconciliation';
import type { ReconciliationClass, ReconciliationCode } from './reconciliationCodes';
import type { KeptReason, StatusReviewText } from './reconciliationStatus';

/**
 * `parts` joined by commas and `and` (the language's word) before the last: «2030, 2031 og 2032»; one part as is.
 * The one way a list is written in running text: i18n/listText.ts gives it the language's word, Sammendrag its own.
 */
export function listWith(parts: readonly (string | number)[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${String(parts[parts.length - 1])}`;
}

/** Sammendrag's titles, notes and labels. */
export interface SummaryText {
  readonly title: string;
  /** The head's row naming the plan (Plannavn, SPEC §3 «shown on reports»). */
  readonly planName: string;
  readonly period: string;
  readonly unit: string;
  readonly priceLevel: string;
  readonly economyPlanVersion: string;
  readonly note: string;
  /**
   * The note instead of `note` when some rows of the formula blocks hold values (summaryMisses.ts): `{rows}` says
   * where they are, «Title (label, label); …».
   */
  readonly noteValues: string;
  /** Caption of a block written as values (new money per frame, measures not costed, checks). */
  readonly valuesNote: string;
  readonly operatingTitle: string;
  readonly section: string;
  readonly allSections: string;
  readonly newMoneyTitle: string;
  readonly newMoneyNote: string;
  readonly sum: string;
  readonly frameTitle: string;
  /**
   * Under the frames, when measures without Rammeområde are counted in their line's frame by Avstemming (SPEC §4):
   * `{list}` is «D-003 (R4), …».
   */
  readonly frameByLineNote: string;
  readonly frame: string;
  readonly name: string;
  readonly areaTitle: string;
  readonly areaNote: string;
  readonly area: string;
  readonly responsibleTitle: string;
  readonly responsible: string;
  readonly investmentTitle: string;
  readonly statusTitle: string;
  readonly costStatus: string;
  readonly count: string;
  readonly notCostedTitle: string;
  readonly id: string;
  readonly measure: string;
  readonly checksTitle: string;
  readonly check: string;
  readonly result: string;
  readonly failing: string;
  readonly checkOperating: string;
  readonly checkInvestment: string;
  /** Stand-in for an empty status or name, e.g. a responsible left blank. */
  readonly empty: string;
  readonly noName: string;
  /** The row of new money that no frame was given for. */
  readonly noFrame: string;
  /** The row of measures that no section was given for. */
  readonly noSection: string;
  /**
   * Added to the note on top when a measure table's year headers are not the period (Totals.yearsNotRead): `{years}`
   * are the plan years without a column, whose 0 was not read.
   */
  readonly noteYearsNotRead: string;
  /** Added to the note on top when the economy plan has no amount for `{years}` yet (economy-plan-year-empty). */
  readonly noteYearsEmpty: string;
  /** The word before the last of the years those notes name: «2031 og 2032». */
  readonly and: string;
}

/** Sammendrag in bokmål: the default of planSummary and planWorkbook. */
export const SUMMARY_TEXT_NB: SummaryText = {
  title: 'Sammendrag',
  planName: 'Plannavn',
  period: 'Periode',
  unit: 'Beløpsenhet',
  priceLevel: 'Prisnivå',
  economyPlanVersion: 'Økonomiplanversjon',
  note: 'Summene gjelder tiltak med kostnadsstatus «Beregnet» og oppdateres av formlene når tabellene endres.',
  noteValues:
    'Summene gjelder tiltak med kostnadsstatus «Beregnet» og oppdateres av formlene når tabellene endres, unntatt ' +
    'de grå tallene i {rows}: de er verdier fra denne kontrollen, ikke formler (for eksempel der et beløp er ' +
    'lagret som tekst, som Excels egne summer hopper over). Kjør kontrollen på nytt etter endringer.',
  valuesNote: 'Verdier fra siste kontroll, ikke formler: kjør kontrollen på nytt etter endringer.',
  operatingTitle: 'Drift per seksjon',
  section: 'Seksjon',
  allSections: 'Alle seksjoner',
  newMoneyTitle: 'Nye midler per år (drift)',
  newMoneyNote:
    'Regnet ut av Tiltaksplan ved siste kontroll (fordelt på årene etter kostnad, største rest); ikke formler.',
  sum: 'Sum',
  frameTitle: 'Nye midler per rammeområde',
  frameByLineNote:
    '«(uten rammeområde)» har tiltak som Avstemming regner med i rammeområdet linjen i økonomiplanen har: {list}. ' +
    'Skriv rammeområdet i Rammeområde på tiltaket, så viser Sammendrag og Avstemming det samme.',
  frame: 'Rammeområde',
  name: 'Navn',
  areaTitle: 'Driftskostnad per planområde',
  areaNote: 'Et tiltak som berører flere planområder, teller fullt i hvert av dem: radene summerer ikke til totalen.',
  area: 'Planområde',
  responsibleTitle: 'Driftskostnad per ansvarlig',
  responsible: 'Ansvarlig',
  investmentTitle: 'Investering per seksjon',
  statusTitle: 'Antall tiltak per kostnadsstatus',
  costStatus: 'Kostnadsstatus',
  count: 'Antall',
  notCostedTitle: 'Tiltak som ikke er beregnet',
  id: 'ID',
  measure: 'Tiltak',
  checksTitle: 'Kontroller',
  check: 'Kontroll',
  result: 'Resultat',
  failing: 'Tiltak som avviker',
  checkOperating: 'Finansiering = Helårsvirkning / Sum periode (drift)',
  checkInvestment: 'Finansiering = Kostnadsramme (investering)',
  empty: '(tom)',
  noName: '(uten navn)',
  noFrame: '(uten rammeområde)',
  noSection: '(uten seksjon)',
  noteYearsNotRead:
    'Årskolonnene stemmer ikke med planperioden (se kontrollen): {years} har ingen egen kolonne og står som 0 uten ' +
    'å være lest, og beløp i en årskolonne utenfor perioden er ikke med.',
  noteYearsEmpty:
    'Økonomiplanen har ingen beløp for {years} ennå (se kontrollen): tiltakene i {years} avstemmes når tallene er ' +
    'lagt inn.',
  and: 'og',
};

/**
 * The note under the frames (Sammendrag, the report, the pane's Summer) naming the measures without Rammeområde that
 * Avstemming counts in their line's frame, «D-003 (R4), …» (Totals.framesByLine); '' when there are none.
 */
export function frameByLineText(
  text: Pick<SummaryText, 'frameByLineNote'>,
  byLine: readonly { readonly id: string; readonly frame: string }[] = [],
): string {
  const list = byLine.map((m) => `${m.id} (${m.frame})`).join(', ');
  return list === '' ? '' : text.frameByLineNote.replace('{list}', () => list);
}

/**
 * What the Avstemming writer needs in the user's language: the Forklaring of an item, the labels written in
 * Alvor, Kode and Klasse, and the way back from a Kode cell to its code (whatever language wrote it), which
 * keeps the user's Status and Kommentar from one run to the next.
 */
export interface ReconciliationSheetText extends StatusReviewText {
  readonly explain: (item: ReconciliationItem) => string;
  readonly severity: (severity: Severity) => string;
  readonly code: (code: ReconciliationCode) => string;
  readonly class: (cls: ReconciliationClass) => string;
  /** The code a Kode cell's text stands for (a label in any language, or the code itself), else the text. */
  readonly codeOf: (text: string) => string;
  /**
   * Forklaring of a row kept only for the user's Status or Kommentar (SPEC §10): no item of this run has its key
   * (`vanished`), a row above with the same key took the item (`duplicate`), or the row has no Kode (`noCode`: a
   * row Excel grew the table by, kept for what she typed on it). `file`: the economy plan workbook the row names
   * (`fromConsolidation`); by default the one a consolidation reconciled the plan against.
   */
  readonly kept: (reason: KeptReason, keys: readonly string[], file?: string) => string;
  /**
   * Whether a cell's text is one the product writes on Avstemming beside an item's own figures: an Alvor label, or the
   * Forklaring of a row kept below the items (`kept`, an accepted note after it), in any language. A row without Kode
   * holding other text is the user's (sheets/reconciliationTyped.ts). Absent: in `severity` and `kept`'s language only.
   */
  readonly written?: (text: string) => boolean;
  /**
   * The report's sentence that the financing of `projects` (their Prosjektnr) was not reconciled (SPEC §10: money
   * before or after the period), written after the Forklaring of each one's first row (reconciliationFinancing.ts).
   * Absent: not written.
   */
  readonly financingNotCompared?: (projects: readonly string[]) => string;
}

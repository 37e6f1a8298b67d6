/**
 * What one amount cell of a legacy table says: a number, a "----" placeholder, a cost-status marker
 * ("Må utredes", "?") or text the importer cannot place.
 */
import { legacyWords } from './columns';
import { decimalPointText, namesKroner, parseNorwegianNumber } from '../model/norwegianNumber';
import { isUncalculated, type CellValue } from '../model/snapshot';
import { parseUnit, type Unit } from '../model/money';
import { isDashOnly } from '../model/dashOnly';
import { cellText } from '../read/sheetCells';

export type LegacyAmount =
  | { readonly kind: 'empty' }
  /**
   * `unit`: the cell's own, typed after the number ("0,5 mill") or a kroner word around it ("2 000 kroner", 'kr'),
   * which amounts.ts weighs against the column's; else the column's.
   */
  | { readonly kind: 'number'; readonly value: number; readonly fromText: boolean; readonly unit?: Unit }
  | { readonly kind: 'placeholder' }
  /** A cost status written into an amount cell. */
  | { readonly kind: 'status'; readonly status: 'Må utredes' | 'Ukjent' | 'Ingen kostnad' | 'Innenfor ramme' }
  /**
   * `valueType`: a logical or an error value (read/sheetCells.ts cellValueType), `text` its name as the file stores it
   * (TRUE, #N/A), which the log and Kommentar name as her Excel shows it (SANN, #I/T); absent for text she typed.
   */
  | { readonly kind: 'text'; readonly text: string; readonly valueType?: 'logical' | 'error' }
  /** A formula the file holds without its result (a file not saved by Excel): no value to read. */
  | { readonly kind: 'uncalculated' };

const STATUS_WORDS: readonly {
  readonly words: RegExp;
  readonly status: 'Må utredes' | 'Ukjent' | 'Ingen kostnad' | 'Innenfor ramme';
}[] = [
  { words: /\b(?:må|skal|bør) utre(?:de|i)s\b|\butredes\b|\butgreiast\b/, status: 'Må utredes' },
  { words: /\bukjent\b|\bikke kjent\b|\buavklart\b/, status: 'Ukjent' },
  { words: /\bingen kostnad\b|\bingen kostnader\b/, status: 'Ingen kostnad' },
  { words: /\binnenfor (?:ramme|rammen|rammene)\b/, status: 'Innenfor ramme' },
];

/**
 * Number text of a legacy table as SPEC §7 reads it and, unlike §7's check, also with a single dot as the decimal
 * point ("2.5" → 2.5; "2.500" stays 2 500, a thousands group). SPEC §11 has the importer decide what an old table
 * means, with a log of every decision: the log names the text as typed (number-from-text, number-with-unit), and a
 * dot read as thousands in a unit above 1000 kr is flagged (dot-ambiguous). The check never reads "2.5"
 * (amount-invalid); the imported workbook holds the number, not the text.
 */
export function parseNumberTextWithDecimalPoint(text: string): number | null {
  const n = parseNorwegianNumber(text);
  if (n !== null) return n;
  const comma = decimalPointText(text);
  return comma === null ? null : parseNorwegianNumber(comma);
}

/**
 * A number followed by its own unit, in parseUnit's words: "0,5 mill", "1,2 mill. kr", "2 MNOK", "250 tusen", "250 tkr",
 * "1,5 mkr". A kroner word ("2 000 kroner", "NOK 500", "2 000 kr,-") is read by SPEC §7's reader
 * (model/norwegianNumber.ts), the check's own vocabulary, and gives the unit kr.
 */
const WITH_UNIT = /^(.*\d)\s*(\p{L}[\p{L}\s.]*)$/u;

function numberWithUnit(text: string): LegacyAmount | null {
  const m = WITH_UNIT.exec(text);
  const unit = m ? parseUnit(m[2] ?? '') : null;
  const value = unit && unit !== 'kr' ? parseNumberTextWithDecimalPoint(m?.[1] ?? '') : null;
  return unit && value !== null ? { kind: 'number', value, fromText: true, unit } : null;
}

/**
 * «600'»: a number with one apostrophe after it, the budget officer's shorthand for thousands (600' = 600 tusen kr),
 * read as that number in 1000 kr as «600 tusen» is. An apostrophe inside the number («1'200'000», Swiss grouping,
 * or «1'200»), two of them («600''») or a space before it is no such amount and stays unread text.
 */
const THOUSANDS_APOSTROPHE = /^([^'\u2019\u00b4]*\d)['\u2019\u00b4]$/u;

/** Whether `text` is an amount in thousands written with an apostrophe («600'»). */
export function isApostropheThousands(text: string): boolean {
  return THOUSANDS_APOSTROPHE.test(text.trim());
}

function apostropheThousands(text: string): LegacyAmount | null {
  const m = THOUSANDS_APOSTROPHE.exec(text);
  const value = m ? parseNumberTextWithDecimalPoint(m[1] ?? '') : null;
  return value === null ? null : { kind: 'number', value, fromText: true, unit: '1000 kr' };
}

/** Classifies one amount cell. */
export function classifyAmount(value: CellValue): LegacyAmount {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value, fromText: false } : { kind: 'text', text: String(value) };
  // Its name as the file stores it is read/sheetCells' cellText, the domain's one spelling of a logical value.
  if (typeof value === 'boolean') return { kind: 'text', text: cellText(value), valueType: 'logical' };
  if (isUncalculated(value)) return { kind: 'uncalculated' };
  if (typeof value === 'object') return { kind: 'text', text: value.error, valueType: 'error' };
  const text = value.trim();
  if (text === '') return { kind: 'empty' };
  if (isDashOnly(text)) return { kind: 'placeholder' };
  if (/^\?+$/.test(text)) return { kind: 'status', status: 'Ukjent' };
  const n = parseNumberTextWithDecimalPoint(text);
  if (n !== null)
    return namesKroner(text)
      ? { kind: 'number', value: n, fromText: true, unit: 'kr' }
      : { kind: 'number', value: n, fromText: true };
  const withUnit = numberWithUnit(text) ?? apostropheThousands(text);
  if (withUnit) return withUnit;
  const words = legacyWords(text);
  const hit = STATUS_WORDS.find((s) => s.words.test(words));
  return hit ? { kind: 'status', status: hit.status } : { kind: 'text', text };
}

/** A priority cell's number (1, "1", "1,0"), or null for text or an empty cell. */
export function priorityNumber(value: CellValue): number | null {
  const text = value === null || typeof value === 'object' ? '' : String(value).trim();
  const n = typeof value === 'number' ? value : Number(text.replace(',', '.'));
  return text !== '' && Number.isFinite(n) ? n : null;
}

/** A year written in a cell (2011 or "2011"), else null. */
export function cellYear(value: CellValue): number | null {
  const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}

/**
 * Splits the plan reference off a measure text: "14. Utvidelse miljøteam" → ref "14", measure
 * "Utvidelse miljøteam"; "7.1 Bolig" → "7.1". "4 Småhus" (no dot) keeps its number.
 */
export function splitRef(text: string): { ref: string; measure: string } {
  const m = /^\s*(\d+(?:\.\d+)*)\.\s+(\S[\s\S]*)$/.exec(text) ?? /^\s*(\d+(?:\.\d+)+)\s+(\S[\s\S]*)$/.exec(text);
  if (!m) return { ref: '', measure: text.trim() };
  return { ref: m[1] ?? '', measure: (m[2] ?? '').trim() };
}

/** A heading's number as typed before its words: "1. ", "2.1 ", "A) ", "IV. ". */
const ENUMERATOR = /^(?:\d+(?:\.\d+)*\.?|[IVX]+[.)]|\p{L}[.)])\s+/u;

/**
 * "SAMFUNN OG TJENESTER" → "Samfunn og tjenester" (Norwegian writes headings in sentence case); a heading's
 * number stays as typed and the words after it start upper case ("1. SAMFUNN" → "1. Samfunn").
 */
export function sentenceCase(text: string): string {
  const whole = text.trim().replace(/\s+/g, ' ');
  const number = ENUMERATOR.exec(whole)?.[0] ?? '';
  const lower = whole.slice(number.length).toLocaleLowerCase('nb');
  return number + lower.charAt(0).toLocaleUpperCase('nb') + lower.slice(1);
}

/** A section row's text is written in capitals (at least two letters, no lower-case letter). */
export function isCapitalised(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 2 && letters === letters.toLocaleUpperCase('nb') && letters !== letters.toLocaleLowerCase('nb')
  );
}

/** Words that head a group of measures in a plan: "Innsatsområde: Helse", "Mål 2: Alle skal bo godt". */
const HEADING_WORD =
  /^(?:(?:innsats|satsings|satsnings|fokus|hoved|tjeneste|program|tema)?område|(?:hoved|del)?mål|tema|kapittel|del|seksjon|sektor|strategi)(?:\s+[\p{L}\d.]{1,4})?\s*:\s*\S/iu;

/** A remark's word at the start of a text, then a colon, «!», a full stop or nothing: «Merk:», «NB!», «Kilde: …». */
const REMARK = /^(?:merk|merknad|nb|n\.b|obs|kilde|kilder|fotnote|anm|anmerkning|note|notat|kommentar)\s*(?:[:!.]|$)/iu;

/**
 * A remark typed on a row of its own («Merk:», «Merk: tallene er foreløpige», «NB! Se vedtak», «Kilde: Verdal
 * kommune»): a note, never a section or a measure, whatever its case or column (rows.ts reads it as a row of notes).
 */
export function isRemark(text: string): boolean {
  return REMARK.test(text.trim());
}

/**
 * A heading written as a label with a colon, not in capitals: a text ending on a colon of at most five words
 * ("Oppvekst:", "Tiltak for barn og unge:"), or a heading word and a colon ("Innsatsområde: Helse"). A note
 * ("Merk: …", "Kilde: …") is none.
 */
export function isLabelHeading(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (isRemark(t)) return false;
  if (/^[^:]+:$/.test(t)) return /^\p{Lu}/u.test(t) && t.split(' ').length <= 5;
  return HEADING_WORD.test(t) && !t.endsWith('.');
}

/**
 * A section's name: a heading in capitals in sentence case; any other as typed, its first letter upper case
 * ("Innsatsområde: Bolig" keeps its words, never "Innsatsområde: bolig").
 */
export function sectionName(text: string): string {
  if (isCapitalised(text)) return sentenceCase(text);
  const whole = text.trim().replace(/\s+/g, ' ');
  const number = ENUMERATOR.exec(whole)?.[0] ?? '';
  const words = whole.slice(number.length);
  return number + words.charAt(0).toLocaleUpperCase('nb') + words.slice(1);
}

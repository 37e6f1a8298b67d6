/**
 * The import log's words (importLog.nb/nn/en.ts): turns the importer's decisions (a code and params) into
 * the lines `tiltaksplan import` prints and the rows of the Importlogg sheet, in the user's language.
 * Amounts and numbers read from cells take the language's number format; years and row numbers stay plain.
 */
import { type CommentNote, type ImportDecision, type ImportLogText, type Lang } from '../domain';
import { showCellDates } from './cellDate';
import { shownExcelValue } from './excelValues';
import { IMPORT_LOG_EN } from './importLog.en';
import { IMPORT_LOG_NB, type ImportLogKey } from './importLog.nb';
import { IMPORT_LOG_NN } from './importLog.nn';
import { fillPlaceholders, makeTranslator, type Catalog } from './translate';
import { numberText } from './numberText';

export type { ImportLogKey };

export const IMPORT_LOG_CATALOG: Catalog<ImportLogKey> = { nb: IMPORT_LOG_NB, nn: IMPORT_LOG_NN, en: IMPORT_LOG_EN };

const translate = makeTranslator(IMPORT_LOG_CATALOG);

/** Params shown as numbers in the language's format: amounts and numbers read from cells. */
const NUMBER_PARAMS: ReadonlySet<string> = new Set(['amount', 'number']);

/** A number as a cell holds it (no grouping, not an amount in the unit): the language's decimal mark only. */
const typedNumber = (value: number, lang: Lang): string =>
  lang === 'en' ? String(value) : String(value).replace('.', ',');

/**
 * A param of a decision or a Kommentar note; `text` of one marked `valueType` (a logical or an error value: TRUE,
 * #N/A) as her Excel shows it (SANN, #I/T), as the check's messages name it (excelValues.ts).
 */
function formatParam(key: string, value: unknown, lang: Lang, valueType?: unknown): string {
  if (key === 'text' && typeof value === 'string' && valueType !== undefined) return shownExcelValue(value, lang);
  // A date cell of the old plan (a Ref "7.1" that Excel made a date) reaches here as the readers' ISO text.
  if (Array.isArray(value)) return showCellDates(value.join(', '));
  if (typeof value === 'number' && NUMBER_PARAMS.has(key)) return numberText(value, lang);
  if (typeof value === 'number' && key === 'typed') return typedNumber(value, lang);
  return typeof value === 'string' ? showCellDates(value) : String(value);
}

/**
 * A value that ends in a full stop (the heading "Ref.") ends the sentence where the template puts a full stop right
 * after it: the template's is dropped, so the log says "→ Ref." and not "→ Ref..".
 */
const oneFullStop = (template: string, params: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}\./g, (whole, name: string) => (params[name]?.endsWith('.') ? `{${name}}` : whole));

/** The message of one import decision in `lang`. */
export function renderImportDecision(d: ImportDecision, lang: Lang): string {
  const params: Record<string, string> = {};
  const valueType = 'valueType' in d.params ? d.params.valueType : undefined;
  for (const [key, value] of Object.entries(d.params)) params[key] = formatParam(key, value, lang, valueType);
  if (d.code === 'period') params.source = translate(`period.${d.params.source}`, lang);
  if (d.code === 'column-unit' || d.code === 'column-unit-converted')
    params.source = translate(`unit.${d.params.source}`, lang);
  if (d.code === 'id-not-kept') params.reason = translate(`id-not-kept.${d.params.reason}`, lang, params);
  // A logical or an error value in an amount cell is a value, not a text she typed (TRUE: «Verdien «SANN»»).
  const key: ImportLogKey = d.code === 'text-not-amount' && valueType !== undefined ? 'text-not-amount.value' : d.code;
  return fillPlaceholders(oneFullStop(IMPORT_LOG_CATALOG[lang][key], params), params, lang);
}

/** The words of the Importlogg sheet in `lang`, for planImportLog. */
export function importLogText(lang: Lang): ImportLogText {
  const header = (key: ImportLogKey): string => translate(key, lang);
  return {
    headers: [header('header.number'), header('header.sheet'), header('header.cell'), header('header.decision')],
    message: (d) => renderImportDecision(d, lang),
  };
}

/** The words of what the importer adds to a measure's Kommentar, in `lang` (ImportOptions.commentNote). */
export function importCommentNote(lang: Lang): (note: CommentNote) => string {
  return (note) => {
    const params: Record<string, string> = {};
    const valueType = 'valueType' in note ? note.valueType : undefined;
    for (const [key, value] of Object.entries(note))
      if (key !== 'code') params[key] = formatParam(key, value, lang, valueType);
    return translate(`comment.${note.code}`, lang, params);
  };
}

/**
 * The change report's words (compare.nb/nn/en.ts). The names of the compared fields are in fieldLabel.ts.
 */
import {
  formatAmount,
  hasMeasureTable,
  rollMissingSettings,
  settingLabel,
  notFoundAgainst,
  type Finding,
  type Kr,
  type Lang,
  type OrderDoubt,
  type Plan,
  type SettingChange,
  type Unit,
  type UnitNotConverted,
} from '../domain';
import { COMPARE_EN } from './compare.en';
import { COMPARE_NB, type CompareKey } from './compare.nb';
import { COMPARE_NN } from './compare.nn';
import { renderFinding, type FindingVariants } from './findings';
import { GLOSSARY } from './glossary';
import { makeTranslator, type Catalog, type MessageParams } from './translate';
import { numberText } from './numberText';

export type { CompareKey };

const CATALOGUES: Catalog<CompareKey> = { nb: COMPARE_NB, nn: COMPARE_NN, en: COMPARE_EN };
const translate = makeTranslator(CATALOGUES);

/** A string of the change report or the pane's Endringer view in `lang`. */
export function ct(lang: Lang, key: CompareKey, params?: MessageParams): string {
  return translate(key, lang, params);
}

/**
 * The sentence that a setting changed between the versions ("Økonomiplanversjon er endret fra «…» til «…».");
 * Toleranse in `unit` (the newer version's, as every amount of the report), an empty text as "(tom)".
 */
export function settingChangeText(lang: Lang, change: SettingChange, unit: Unit): string {
  const setting = settingLabel(change.field);
  if (change.field === 'tolerance') {
    const [old, now] = [formatAmount(change.old as Kr, unit), formatAmount(change.new as Kr, unit)];
    return ct(lang, 'settingAmountChanged', { setting, old, new: now, unit });
  }
  const shown = (v: string | number): string =>
    v === '' ? GLOSSARY[lang].empty : ct(lang, 'quoted', { text: String(v) });
  return ct(lang, 'settingChanged', { setting, old: shown(change.old), new: shown(change.new) });
}

/**
 * The warning that Beløpsenhet changed without converting the amounts (the change set's unitNotConverted): the
 * units, how many of the changed amounts moved by the units' ratio, and the two ways to set it right.
 */
export function unitNotConvertedText(lang: Lang, note: UnitNotConverted): string {
  const larger = note.scale >= 1;
  const factor = Math.round(larger ? note.scale : 1 / note.scale);
  const count = (n: number) => numberText(n, lang);
  return ct(lang, larger ? 'unitNotConvertedLarger' : 'unitNotConvertedSmaller', {
    old: note.old,
    new: note.new,
    changed: count(note.changed),
    scaled: count(note.scaled),
    factor: count(factor),
  });
}

/** At most this many cells are named in the warning of them. */
const CELLS_NAMED = 5;

/** A file name as one word of a command to type: in straight quotes when it has a space. */
const shellWord = (name: string): string => (/\s/.test(name) ? `"${name}"` : name);

/**
 * The warning that `invalid` cells of `file` count as 0 in the totals, while the list of changes shows a text such
 * as "?" as typed (docs/spec.md §14). `key`: the command line's wording, the pane's, or that of a saved version,
 * whose cells no check looks at. Null when there are none.
 */
export function invalidAmountsWarning(
  lang: Lang,
  key: 'cliInvalidAmounts' | 'paneInvalidAmounts' | 'versionInvalidAmounts',
  file: string,
  invalid: readonly string[],
): string | null {
  if (invalid.length === 0) return null;
  const cells = invalid.slice(0, CELLS_NAMED).join(', ') + (invalid.length > CELLS_NAMED ? ', …' : '');
  return ct(lang, key, { file, fileArg: shellWord(file), count: invalid.length, cells });
}

/**
 * The warning that rows of `file` typed under a table lie outside it and are not compared (row-below-table findings,
 * SPEC §8; review r42: a measure added there left «Ingen endringer» unexplained). Null when there are none.
 */
export function rowsBelowWarning(
  lang: Lang,
  key: 'cliRowsBelow' | 'paneRowsBelow',
  file: string,
  findings: readonly Finding[],
): string | null {
  const rows = findings.filter((f) => f.code === 'row-below-table').map((f) => `${f.sheet}!${f.cell}`);
  if (rows.length === 0) return null;
  const cells = rows.slice(0, CELLS_NAMED).join(', ') + (rows.length > CELLS_NAMED ? ', …' : '');
  return ct(lang, key, { file, fileArg: shellWord(file), count: rows.length, cells });
}

/**
 * The warning that a compared plan's period may not be its workbook's (`doubts`: the domain's periodDoubts of its
 * findings), naming the first reason, the cells and the period compared (`key`: the command line's wording or the
 * pane's; `variants`: the command line's wording of the finding), or null when there is no doubt.
 */
export function periodUnsureWarning(
  lang: Lang,
  key: 'cliPeriodUnsure' | 'panePeriodUnsure',
  file: string,
  plan: Plan,
  doubts: readonly Finding[],
  variants?: FindingVariants,
): string | null {
  const [first] = doubts;
  if (!first) return null;
  const years = `${plan.years[0]}–${plan.years[plan.years.length - 1]}`;
  const message = renderFinding(first, lang, plan.settings.unit, variants);
  const cells = doubts.map((f) => `${f.sheet}!${f.cell}`).join(', ');
  return ct(lang, key, { file, fileArg: shellWord(file), message, cells, years });
}

/** An ISO date as the language writes it: 15.12.2027 in bokmål and nynorsk, 2027-12-15 in English. */
const dateText = (lang: Lang, iso: string): string =>
  lang === 'en' ? iso : iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');

/**
 * The warning that the versions seem given in the wrong order (domain: compare/order.ts), naming both (`old` the one
 * given as the older; `where`: the command line's wording or the pane's), or null when nothing says so.
 */
export function orderWarning(
  lang: Lang,
  where: 'cli' | 'pane',
  doubt: OrderDoubt | null,
  old: string,
  newer: string,
): string | null {
  if (doubt === null) return null;
  // The command to type names a file with spaces in the shell's quotes (review r45), the sentence as she gave it.
  const names = { old, new: newer, oldArg: shellWord(old), newArg: shellWord(newer) };
  if (doubt.kind === 'period') {
    const years = { oldYear: String(doubt.old), newYear: String(doubt.new) };
    return ct(lang, where === 'cli' ? 'cliOrderPeriod' : 'paneOrderPeriod', { ...names, ...years });
  }
  const [oldDate, newDate] = [dateText(lang, doubt.old), dateText(lang, doubt.new)];
  return ct(lang, where === 'cli' ? 'cliOrderDate' : 'paneOrderDate', { ...names, oldDate, newDate });
}

/**
 * Why a side is not compared in the pane (SPEC §14, as roll and Lagre versjon refuse it, §11): its settings were not
 * read, so its period and unit would be the defaults. Null when they were read.
 */
export function settingsMissingText(lang: Lang, file: string, findings: readonly Finding[]): string | null {
  const missing = rollMissingSettings(findings);
  if (missing.length === 0) return null;
  return ct(lang, 'paneNoSettings', { file, cells: missing.map((f) => `${f.sheet}!${f.cell}`).join(', ') });
}

/**
 * Why a side is not compared in the pane (docs/spec.md §14): a table or a compared column the other version (named
 * `other`) holds was not found in it, so its measures would all read as removed or added, or a column's values as
 * emptied (domain: compare/notFound.ts). Null when none.
 */
export function tableNotFoundText(
  lang: Lang,
  side: { readonly name: string; readonly plan: Plan; readonly findings: readonly Finding[] },
  other: { readonly name: string; readonly plan: Plan },
): string | null {
  const { name: file, plan, findings } = side;
  const missing = notFoundAgainst(findings, plan, other.plan);
  if (missing.length === 0) return null;
  const cells = missing.map((f) => `${f.sheet}!${f.cell}`).join(', ');
  return ct(lang, 'paneTableNotFound', { file, other: other.name, cells });
}

/**
 * Why a file chosen to compare with is no plan (no measure table): finance's economy plan said as such, any other
 * workbook as one without a measures table; null for a plan. compare refuses both (cli/commands/compare.ts).
 */
export function notAPlanText(lang: Lang, file: string, plan: Plan): string | null {
  if (hasMeasureTable(plan)) return null;
  return ct(lang, plan.layouts.economyPlan === null ? 'paneNoPlan' : 'paneEconomyPlan', { file });
}

/** The catalogue of one language, for completeness tests. */
export function compareCatalogue(lang: Lang): Readonly<Record<CompareKey, string>> {
  return CATALOGUES[lang];
}

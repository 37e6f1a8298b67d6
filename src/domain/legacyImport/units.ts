/**
 * Units stated in a legacy table's header ("Kostnad – Mill kr.", "Finansiering (1000 kr)") and the
 * rule of SPEC §11 that gives every amount column one: its own unit, else its group's, else the one
 * stated elsewhere in the same header, else the user's --unit.
 */
import { parseUnit, type Unit } from '../model/money';

// A unit's words are parseUnit's (SPEC §3: "mill. kr", "tkr", "MNOK", "millionar kr" …), one truth with Beløpsenhet
// and --unit: findUnit looks for them among a header's words. What a header adds is where a unit may stand in it:
// a bare thousand in parentheses or after «i» ("(1000)", "i hele 1 000"), and a bare kroner word only as "(kr)",
// "i kr", "kroner" or a whole cell (or after its year: "2027 kr"), never as in "under kr. 100.000". Only the headers
// of amount columns are searched, so "mill" or "tusen" alone there ("(mill.)", "i tusen") is a unit.
const BARE_THOUSAND = /\(1[\s.]?000\)|\bi\s+(?:hele\s+)?1[\s.]?000\b/;
// A million as a number («1 000 000», «1.000.000», «1000000»), marked by a private-use character, and where it
// states mill kr: in parentheses, alone or with kr ("(1 000 000)", "(kr 1.000.000)"), as a whole cell, or after «i»
// ("i hele 1 000 000", "i 1 000 000 kr", "i kr 1.000.000"). Elsewhere ("over kr 1 000 000") it is a sum, not a
// unit, and is taken out before the other words are read, so that its «kr 1 000» or «i 1 000» is no 1000 kr.
const MILLION = /(?<![\d.,])1(?:[ .]?000){2}(?![.,]?\d)(?! \d{3}\b)/g;
const MILLION_MARK = '\ue000';
const STATED_MILLION = /(?:^|\() ?(?:kr\.? ?)?\ue000(?: ?kr\.?)? ?(?:\)|$)|\bi (?:hele )?(?:kr\.? )?\ue000/;
// «NOK» is kr in the same places as a bare «kr» («(NOK)», «i NOK», alone or after its year: «2027 NOK»), never in a
// sentence, where «nok» is a Norwegian word («Har vi nok midler», «i nok en runde»).
const BARE_KRONER = new RegExp(
  [
    String.raw`\(\s*(?:kr\.?|nok)\s*\)`,
    String.raw`\bi\s+kr\b`,
    String.raw`\bi\s+nok\s*(?:$|[,.;:)\u2013-])`,
    String.raw`\bkroner\b`,
    String.raw`^\s*(?:(?:kostnad(?:er)?\s+)?(?:19|20)\d{2}\s+)?(?:kr\.?|nok)\s*$`,
  ].join('|'),
);
/** parseUnit's longest spelling in words: "i 1 000 kr", "millioner kr". */
const MAX_WORDS = 4;
// A threshold phrase says which measures a table holds, not what its figures count in: «Tiltak over 1 000 000 kroner»,
// «under 1 mill. kr», «inntil kr 500 000», «mellom 100 000 og 1 000 000 kroner», «over 2 MNOK». It is taken out before
// the rest is read, so that its kroner (or mill kr) is no unit; a unit comes from a unit statement ("i 1000 kr", "(mill
// kr)"). Its money words, before or after the amount, are whatever parseUnit reads as a unit («kr», «1 million
// kroner», «500 tkr»: thresholdWords), and milliards, which no unit counts in. A year is no amount (isPeriod).
const AMOUNT = String.raw`\d+(?:[ .]\d{3})*(?:,\d+)?`;
const WORDS = String.raw`\p{L}[\p{L}.]*(?: \p{L}[\p{L}.]*){0,${MAX_WORDS - 1}}`;
const LIMIT = `(?:${[
  ...['over', 'under', 'inntil', 'opp til', 'fra', 'frå', 'mellom', 'minst', 'høyst', String.raw`maks(?:imalt)?\.?`],
  ...['mer enn', 'meir enn', 'mindre enn', 'større enn', 'høyere enn', 'lavere enn'],
].join('|')})`;
/** An amount with the words before it, or a range of two ("100 000 og 1 000 000", "kr 1–2"), and the words after. */
const ONE_SUM = `(?:(${WORDS}) )?(${AMOUNT})`;
const THRESHOLD = new RegExp(
  String.raw`(?<![\p{L}\d])(${LIMIT}) ${ONE_SUM}(?: ?(?:-|–|og|til) ?${ONE_SUM})?(?: ?(${WORDS}))?`,
  'dgu',
);
/** The limits that bound a time too: «fra 2027», «inntil 2030», «mellom 2027 og 2030». */
const TIME_LIMIT = /^(?:fra|frå|inntil|opp til|mellom)$/;
const YEAR = /^(?:19|20)\d{2}$/;
const MILLIARD = /^(?:mrd\.?|milliard(?:er)?)$/;

/**
 * How many of a threshold's words after its amount spell its money: a run parseUnit reads as a unit ("mill. kr",
 * "tkr", "million kroner"), after a milliard or not; 0 when none. A run from «i» is a unit statement ("over 1 000 i
 * 1000 kr"), never the threshold's.
 */
function thresholdWords(words: readonly string[]): number {
  const first = MILLIARD.test(words[0] ?? '') ? 1 : 0;
  if (words[first] === 'i') return first;
  for (let n = words.length; n > first; n--) if (parseUnit(words.slice(first, n).join(' '))) return n;
  return first;
}

/**
 * Whether the number(s) after a limit are a period, not an amount: a span of years ("fra 2011-2014", "mellom 2027 og
 * 2030"), or a year after a limit that bounds a time ("fra 2027 mill. kr"), unless kroner follow it: «fra 2000
 * kroner» is an amount. A kroner word before the number makes it an amount ("fra kr 2011").
 */
function isPeriod(limit: string, from: string, to: string | undefined, unit: string): boolean {
  if (to !== undefined) return YEAR.test(from) && YEAR.test(to) && Number(to) > Number(from);
  return TIME_LIMIT.test(limit) && YEAR.test(from) && parseUnit(unit) !== 'kr';
}

/** Where the threshold phrase found at `m` ends, or null when it is none: a period, or words that are no money. */
function thresholdEnd(m: RegExpExecArray, text: string): number | null {
  const [, limit = '', before, from = '', beforeTo, to, after = ''] = m;
  const prefixes = [before, beforeTo].filter((w) => w !== undefined);
  if (!prefixes.every((w) => parseUnit(w) !== null)) return null;
  const words = after.split(' ');
  const money = words.slice(0, thresholdWords(words)).join(' ');
  if (prefixes.length === 0 && isPeriod(limit, from, to, money)) return null;
  const indices = m.indices ?? [];
  const amountEnd = indices[to === undefined ? 3 : 5]?.[1] ?? 0;
  const end = money === '' ? amountEnd : (indices[6]?.[0] ?? 0) + money.length;
  return /[\p{L}\d]/u.test(text.charAt(end)) ? null : end;
}

/**
 * `text` (lower case, single spaces) with each threshold phrase replaced by «;». A limit that starts none («fra og
 * med 2027», «fra 2011-2014») is passed over by one character, so a threshold inside its words is still found.
 */
function withoutThresholds(text: string): string {
  let out = '';
  let kept = 0;
  THRESHOLD.lastIndex = 0;
  for (let m = THRESHOLD.exec(text); m; m = THRESHOLD.exec(text)) {
    const end = thresholdEnd(m, text);
    if (end === null) {
      THRESHOLD.lastIndex = m.index + 1;
      continue;
    }
    out += `${text.slice(kept, m.index)};`;
    kept = end;
    THRESHOLD.lastIndex = end;
  }
  return out + text.slice(kept);
}

/**
 * The units other than kr spelled by a run of a text's words, as parseUnit reads them. Words stand between
 * punctuation other than a dot ("(tkr)", "Kostnad – mill. kr"); "1000-kr" is "1000 kr".
 */
function spelledUnits(text: string): Set<Unit> {
  const units = new Set<Unit>();
  const phrases = text.replace(/(\d)-(?=\p{L})/gu, '$1 ').split(/[^\p{L}\d.\s]+/u);
  for (const phrase of phrases) {
    const words = phrase.split(/\s+/).filter((w) => w !== '');
    for (let i = 0; i < words.length; i++)
      for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
        const unit = parseUnit(words.slice(i, i + n).join(' '));
        if (unit && unit !== 'kr') units.add(unit);
      }
  }
  return units;
}

/**
 * The unit a header text states, or null when it states none; mill kr first, a bare kroner word last. A million
 * written as a number states mill kr where a bare thousand states 1000 kr ("i hele 1 000 000"), and else none. A
 * threshold phrase ("over 1 000 000 kroner", "under 1 mill. kr") states none.
 */
export function findUnit(text: string): Unit | null {
  const spaced = text.toLowerCase().replace(/\s+/g, ' ');
  const withMillion = withoutThresholds(spaced).replace(MILLION, MILLION_MARK);
  if (STATED_MILLION.test(withMillion)) return 'mill kr';
  const lower = withMillion.replaceAll(MILLION_MARK, ' ');
  const spelled = spelledUnits(lower);
  if (spelled.has('mill kr')) return 'mill kr';
  if (spelled.has('1000 kr') || BARE_THOUSAND.test(lower)) return '1000 kr';
  return BARE_KRONER.test(lower) ? 'kr' : null;
}

/** What may stand around a unit written after a year or «Kostnad»: "(mill kr)", ", 1000 kr", " – i tkr". */
const AROUND_UNIT = /^[\s,(\u2013-]*(?:i\s+)?([\s\S]*?)[\s).]*$/i;

/**
 * Whether a text after a year or «Kostnad» is a unit and nothing else ("2027 (mill kr)", "Kostnad i tkr"): a unit
 * parseUnit reads, or a bare thousand ("(1000)") or a million as a number ("(kr 1 000 000)"), and one findUnit
 * finds there; "(kr. 100.000)" is none.
 */
export function isUnitAlone(text: string): boolean {
  const unit = AROUND_UNIT.exec(text)?.[1] ?? '';
  return (
    (/^1[\s.]?000$|^(?:kr\.?\s*)?1(?:[\s.]?000){2}(?:\s*kr)?$/.test(unit) || parseUnit(unit) !== null) &&
    findUnit(text) !== null
  );
}

/**
 * The unit a table's title states ("Tabell 6.1 Utviklingstiltak drift (mill kr)", "…, beløp i 1000 kr"), or
 * null. Narrower than a header: only the title's last parenthesis or what follows its last " i ", and only when
 * that part is short, so "Tiltak over 100 000 kroner" or "Tiltak i kommunen (2011-2014)" state none.
 */
export function findTitleUnit(title: string): Unit | null {
  const parts = [/\(([^()]*)\)\s*$/.exec(title)?.[1], /^.*\s(i\s+[^()]*)$/is.exec(title)?.[1]];
  for (const part of parts) {
    const unit = part !== undefined && part.trim().length <= 25 ? findUnit(part) : null;
    if (unit) return unit;
  }
  return null;
}

/** Where a column's unit came from, for the import log. */
export type UnitSource = 'column' | 'group' | 'table' | 'title' | 'option' | 'assumed';

export interface ColumnUnit {
  readonly unit: Unit;
  readonly source: UnitSource;
}

/**
 * Resolves one amount column's unit. `tableUnits` are the distinct units stated anywhere in the table's
 * header (first occurrence first); when they disagree the first stated wins. `option` (--unit) counts only when
 * the header states none (SPEC §11): it is also the new workbook's unit, and choosing that must not change what
 * the old table's figures mean. A header that states none takes the unit of the table's title (findTitleUnit),
 * as part of the table's heading, before `option`.
 */
export function resolveColumnUnit(
  own: Unit | null,
  group: Unit | null,
  tableUnits: readonly Unit[],
  option: Unit | undefined,
  target: Unit,
  title: Unit | null = null,
): ColumnUnit {
  if (own) return { unit: own, source: 'column' };
  if (group) return { unit: group, source: 'group' };
  const [first] = tableUnits;
  if (first) return { unit: first, source: 'table' };
  if (title) return { unit: title, source: 'title' };
  if (option) return { unit: option, source: 'option' };
  return { unit: target, source: 'assumed' };
}

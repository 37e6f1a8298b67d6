/**
 * Which canonical column a legacy header means (SPEC §11). Matching ignores case, punctuation, line
 * breaks and broken-word hyphens; a header matches an alias when it starts with the alias's words,
 * so "Oppfølgings- ansvarlig En funksjon/ en person" is Ansvarlig. The longest alias wins. "Tiltak" followed by
 * another column's heading is that column ("Tiltak type" is Type), never a second Tiltak, and so is one word of
 * "Tiltaks" and that heading ("Tiltaksansvarlig" is Ansvarlig, "Tiltaksbeskrivelse" Tiltak).
 */
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';
import { isUnitAlone } from './units';

/**
 * A column key as the importer sees it: a schema key, or one of the legacy-only columns:
 * `total` ("Samlet kostnad": Helårsvirkning in drift, Kostnadsramme in investering),
 * `costYear` (a single "År" column: the year the investment's cost falls in) and
 * `otherFinancing` (an investment "Annet" financing column, which has no canonical twin).
 */
export type LegacyKey = string;

export const TOTAL = 'total';
export const COST_YEAR = 'costYear';
export const OTHER_FINANCING = 'otherFinancing';
/**
 * A number heading that is the priority or the Ref. by where it stands ("Nr.", "Tiltak nr", "Tiltaksnr."):
 * header.ts settles which (numberColumns), so this key never reaches a table's columns.
 */
export const NUMBER = 'number';

/** Aliases that exist only in legacy tables; they take precedence over the schema's. */
const LEGACY_ALIASES: readonly { readonly key: LegacyKey; readonly aliases: readonly string[] }[] = [
  // "Prio" is the schema's alias; "Pri." and "Prior." are how old tables shorten it further.
  { key: 'priority', aliases: ['Prioritet', 'Prioritering', 'Pri', 'Prior'] },
  // Longer than "Tiltak", so "Tiltak nr" is a number heading, never the measure's text.
  {
    key: NUMBER,
    aliases: ['Nr', 'Nummer', 'Løpenr', 'Tiltak nr', 'Tiltaksnr', 'Tiltak nummer', 'Tiltaksnummer'],
  },
  // Longer than "Tiltak" too, so "Tiltak ID" is the ID column, never a second Tiltak; "Tiltak-ID" is "TiltakID"
  // once its hyphen joins the word (legacyWords), "Tiltaks-ID" is the schema's.
  { key: 'id', aliases: ['Tiltak ID', 'TiltakID', 'Tiltaks ID'] },
  { key: 'measure', aliases: ['Tiltak', 'Utviklingstiltak', 'Tiltak inkl. investeringer'] },
  { key: TOTAL, aliases: ['Samlet kostnad', 'Samla kostnad', 'Total kostnad', 'Kostnad totalt', 'Totalkostnad'] },
  { key: COST_YEAR, aliases: ['År', 'Årstall', 'Year'] },
  { key: OTHER_FINANCING, aliases: ['Annet', 'Anna', 'Other'] },
  { key: 'responsible', aliases: ['Oppfølgingsansvarlig', 'Ansvar'] },
  { key: 'areas', aliases: ['Berørte kommunedelplanområder', 'Berørte kommunedelplaner'] },
  // "Mva-komp." and "Etter 2030" (the year after the period named): how old investment tables shorten them.
  { key: 'finVat', aliases: ['Mva-komp', 'Mva komp', 'Momskomp', 'Mva'] },
  { key: 'after', aliases: ['Etter', 'Etter planperioden'] },
];

/**
 * Normalises header text for matching: lower case, broken-word hyphens joined ("kommune- delplan-
 * områder" → "kommunedelplanområder"), other punctuation and line breaks as single spaces.
 */
export function legacyWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L})[-\u00ad]\s*(?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface AliasEntry {
  readonly key: LegacyKey;
  readonly words: string;
}

function buildAliases(): readonly AliasEntry[] {
  const entries: AliasEntry[] = [];
  const seen = new Set<string>();
  const add = (key: LegacyKey, alias: string): void => {
    const words = legacyWords(alias);
    if (words === '' || seen.has(words)) return;
    seen.add(words);
    entries.push({ key, words });
  };
  for (const { key, aliases } of LEGACY_ALIASES) for (const a of aliases) add(key, a);
  for (const spec of [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS]) {
    if (spec.key === 'years') continue;
    for (const a of [spec.header, ...spec.aliases]) add(spec.key, a);
  }
  return entries.sort((a, b) => b.words.length - a.words.length);
}

const ALIASES = buildAliases();

/**
 * A year header, optionally with a footnote marker ("2011*", "2012 1)", "2013¹", "2014 (a)", "2011†") and then
 * the column's own unit ("2027 (mill kr)", "2027 i 1000 kr"; units.ts reads it). A range ("2011-2014") or a
 * year with other words ("2011 budsjett") is no year column.
 */
const YEAR_HEADER =
  /^\s*(\d{4})\s*(\*+|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\(?\d{1,2}\)|\(?[a-z]\)|[\u2020\u2021]+)?([\s\S]*)$/u;

/** «Kostnad» or «Kostnader» right before a year («Kostnad 2027»). */
const COST_BEFORE_YEAR = /^\s*kostnad(?:er)?\s+(?=\d{4})/iu;

/** A plan year stated as a header and the footnote marker it carries ("" when none), or null. */
export function legacyYear(text: string): { readonly year: number; readonly footnote: string } | null {
  // «Kostnad 2027»: the word for what a year column holds, before the year, is that year's column too.
  const m = YEAR_HEADER.exec(text.replace(COST_BEFORE_YEAR, ''));
  const year = m ? Number(m[1]) : NaN;
  const rest = m?.[3] ?? '';
  if (rest.trim() !== '' && !isUnitAlone(rest)) return null;
  return m && year >= 2000 && year <= 2100 ? { year, footnote: m[2] ?? '' } : null;
}

/** A plan year stated as a header ("2011", or "2011*" with its footnote marker), or null. */
export function headerYear(text: string): number | null {
  return legacyYear(text)?.year ?? null;
}

/** The key whose alias `h` (normalised) is or starts with, the longest alias first, or null. */
function aliasKey(h: string): LegacyKey | null {
  if (h === '') return null;
  for (const { key, words } of ALIASES) if (h === words || h.startsWith(`${words} `)) return key;
  return null;
}

/** «Tiltak», «Tiltakets» or «Tiltaks» and a space, a word following it (not "Tiltak/prosjekt", "Tiltak (…)"). */
const TILTAK_PREFIX = /^\s*tiltak(?:ets|s)?\s+(?=\p{L})/iu;
/** «Tiltaks» (or «Tiltak») glued to a word of three letters or more: «Tiltaksansvarlig», «Tiltaks-ansvarlig». */
const TILTAK_COMPOUND = /^\s*tiltaks?(?:[-\u00ad]\s*)?(?=\p{L}{3})/iu;
/**
 * After «Tiltak» these are words of the measure's heading ("Tiltak etter prioritet", "Tiltak, annet"), and as
 * Etter perioden, Annet or År they would make a drift table an investment table: such a heading stays Tiltak.
 */
const NOT_AFTER_TILTAK: ReadonlySet<LegacyKey> = new Set(['measure', 'after', OTHER_FINANCING, COST_YEAR]);
/** After «Tiltak», the measure's cost: its Samlet kostnad ("Tiltakets kostnad", "Tiltakskostnad"). */
const TILTAK_COST = 'kostnad';
/** After «Tiltak», how far the measure has come: a column with no place, for Kommentar ("Tiltak status"). */
const TILTAK_PROGRESS = ['status', 'fremdrift', 'frist'];
/** After «Tiltak», the measure's own words: its text ("Tiltaksbeskrivelse", "Tiltaksnavn", "Tiltakets navn"). */
const TILTAK_TEXT = ['beskrivelse', 'navn', 'namn', 'tekst', 'skildring'];
/** After «Tiltak», who owns the measure: its Ansvarlig ("Tiltakseier", "Tiltakets eier"). */
const TILTAK_OWNER = ['eier', 'eigar', 'eiger'];

/**
 * What the words after «Tiltak» make a heading: another column's heading that column, the measure's cost its
 * Samlet kostnad, its text or owner Tiltak or Ansvarlig, its progress a column with no place (null);
 * `undefined` when they are other words of a heading about the measure.
 */
function keyAfterTiltak(rest: string): LegacyKey | null | undefined {
  const first = rest.split(' ')[0] ?? '';
  if (TILTAK_PROGRESS.includes(first)) return null;
  if (first === TILTAK_COST) return TOTAL;
  if (TILTAK_TEXT.includes(first)) return 'measure';
  if (TILTAK_OWNER.includes(first)) return 'responsible';
  const key = aliasKey(rest);
  return key === null || NOT_AFTER_TILTAK.has(key) ? undefined : key;
}

/**
 * A heading «Tiltak» (or «Tiltakets», «Tiltaks») followed by another column's heading is that column
 * ("Tiltak type" is Type, "Tiltakets kostnad" Samlet kostnad, "Tiltak ansvarlig" Ansvarlig), and one followed by
 * its progress ("Tiltak status") is a column with no place; `undefined` when the heading is about the measure.
 * Written as one word ("Tiltaksansvarlig", "Tiltaksbeskrivelse") it is read the same way, but a compound with any
 * other word ("Tiltaksområde") is a column with no place, never the measure's text.
 */
function afterTiltak(text: string): LegacyKey | null | undefined {
  const spaced = TILTAK_PREFIX.exec(text);
  const glued = spaced ? null : TILTAK_COMPOUND.exec(text);
  const prefix = spaced ?? glued;
  if (!prefix) return undefined;
  const key = keyAfterTiltak(legacyWords(text.slice(prefix[0].length)));
  return glued && key === undefined ? null : key;
}

/** «Kostnad» (or «Kostnader») and what follows it. */
const COST_HEADING = /^\s*kostnad(?:er)?(?![\p{L}\d])([\s\S]*)$/iu;

/**
 * «Kostnad» alone, or with nothing but its unit after it ("Kostnad (mill kr)", "Kostnad i 1000 kr"): the measure's
 * cost, its Samlet kostnad, as «Tiltakets kostnad» is. Another word after it ("Kostnad drift", "Kostnad 2027 budsjett")
 * makes it no such heading (and a group "Kostnad" over a sub-heading "Sum" is no Samlet kostnad either).
 */
export function isCostHeading(text: string): boolean {
  const rest = COST_HEADING.exec(text)?.[1];
  if (rest === undefined) return false;
  return rest.trim() === '' || isUnitAlone(rest);
}

/** The key a legacy header text maps to, or null for an unknown column. */
export function matchLegacyHeader(text: string): LegacyKey | null {
  if (isCostHeading(text)) return TOTAL;
  const key = aliasKey(legacyWords(text));
  if (key !== null && key !== 'measure') return key;
  const other = afterTiltak(text);
  return other === undefined ? key : other;
}

/** Whether `text` is one of `key`'s headings exactly ("Kommentar"), not only starting with one ("Merknad økonomi"). */
export function isExactHeader(text: string, key: LegacyKey): boolean {
  const h = legacyWords(text);
  return ALIASES.some((a) => a.key === key && a.words === h);
}

/** Keys whose cells are amounts (converted between units). Year columns are amounts too. */
export const AMOUNT_KEYS: ReadonlySet<LegacyKey> = new Set([
  TOTAL,
  OTHER_FINANCING,
  ...[...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS]
    .filter((c) => c.type === 'amount' && c.key !== 'years')
    .map((c) => c.key),
]);

/** Keys that only an investment table has: one of them makes a legacy table an investment table. */
export const INVESTMENT_ONLY_KEYS: ReadonlySet<LegacyKey> = new Set([
  COST_YEAR,
  OTHER_FINANCING,
  ...INVESTMENT_COLUMNS.filter((c) => !OPERATING_COLUMNS.some((o) => o.key === c.key)).map((c) => c.key),
]);

/**
 * Whether a formula of the user's may read what a write changed in the product's own blocks (Sammendrag, Avstemming;
 * the tables a roll writes anew): Excel keeps a formula's cached result until it recalculates, so a file whose
 * figures changed under her formula shows the old result (Protected View, previews) unless it asks Excel to
 * recalculate on open. Her sheets are not parsed: each part's XML is searched for the names that reach those blocks
 * (a sheet's `Name!`, `'Name'!`, `Name:` of a 3D reference; a table's name; a workbook name over them) inside a
 * formula element, and for the 3D references (`Ark1:Ark3!B2`, `'Ark 1:Ark 3'!B2`) whose span of tabs holds a
 * rewritten sheet between its ends (the tab order is the workbook's); a span to a sheet the book lacks counts too (`<f>`, a chart's `<c:f>`). A name found in a formula that does not read the figures only costs a
 * recalculation; a reference missed would leave a stale figure, so the search errs on the side of finding. Names are
 * compared without case, as Excel compares them (`sammendrag!B2`, `'ØKONOMIPLAN'!B2`, written so by another program,
 * read the sheets): the XML and the names are folded alike (foldCase), positions kept.
 */
import type { Structure } from '../book';
import type { OpcPackage } from '../package';
import { encodeText } from '../xml/escape';
import { mayHold } from './bytesHold';

/** What a write changed in the product's own blocks: the sheets, and the tables on them. */
export interface Rewritten {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
}

/** A character a sheet, table or workbook name may hold (what must not stand before or after a whole name). */
const NAME_CHAR = /[\p{L}\p{N}_.\\?]/u;

/** After a sheet's name in a reference: `!`, a quoted name's `'!` (its quote perhaps escaped), a 3D range's `:`. */
const SHEET_END = /^(?:!|'!|&apos;!|:)/;

/** The opening of a formula element, prefixed or not (`<f>`, `<f t="shared" …>`, `<c:f>`). */
const FORMULA_OPEN = /^<(?:[\w.-]+:)?f[\s>]/;

interface Needle {
  /** The name as a formula spells it (a workbook name's formula, unescaped), folded (foldCase). */
  readonly text: string;
  /** The name as a part's XML spells it, folded. */
  readonly xml: string;
  /**
   * Bytes a part holds when it may use the name, for mayHold: `!` for a sheet (every reference to a sheet ends with
   * it, in any case the name is spelled); for a table or workbook name the name as the XML spells it, in lower and in
   * upper case (a name in mixed case of its own, tblavSTEMMING, is missed unless the part names a sheet too).
   */
  readonly hints: readonly string[];
  /** Whether the text after the name says that it is used as this needle means it. */
  readonly after: (rest: string) => boolean;
}

const wholeName = (rest: string): boolean => rest === '' || !NAME_CHAR.test(rest[0] ?? '');

/** One character lower-cased where that keeps its length (nearly all do: İ, which would grow, stays). */
const foldChar = (ch: string): string => {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
};

/**
 * `text` lower-cased, every position kept (a name found in it stands at the same place in `text`): what Excel's
 * case-blind comparison of names (ASCII and æøå alike) needs.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[^\0-\x40\x5b-\x7f]/g, foldChar);
}

/** A sheet's reference ends with `!` in every spelling: the byte a part holds when it may name a sheet. */
const SHEET_HINT = '!';

/** The spellings of a sheet's name in a formula: as it is, and quoted (its quotes doubled, in XML perhaps `&apos;`). */
function sheetNeedles(sheet: string): Needle[] {
  const after = (rest: string): boolean => SHEET_END.test(rest);
  const name = foldCase(sheet);
  const quoted = name.replace(/'/g, "''");
  const hints = [SHEET_HINT];
  const needles = [{ text: name, xml: encodeText(name), after, hints }];
  if (quoted === name) return needles;
  const apos = encodeText(name).replace(/'/g, '&apos;&apos;');
  return [
    ...needles,
    { text: quoted, xml: encodeText(quoted), after, hints },
    { text: quoted, xml: apos, after, hints },
  ];
}

const nameNeedle = (name: string): Needle => ({
  text: foldCase(name),
  xml: foldCase(encodeText(name)),
  after: wholeName,
  hints: [encodeText(name), encodeText(foldCase(name)), encodeText(name.toUpperCase())],
});

/** Where `text` holds `name` as a whole name followed as `after` wants, from `from` on; -1 when nowhere. */
function findName(text: string, name: string, after: Needle['after'], from = 0): number {
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && NAME_CHAR.test(text[at - 1] ?? '')) continue;
    const end = at + name.length;
    if (after(text.slice(end, end + 8))) return at;
  }
  return -1;
}

/** Whether `xml` (folded) holds one of `needles` as a whole name inside a formula element. */
function readsIn(xml: string, needles: readonly Needle[]): boolean {
  for (const n of needles) {
    for (let at = findName(xml, n.xml, n.after); at >= 0; at = findName(xml, n.xml, n.after, at + 1)) {
      // Element text holds no `<`: the nearest one before is the element the name stands in.
      const open = xml.lastIndexOf('<', at);
      if (open >= 0 && FORMULA_OPEN.test(xml.slice(open, open + 64))) return true;
    }
  }
  return false;
}

/** Where a 3D reference's last sheet name ends: `!`, or a quoted span's `'!` (its quote perhaps escaped). */
const SPAN_END = /^(?:!|'!|&apos;!)/;

/** A book's sheets in tab order and which of them a write rewrote: what a 3D reference's span is read against. */
interface Tabs {
  readonly order: readonly string[];
  readonly rewritten: ReadonlySet<string>;
}

const spelled = (n: Needle, xml: boolean): string => (xml ? n.xml : n.text);

/** The tab index of the sheet whose name `text` (folded) holds at `from`, closing a 3D span; -1 when none does. */
function lastTab(text: string, from: number, tabs: Tabs, xml: boolean): number {
  return tabs.order.findIndex((name) =>
    sheetNeedles(name).some((n) => {
      const word = spelled(n, xml);
      return text.startsWith(word, from) && SPAN_END.test(text.slice(from + word.length, from + word.length + 8));
    }),
  );
}

/**
 * The positions in `text` (a part's XML when `xml`, else a formula; folded) of the 3D references `First:Last!` whose span
 * of tabs (either way round) holds a rewritten sheet: Sammendrag standing between Ark1 and Ark3 is read by
 * `SUM(Ark1:Ark3!B2)`. A first name followed by `:` and no sheet of the book is a plain range (`A1:B2`).
 */
function spansRead(text: string, tabs: Tabs, xml: boolean): number[] {
  const out: number[] = [];
  const colon = (rest: string): boolean => rest.startsWith(':');
  tabs.order.forEach((first, i) => {
    for (const n of sheetNeedles(first)) {
      const word = spelled(n, xml);
      for (let at = findName(text, word, colon); at >= 0; at = findName(text, word, colon, at + 1)) {
        const j = lastTab(text, at + word.length + 1, tabs, xml);
        if (j < 0) continue;
        if (tabs.order.slice(Math.min(i, j), Math.max(i, j) + 1).some((t) => tabs.rewritten.has(t))) out.push(at);
      }
    }
  });
  return out;
}

/** Whether one of `positions` in `xml` stands inside a formula element. */
function inFormula(xml: string, positions: readonly number[]): boolean {
  return positions.some((at) => {
    // Element text holds no `<`: the nearest one before is the element the name stands in.
    const open = xml.lastIndexOf('<', at);
    return open >= 0 && FORMULA_OPEN.test(xml.slice(open, open + 64));
  });
}

/**
 * The needles for `rewritten`: its sheets and tables, and every workbook name (not Excel's own `_xlnm.` print areas
 * and titles) whose formula reads one of them or another such name.
 */
function needlesOf(structure: Structure, rewritten: Rewritten, tabs: Tabs): Needle[] {
  const needles = [...rewritten.sheets.flatMap(sheetNeedles), ...rewritten.tables.map(nameNeedle)];
  const names = structure.names.filter((n) => !n.name.startsWith('_xlnm.'));
  const taken = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const n of names) {
      const ref = foldCase(n.ref);
      const reads = needles.some((k) => findName(ref, k.text, k.after) >= 0) || spansRead(ref, tabs, false).length > 0;
      if (taken.has(n.name) || !reads) continue;
      taken.add(n.name);
      needles.push(nameNeedle(n.name));
      grew = true;
    }
  }
  return needles;
}

/**
 * Whether a formula in a worksheet or chart part of `pkg`, other than the sheets of `rewritten` (the product's own
 * formulas there read its tables), may read what `rewritten` names.
 */
export function formulasRead(pkg: OpcPackage, structure: Structure, rewritten: Rewritten): boolean {
  const tabs: Tabs = { order: structure.sheets.map((s) => s.name), rewritten: new Set(rewritten.sheets) };
  const needles = needlesOf(structure, rewritten, tabs);
  const own = new Set(rewritten.sheets);
  const sheets = structure.sheets.filter((s) => s.isWorksheet && s.part !== '' && !own.has(s.name));
  const charts = pkg.names().filter((p) => /^xl\/charts\/chart[^/]*\.xml$/i.test(p));
  // A 3D span ends with `!` (SHEET_HINT), perhaps neither of its ends rewritten: a sheet's needles' hint.
  const words = [...new Set(needles.flatMap((n) => n.hints))];
  // Most parts hold none of the names: those are not decoded (bytesHold.ts).
  const read = (part: string): boolean => {
    if (!mayHold(pkg.bytes(part), words)) return false;
    const xml = foldCase(pkg.text(part));
    return readsIn(xml, needles) || (rewritten.sheets.length > 0 && inFormula(xml, spansRead(xml, tabs, true)));
  };
  return [...sheets.map((s) => s.part), ...charts].some((part) => pkg.has(part) && read(part));
}

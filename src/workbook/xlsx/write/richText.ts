/**
 * Rich text in the cells of a block a roll empties: a word of a Tiltak or Kommentar in bold or colour, stored as runs
 * (a rich shared string `<si><r>…</r></si>`, or runs in the cell's own `<is>`). The roll writes the same texts anew
 * (the rolled tables, the archive sheet) as plain strings; her formatting of her text is hers (SPEC §11), so each
 * text written again in the batch takes the runs it had: a shared one is referred to again (the shared-string part
 * stays as it is), an inline one is written with the same runs. A text that stood both plain and with runs, or with
 * two different runs, cannot be told apart: it is written plain, and so is named with a rich text the batch did not
 * write again (richText), as the looks are (lostLooks.ts).
 */
import { columnLetter } from '../../../domain';
import type { SheetEntry } from '../book';
import { decodeExcelEscapes, decodeXml } from '../xml/escape';
import { tagAttr, tagEnd } from '../xml/sheetData';
import type { BookState, KeptText } from './bookState';
import { styleAttr } from './cellXml';
import type { Box } from './ranges';

/** A run (`<r>`, any prefix; not `<rPr>` nor `<rPh>`). */
const RUN = /<(?:[\w.-]+:)?r[\s>]/;
const FORMULA = /<(?:[\w.-]+:)?f[\s>/]/;
const INLINE = /<((?:[\w.-]+:)?)is[\s>][\s\S]*?<\/\1is>/;
const SI = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?si>)/g;
const PHONETIC = /<((?:[\w.-]+:)?)rPh[\s>][\s\S]*?<\/\1rPh>/g;

/** The elements of `xml` without their namespace prefix. */
const unprefixed = (xml: string): string => xml.replace(/<(\/?)[\w.-]+:/g, '<$1');

/** The `<si>` elements of the shared-string part, by index. */
function sharedItems(state: BookState): string[] {
  const part = state.structure.sharedStringsPart;
  return part === null ? [] : [...state.pkg.text(part).matchAll(SI)].map((m) => m[0]);
}

type Rich = KeptText['rich'];

function sameRich(a: Rich, b: Rich): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if ('shared' in a) return 'shared' in b && a.key === b.key;
  return 'inline' in b && a.inline === b.inline;
}

/** A text cell's plain text and runs; null for any other cell (numbers, formulas, empty). */
function textOf(state: BookState, xml: string, items: () => string[]): { text: string; rich: Rich } | null {
  if (FORMULA.test(xml)) return null;
  const t = tagAttr(xml.slice(0, tagEnd(xml, 0)), 't');
  if (t === 's') {
    const i = Number(/<(?:[\w.-]+:)?v>([^<]*)</.exec(xml)?.[1]);
    const text = state.sharedStrings[i];
    const si = items()[i];
    if (text === undefined || si === undefined) return null;
    return { text, rich: RUN.test(si) ? { shared: i, key: si } : 'plain' };
  }
  if (t !== 'inlineStr') return null;
  const is = INLINE.exec(xml)?.[0];
  if (is === undefined) return null;
  const runs = [...is.replace(PHONETIC, '').matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)</g)];
  const text = decodeExcelEscapes(decodeXml(runs.map((m) => m[1] ?? '').join('')));
  return { text, rich: RUN.test(is) ? { inline: unprefixed(is) } : 'plain' };
}

/** Remembers the texts of `box` on `sheet`, with their runs, before it is emptied. */
export function rememberTexts(state: BookState, sheet: SheetEntry, box: Box): void {
  const doc = state.doc(sheet);
  let items: string[] | null = null;
  const lazyItems = () => (items ??= sharedItems(state));
  const texts = state.keptTexts.get(sheet.name) ?? new Map<string, KeptText>();
  state.keptTexts.set(sheet.name, texts);
  for (const r of doc.rowNumbers()) {
    if (r < box.top || r > box.bottom) continue;
    for (const [c, xml] of doc.rowCells(r) ?? []) {
      if (c < box.left || c > box.right) continue;
      const found = textOf(state, xml, lazyItems);
      if (!found) continue;
      const kept = texts.get(found.text);
      if (!kept) texts.set(found.text, { rich: found.rich, written: false, lost: false });
      else if (!sameRich(kept.rich, found.rich)) kept.rich = 'mixed';
    }
  }
}

/**
 * The runs `text` is written with on `sheet`: those it had on that sheet; on a sheet where it did not stand (the
 * archive), those it had wherever it stood, when it stood alike everywhere. Null for plain (then a text that had runs
 * counts as lost). Either way the text counts as written again.
 */
function runsFor(state: BookState, sheet: string, text: string): Rich | null {
  const own = state.keptTexts.get(sheet)?.get(text);
  const kept = own
    ? [own]
    : [...state.keptTexts.values()].flatMap((m) => {
        const k = m.get(text);
        return k ? [k] : [];
      });
  const first = kept[0];
  if (!first) return null;
  for (const k of kept) k.written = true;
  const alike = kept.every((k) => sameRich(k.rich, first.rich));
  if (alike && typeof first.rich !== 'string') return first.rich;
  for (const k of kept) if (k.rich !== 'plain') k.lost = true;
  return null;
}

/** Whether a value of `values` is a remembered text that had runs (then the block is written cell by cell). */
export function hasRuns(state: BookState, values: readonly (readonly unknown[])[]): boolean {
  if (state.keptTexts.size === 0) return false;
  const rich = new Set<string>();
  for (const texts of state.keptTexts.values()) for (const [text, k] of texts) if (k.rich !== 'plain') rich.add(text);
  return values.some((row) => row.some((v) => typeof v === 'string' && rich.has(v)));
}

/**
 * The <c> of `text` written at (r, c) of `sheet` with the runs it had, in the sheet's prefix (`p`); null when it is
 * written plain (as any string).
 */
export function richCell(
  state: BookState,
  sheet: string,
  text: string,
  at: { readonly r: number; readonly c: number; readonly style: number; readonly prefix: string },
): string | null {
  if (state.keptTexts.size === 0) return null;
  const rich = runsFor(state, sheet, text);
  if (rich === null || typeof rich === 'string') return null;
  const open = `<c r="${columnLetter(at.c)}${at.r}"${styleAttr(at.style)}`;
  const xml = 'shared' in rich ? `${open} t="s"><v>${rich.shared}</v></c>` : `${open} t="inlineStr">${rich.inline}</c>`;
  return at.prefix === '' ? xml : xml.replace(/<(\/?)([A-Za-z])/g, `<$1${at.prefix}$2`);
}

/** After a batch: each sheet where a text with runs was written plain, or not again, is recorded as `richText`. */
export function nameLostRichText(state: BookState): void {
  for (const [sheet, texts] of state.keptTexts) {
    const lost = [...texts.values()].some((k) => k.lost || (k.rich !== 'plain' && !k.written));
    if (lost && !state.dropped.some((d) => d.sheet === sheet && d.extra === 'richText'))
      state.dropped.push({ sheet, extra: 'richText' });
  }
  state.keptTexts.clear();
}

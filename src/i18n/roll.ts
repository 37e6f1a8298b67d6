/**
 * What a roll forward tells its user besides "done" (SPEC §11): the Engangs measures that left the tables, the
 * priorities numbered again after them, the measures whose financing followed their period sum and those whose new
 * money per year the rounding moved (rollFollowUp.ts), the economy plan's empty new year, the investments whose Etter perioden money may belong in
 * the new last year (which the roll sets to 0), formulas of the user's columns carried as their values, amounts
 * typed as text that it wrote as numbers, the user's references that now read another year or measure
 * (rollReferences.ts), and what the new workbook does not carry. One wording
 * for the command line and the task pane, so a roll says the same wherever it runs.
 */
import {
  formatAmount,
  type AfterPeriod,
  type CalculatedGone,
  type FormulaValue,
  type HiddenShown,
  type Kr,
  type Lang,
  type MovedBeside,
  type NotCarried,
  type NoteKept,
  type RefAt,
  type RowBelowLeft,
  type ProductFormula,
  type RollFollowUp,
  type StaleReference,
  type UnknownBefore,
  type Unit,
} from '../domain';
import { cliText } from './cli';
import { shownLogical } from './excelValues';
import { followUpLines } from './rollFollowUp';
import { displayThisRow, shownFormula } from './formulaDisplay';
import { numberText } from './numberText';
import { tableTerm } from './glossary';
import { referenceLines } from './rollReferences';

export interface RollNotes {
  readonly archiveSheet: string;
  readonly finished: readonly string[];
  readonly rescaled: readonly string[];
  readonly afterPeriod: readonly AfterPeriod[];
  readonly unknownBefore: readonly UnknownBefore[];
  /** The workbook unit, in which the amounts are shown (as the workbook shows them). */
  readonly unit: Unit;
  readonly notCarried: readonly NotCarried[];
  /** Measures whose rows the user hid, shown again by the roll into the source (absent: none). */
  readonly hiddenShown?: readonly HiddenShown[];
  /** Lines typed under a table, outside it, that the roll did not roll (absent: none). */
  readonly rowsBelow?: readonly RowBelowLeft[];
  /** Notes Excel took into a table, kept below the rolled table or on the archive only (absent: none). */
  readonly notesKept?: readonly NoteKept[];
  /** Where the roll wrote: into a copy of the source (the command line) or a new workbook (the pane, the default). */
  readonly into?: 'new' | 'source';
  /** Cells of the user's beside a table whose rows moved up under them (a roll into the source; absent: none). */
  readonly movedBeside?: readonly MovedBeside[];
  /** Formula cells of the user's own columns, carried as the value they showed (absent: none). */
  readonly formulaValues?: readonly FormulaValue[];
  /** Calculated columns of the user's that read a column the rolled table has not, carried as values (absent: none). */
  readonly calculatedGone?: readonly CalculatedGone[];
  /** Formula cells of the product's columns (an amount =H4*2), written as the value they showed (absent: none). */
  readonly productFormulas?: readonly ProductFormula[];
  /** Priorities numbered again, new money the rounding moved, the economy plan's empty new year (absent: none). */
  readonly followUp?: RollFollowUp;
  /** The amount cells typed as text ("Tiltak drift!I5") that the roll wrote as numbers (absent: none). */
  readonly textAmounts?: readonly string[];
  /** The user's formulas and names that read a rolled year column by address, or the year that left (absent: none). */
  readonly staleRefs?: readonly StaleReference[];
  /** The user's formulas that use INDIRECT or OFFSET, whose reading the roll cannot tell (absent: none). */
  readonly unchecked?: readonly RefAt[];
}

/** "A12:A12" (a range of one cell) as "A12", as Excel names it. */
const oneCell = (range: string): string => range.replace(/^([A-Z]+\d+):\1$/, '$1');

const quoted = (text: string, lang: Lang): string => (lang === 'en' ? `"${text}"` : `«${text}»`);

/**
 * An amount of a note: a figure in the unit, a text kept as typed in «», a logical value as her Excel shows it
 * («SANN»), nothing as 0.
 */
const shownAmount = (v: number | string | boolean | null, unit: Unit, lang: Lang): string =>
  typeof v === 'boolean'
    ? quoted(shownLogical(v, lang), lang)
    : typeof v === 'string'
      ? quoted(v, lang)
      : formatAmount((v ?? 0) as Kr, unit);

/** One line per measure that left, was renumbered, rescaled or has money in Etter perioden, and per thing not carried, in `lang`. */
export function rollNoteLines(notes: RollNotes, lang: Lang): string[] {
  const what = (x: NotCarried): string =>
    x.kind === 'sheet'
      ? cliText('whatSheet', lang, x)
      : x.kind === 'cells'
        ? cliText('whatCells', lang, { ...x, range: oneCell(x.range) })
        : cliText('whatSetting', lang, x);
  const followUp = followUpLines(notes.followUp, notes.unit, notes.archiveSheet, lang);
  return [
    ...notes.finished.map((id) => cliText('rollFinished', lang, { id, sheet: notes.archiveSheet })),
    ...followUp.renumbered,
    ...notes.rescaled.map((id) => cliText('rollRescaled', lang, { id })),
    ...followUp.shifts,
    ...notes.afterPeriod.map((a) =>
      cliText('rollAfterPeriod', lang, { id: a.id, amount: formatAmount(a.after, notes.unit), year: a.year }),
    ),
    ...notes.unknownBefore.map((u) =>
      cliText('rollUnknownBefore', lang, {
        ...u,
        kept: typeof u.kept === 'boolean' ? shownLogical(u.kept, lang) : u.kept,
        sheet: notes.archiveSheet,
        before: shownAmount(u.before, notes.unit, lang),
        first: shownAmount(u.first, notes.unit, lang),
      }),
    ),
    ...followUp.economyPlan,
    ...(notes.formulaValues ?? []).map((f) =>
      f.value === null
        ? cliText('rollFormulaNoValue', lang, { cell: f.cell, formula: shownFormula(f) })
        : cliText('rollFormulaValue', lang, { cell: f.cell, formula: shownFormula(f), value: String(f.value) }),
    ),
    ...(notes.calculatedGone ?? []).map((c) => calculatedGoneLine(c, notes.archiveSheet, lang)),
    ...productFormulaLines(notes.productFormulas ?? [], lang),
    ...textAmountLines(notes.textAmounts ?? [], notes.archiveSheet, lang),
    ...(notes.hiddenShown ?? []).map((h) => hiddenLine(h, lang)),
    ...(notes.rowsBelow ?? []).map((r) =>
      cliText(notes.into !== 'source' ? 'rollRowBelowNew' : r.amounts ? 'rollRowBelow' : 'rollRowBelowBlank', lang, {
        sheet: r.sheet,
        cell: r.cell,
        row: r.row,
        table: tableTerm(r.table, lang),
      }),
    ),
    ...(notes.notesKept ?? []).map((n) =>
      cliText(n.to === null ? 'rollNoteInWay' : 'rollNoteKept', lang, {
        text: n.text,
        sheet: n.sheet,
        from: n.from,
        to: n.to ?? '',
        inWay: n.inWay ?? '',
        table: tableTerm(n.table, lang),
        archive: notes.archiveSheet,
      }),
    ),
    ...(notes.movedBeside ?? []).map((m) => cliText('rollMovedBeside', lang, { ...m, range: oneCell(m.range) })),
    ...notes.notCarried.map((x) => cliText('notCarried', lang, { what: what(x) })),
    ...referenceLines(notes.staleRefs ?? [], notes.unchecked ?? [], lang),
  ];
}

/** A calculated column of hers carried as values: it reads columns the rolled table has not (a year that left). */
function calculatedGoneLine(c: CalculatedGone, archive: string, lang: Lang): string {
  const quoted = c.missing.map((m) => (lang === 'en' ? `"${m}"` : `«${m}»`)).join(', ');
  return cliText('rollFormulaColumn', lang, {
    column: c.column,
    table: tableTerm(c.table, lang),
    formula: displayThisRow(c.formula, c.table),
    missing: quoted,
    archive,
  });
}

/** The measures on one sheet whose hidden rows the roll showed again: their IDs (a Tiltak quoted without), ten at most. */
function hiddenLine(h: HiddenShown, lang: Lang): string {
  const named = h.measures.map((m) => m.id || (lang === 'en' ? `"${m.measure}"` : `«${m.measure}»`));
  const measures = named.slice(0, 10).join(', ') + (named.length > 10 ? ', …' : '');
  return cliText('rollHiddenShown', lang, { sheet: h.sheet, measures });
}

/** A formula of a product column written as its value: a number in the language's format, text in quotes. */
function productFormulaLine(f: ProductFormula, lang: Lang): string {
  const params = { cell: f.cell, column: f.column, formula: displayThisRow(f.formula, f.table) };
  if (f.recomputed) return cliText('rollProductFormulaRecomputed', lang, params);
  if (f.value === null) return cliText('rollProductFormulaNoValue', lang, params);
  const value =
    typeof f.value === 'number'
      ? numberText(f.value, lang)
      : lang === 'en'
        ? `"${String(f.value)}"`
        : `«${String(f.value)}»`;
  return cliText('rollProductFormulaValue', lang, { ...params, value });
}

/** How many formulas of the product columns are named one by one; the rest in one line (a column of them). */
const FORMULAS_NAMED = 10;

/** The formulas of the product columns written as values: the first ten each named, then one line for the rest. */
function productFormulaLines(formulas: readonly ProductFormula[], lang: Lang): string[] {
  const rest = formulas.slice(FORMULAS_NAMED);
  const cells =
    rest
      .slice(0, 5)
      .map((f) => f.cell)
      .join(', ') + (rest.length > 5 ? ', …' : '');
  return [
    ...formulas.slice(0, FORMULAS_NAMED).map((f) => productFormulaLine(f, lang)),
    ...(rest.length > 0 ? [cliText('rollProductFormulaMore', lang, { count: rest.length, cells })] : []),
  ];
}

/** The amounts typed as text that the roll wrote as numbers: one line with how many and the first five cells. */
function textAmountLines(cells: readonly string[], sheet: string, lang: Lang): string[] {
  if (cells.length === 0) return [];
  const shown = cells.slice(0, 5).join(', ') + (cells.length > 5 ? ', …' : '');
  return [cliText('rollTextAmounts', lang, { count: cells.length, cells: shown, sheet })];
}

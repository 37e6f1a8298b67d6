/**
 * The sentences after a reconciliation item's explanation (reconciliation.ts): near-miss and same-Ref lines, rows with
 * errors it counts, a frameless measure's frame, the economy plan cells it names (with their file in a consolidation).
 */
import { addressIn, type Lang, type ReconciliationItem, type SameRefLine } from '../domain';
import { showCellDates } from './cellDate';
import { listText } from './listText';
import { translateReconciliation as translate } from './reconciliationCatalog';

/**
 * What an item without a list of notes reads instead: not a new empty array for each (notesOf is asked of every item
 * of Avstemming, and its empty lists were a measured part of what explaining them allocates: docs/performance.md
 * «Less made per cell and per item»).
 */
const NONE: readonly never[] = [];

/** An economy plan cell as the item's explanation names it: with its file when it is in another workbook. */
const lineAt = (item: ReconciliationItem, address: string): string => addressIn(item.economyWorkbook, address);

/** A line with a measure's exact Ref: which of its Del and Linjetype is wrong (as typed), and the measure's. */
function sameRefText(n: SameRefLine, lang: Lang): string {
  const { line, cell, measure, needs, wrong } = n;
  const params = { line, cell, measure, needs, part: wrong?.typedPart ?? '', lineType: wrong?.typedType ?? '' };
  if (wrong === undefined) return translate('note.same-ref-line', lang, params);
  if (wrong.part && wrong.lineType) return translate('note.same-ref-line.both', lang, params);
  if (wrong.part) return translate('note.same-ref-line.part', lang, params);
  return translate(wrong.typedType === '' ? 'note.same-ref-line.type-empty' : 'note.same-ref-line.type', lang, params);
}

/**
 * Sentences added after an item's explanation: the economy plan lines whose Ref nearly names a measure (or names it
 * but not its Del or Linjetype), the rows with errors that it counts, and a measure's frame when it has no
 * Rammeområde (SPEC §4).
 */
export function notesOf(item: ReconciliationItem, lang: Lang): string[] {
  const notes =
    item.nearMisses === undefined
      ? []
      : item.nearMisses.map((n) => translate('note.near-miss', lang, { ...n, cell: lineAt(item, n.cell) }));
  // A measure without line whose table's year headers are off: its amounts are the years read (unreadYears.ts).
  const notRead = item.yearsNotRead ?? NONE;
  if (notRead.length > 0) notes.unshift(translate('note.years-not-read', lang, { years: listText(notRead, lang) }));
  if (item.sameRefLines !== undefined)
    for (const n of item.sameRefLines) notes.push(sameRefText({ ...n, cell: lineAt(item, n.cell) }, lang));
  const ids = item.rowErrors ?? NONE;
  // «an invalid amount as 0» only when a row named holds one: a financing-sum alone has no cell counted as 0.
  const rowKey = item.rowErrorsInvalid ? 'note.row-errors.invalid' : 'note.row-errors';
  if (ids.length > 0) notes.push(translate(rowKey, lang, { ids: listText(ids, lang) }));
  const fromLine = item.frameFromLine ?? NONE;
  if (fromLine.length > 0)
    notes.push(
      translate('note.frame-from-line', lang, {
        ids: listText(fromLine, lang),
        count: fromLine.length,
        ref: showCellDates(item.ref),
      }),
    );
  const frameless = item.frameless;
  if (frameless?.frames !== undefined && frameless.invalid !== undefined)
    notes.push(
      translate('note.frameless.frames-invalid', lang, {
        frames: frameless.frames.join(', '),
        frame: frameless.invalid,
      }),
    );
  else if (frameless?.frames !== undefined)
    notes.push(translate('note.frameless.frames', lang, { frames: frameless.frames.join(', ') }));
  else if (frameless?.invalid !== undefined)
    notes.push(translate('note.frameless.invalid', lang, { frame: frameless.invalid }));
  else if (frameless !== undefined) notes.push(translate('note.frameless', lang));
  const linesOnly = item.linesOnly ?? NONE;
  if (linesOnly.length > 0)
    notes.push(translate('note.lines-only', lang, { ids: listText(linesOnly, lang), count: linesOnly.length }));
  for (const d of item.lineFrameDiffers ?? NONE)
    notes.push(
      translate('note.line-frame-differs', lang, {
        measure: d.measure,
        lineFrame: showCellDates(d.lineFrame),
        lineCell: lineAt(item, d.lineCell ?? ''),
        measureFrame: showCellDates(d.measureFrame),
        measureCell: d.measureCell ?? '',
      }),
    );
  const added = item.projectMeasures ?? NONE;
  if (added.length > 1)
    notes.push(
      translate('note.project-measures', lang, {
        ref: showCellDates(item.ref),
        count: added.length,
        ids: listText(added.map(showCellDates), lang),
      }),
    );
  if (projectWithoutTiltakLine(item))
    notes.push(translate('note.project-no-tiltak-line', lang, { ref: showCellDates(item.ref) }));
  const lines = item.lineCells ?? NONE;
  if (lines.length > 1) {
    const cells = lines.map((c) => lineAt(item, c)).join(', ');
    const params = { count: lines.length, cells, ref: showCellDates(item.ref), source: item.source ?? '' };
    notes.push(translate(lineCellsKey(item), lang, params));
  }
  const cells = item.invalidCells ?? NONE;
  // In a consolidation its finding is among the economy plan workbook's, not in the plan's list.
  const invalid = item.economyWorkbook === undefined ? 'note.invalid-cell' : 'note.invalid-cell.file';
  if (cells.length > 0) notes.push(translate(invalid, lang, { cells: cells.map((c) => lineAt(item, c)).join(', ') }));
  const plan = item.missingLine?.plan;
  if (item.missingLine?.ambiguous !== undefined) notes.push(ambiguousFix(plan, lang));
  else if (plan) notes.push(translate('note.missing-line-plan', lang, { plan }));
  // In a consolidation (the line's unit is the economy plan's) a plan without Plannavn has no name for Plan yet.
  else if (item.missingLine?.unit !== undefined) notes.push(translate('note.missing-line-no-name', lang));
  const other = item.ambiguousLine;
  if (other !== undefined) {
    notes.push(
      translate('note.ambiguous-line', lang, { lineRef: showCellDates(other.ref), cell: lineAt(item, other.cell) }),
    );
    notes.push(ambiguousFix(other.plan, lang));
  }
  return notes;
}

/**
 * A project year compared with no Tiltak line (the project has only Finansiering lines): its 0 is no cell to look at,
 * so a difference says which line is missing — unless a line is named as the one meant (its advice is the fix).
 */
const projectWithoutTiltakLine = (item: ReconciliationItem): boolean =>
  item.code === 'project-expenditure' &&
  // Asked before its cells, which an item makes when they are read (reconcile/item.ts): most items are matches.
  item.class !== 'match' &&
  item.class !== 'rounding' &&
  item.cells.economyPlan === undefined &&
  // A line that is there but not taken (another plan's too, a near miss, a wrong Del) has its own advice.
  item.ambiguousLine === undefined &&
  (item.nearMisses ?? NONE).length === 0 &&
  (item.sameRefLines ?? NONE).length === 0;

/** The sentence naming the several lines an item adds up: a measure's, a project's (Tiltak or one source), a frame's. */
function lineCellsKey(item: ReconciliationItem) {
  if (item.code === 'project-expenditure') return 'note.project-line-cells' as const;
  if (item.code === 'project-financing') return 'note.project-financing-cells' as const;
  if (item.code !== 'frame-total') return 'note.line-cells' as const;
  return item.tiltakLines ? ('note.frame-tiltak-cells' as const) : ('note.frame-line-cells' as const);
}

/**
 * What to do about an ambiguous line that would be the item's (a consolidation, SPEC §15): Plan on it, not a new
 * line; a plan without Plannavn needs one first, for Plan to name it.
 */
function ambiguousFix(plan: string | undefined, lang: Lang): string {
  return plan ? translate('note.ambiguous-plan', lang, { plan }) : translate('note.ambiguous-no-name', lang);
}

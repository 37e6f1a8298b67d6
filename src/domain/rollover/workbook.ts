/**
 * The whole rolled-forward workbook as planned edits (SPEC §11): the new plan, the old period on its
 * archive sheet, earlier archive sheets carried as values, and the titles of tblHandlingsplan. The command
 * line and the task pane both build it here, so a roll forward means the same wherever it runs: into a new
 * workbook (the pane), or into a copy of the workbook it was read from (the command line, intoSource.ts).
 */
import type { SummaryText } from '../model/sheetText';
import type { Edit } from '../model/edits';
import { rollContent, type AfterPeriod, type RollResult } from './rollover';
import type { UnknownBefore } from './unknown';
import { carryArchives, readPlanItems } from './carry';
import { userSettingRows } from './settingRows';
import { leftInPlace, settingsInPlace, withoutLeft } from './inPlace';
import { userTableColumns, type FormulaValue } from '../sheets/userColumns';
import type { CalculatedGone } from '../sheets/userCalculated';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, TABLES, type ColumnSpec } from '../model/schema';
import { planStructure, planWorkbook } from '../sheets/template';
import { planRollIntoSource } from './intoSource';
import type { UserCell } from '../model/writePlan';
import type { MovedBeside } from './beside';
import type { TablesMeet } from './crowded';
import { planVersionSheet } from '../sheets/version';
import type { Plan, TableLayout } from '../model/plan';
import type { Finding } from '../model/finding';
import { readPlan } from '../read/plan';
import { keptAmounts } from '../read/typedTexts';
import type { WorkbookSnapshot } from '../model/snapshot';
import { productFormulas, type ProductFormula } from './productFormulas';
import { rowsBelowLeft, type RowBelowLeft } from './rowsBelow';
import { archiveWithNotes, keptNotes, type NoteKept } from './notesInTables';

const NO_USER_SETTINGS = { carried: [], columns: null } as const;

export interface RolledWorkbook {
  readonly edits: Edit[];
  readonly content: RollResult['content'];
  readonly archiveSheet: string;
  /** IDs of the Engangs measures done in the year that left: on the archive sheet only. */
  readonly finished: readonly string[];
  /** IDs of the measures whose financing followed their period sum (rescaledFinancing). */
  readonly rescaled: readonly string[];
  /** Investments with money in Etter perioden beside a new last year of 0 (rollContent). */
  readonly afterPeriod: readonly AfterPeriod[];
  /** Investments whose Tidligere bevilget is «?»: it or the year that left was not known (rollover/unknown.ts). */
  readonly unknownBefore: readonly UnknownBefore[];
  /** Formula cells of the user's own columns, carried as the value they showed (sheets/userColumns.ts): the roll names them. */
  readonly formulaValues: readonly FormulaValue[];
  /** Calculated columns of hers that read a column the rolled table has not, carried as values (userCalculated.ts). */
  readonly calculatedGone: readonly CalculatedGone[];
  /** Formula cells of the product's columns (an amount =H4*2), written as the value they showed: the roll names them. */
  readonly productFormulas: readonly ProductFormula[];
  /** Into the source: the user's cells a rolled table would cover (then nothing may be written); else none. */
  readonly blocked: readonly UserCell[];
  /** Into the source: the user's cells beside a measure table whose rows moved up under them; else none. */
  readonly movedBeside: readonly MovedBeside[];
  /** Into the source: rolled tables that would overlap where they stood (then nothing may be written); else none. */
  readonly crowded: readonly TablesMeet[];
  /** Priorities numbered again, new money the rounding moved, the economy plan's empty new year (rollContent). */
  readonly followUp: RollResult['followUp'];
  /** Lines typed under a table, outside it (row-below-table): not rolled, named (rowsBelow.ts). */
  readonly rowsBelow: readonly RowBelowLeft[];
  /** Notes Excel took into a table (note-in-table): below the rolled table, or on the archive only (notesInTables.ts). */
  readonly notesKept: readonly NoteKept[];
}

/**
 * Rolls `plan`, read from `snapshot`, one year forward into the edits of a new workbook. `date` (ISO) stamps
 * the archive, which is a version of the old period (SPEC §14); `summaryText` gives Sammendrag's labels;
 * `findings` are the reader's for `plan` (read again when not given): they tell which amount cells hold a
 * placeholder the roll keeps. Callers check rollRefusal first. `into`: 'new' (the default) plans a whole new
 * workbook, Sammendrag included and earlier archives and versions copied; 'source' plans the edits of the workbook
 * `snapshot` was read from (read whole), whose other sheets stay as they are and whose Sammendrag (and Avstemming)
 * the caller writes with the check's planners afterwards, as check --write does.
 */
export function planRolledWorkbook(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  opts: { date?: string; summaryText?: SummaryText; findings?: readonly Finding[]; into?: 'new' | 'source' } = {},
): RolledWorkbook {
  const planItems = readPlanItems(snapshot) ?? undefined;
  const findings = opts.findings ?? readPlan(snapshot, { defaultStartYear: plan.settings.startYear }).findings;
  const typed = keptAmounts(findings);
  // The user's own columns of the measure and economy plan tables, carried after the product's columns.
  const years = plan.years.slice(1).concat((plan.years[plan.years.length - 1] ?? plan.settings.startYear) + 1);
  const own = (layout: TableLayout | null, specs: readonly ColumnSpec[]) =>
    userTableColumns(snapshot, layout, specs, years);
  const userColumns = {
    operating: own(plan.layouts.operating, OPERATING_TABLE.columns),
    investment: own(plan.layouts.investment, INVESTMENT_TABLE.columns),
    economyPlan: own(plan.layouts.economyPlan, ECONOMY_PLAN_COLUMNS),
  };
  const rolled = rollContent(plan, { planItems, date: opts.date, typed, userColumns });
  const { archive, finished, rescaled, afterPeriod, unknownBefore } = rolled;
  // The user's own rows of tblInnstillinger go below the new settings, the user's own columns after Verdi (a
  // repeated row of a setting it does not carry: notCarried names it). Into the source, a settings table found other
  // than as the product's Excel table stays where it is, its values written in place (inPlace.ts).
  const left = opts.into === 'source' ? leftInPlace(snapshot) : new Set<string>();
  const { carried, columns } = left.has(TABLES.settings.toLowerCase()) ? NO_USER_SETTINGS : userSettingRows(snapshot);
  const content = {
    ...rolled.content,
    ...(carried.length > 0 ? { userSettingRows: carried } : {}),
    ...(columns ? { userSettingColumns: columns } : {}),
  };
  // The earlier archives and versions before the new archive: the sheets stand oldest first, so the last version
  // in sheet order, which Endringer offers first, is the period just rolled away, not one from years before.
  const archiveEdits = planVersionSheet(archive.sheet, archiveWithNotes(archive, plan, findings, snapshot), false);
  const source =
    opts.into === 'source'
      ? planRollIntoSource(
          snapshot,
          plan,
          withoutLeft(planStructure(content), left),
          { sheet: archive.sheet, edits: archiveEdits },
          finished,
          left.has(TABLES.settings.toLowerCase()) ? settingsInPlace(snapshot, plan.settings, content.settings) : [],
        )
      : null;
  const rolledEdits: Edit[] = source
    ? source.edits
    : [...planWorkbook(content, opts.summaryText), ...carryArchives(snapshot, archive.sheet), ...archiveEdits];
  // A note Excel took into a table is no row the roll rebuilds: written below the rolled table (notesInTables.ts).
  const { edits, notes: notesKept } = keptNotes(snapshot, plan, findings, rolledEdits, opts.into ?? 'new');
  const formulaValues = [userColumns.operating, userColumns.investment, userColumns.economyPlan].flatMap(
    (u) => u?.formulaValues ?? [],
  );
  const calculatedGone = [userColumns.operating, userColumns.investment, userColumns.economyPlan].flatMap(
    (u) => u?.calculatedGone ?? [],
  );
  const blocked = source?.blocked ?? [];
  const movedBeside = source?.movedBeside ?? [];
  const crowded = source?.crowded ?? [];
  const { followUp } = rolled;
  return {
    edits,
    content,
    archiveSheet: archive.sheet,
    finished,
    rescaled,
    afterPeriod,
    unknownBefore,
    formulaValues,
    calculatedGone,
    productFormulas: productFormulas(snapshot, plan, finished),
    blocked,
    movedBeside,
    crowded,
    followUp,
    rowsBelow: rowsBelowLeft(findings, snapshot, plan),
    notesKept,
  };
}

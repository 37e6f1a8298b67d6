/**
 * `tiltaksplan roll FILE.xlsx --out FILE.xlsx`: rolls the plan one year forward (rullering, SPEC §11) into a
 * copy of the input: the product's tables rolled on the sheets that held them, the old period on an archive
 * sheet, Sammendrag (and Avstemming) written anew, and everything else of the user's as it was (rollWrite.ts).
 * The input is never changed; an .xlsm is rolled into an .xlsm, with its macros.
 */
import {
  cellsRolled,
  columnGone,
  hasMeasureTable,
  hiddenMeasures,
  notCarried,
  planRolledWorkbook,
  readPlan,
  reconciliationFormulaValues,
  rollMissingSettings,
  rollMissingTables,
  rollRefusal,
  staleReferences,
  tableColumnsRolled,
  uncheckedReferences,
  textAmounts,
  withColumnMoves,
} from '../../domain';
import type { Lang, Plan } from '../../domain';
import { cliText, droppedExtraLine } from '../../i18n/cliCommand';
import { CLI_FINDINGS } from '../../i18n/findingsCli';
import { cliHelp } from '../../i18n/cliHelp';
import { summaryText } from '../../i18n/sheets';
import { renderFinding } from '../../i18n/findings';
import { rollNoteLines } from '../../i18n/roll';
import { userFormulasText } from '../../i18n/userFormulas';
import { argLang } from '../args';
import { saveOrExplain } from '../write';
import { openAndRead } from '../readBook';
import { EXIT, todayOf, type Command } from '../io';
import { parseInputOutput } from './inputOutput';
import { applyRoll } from './rollWrite';
import { anchorLines } from './checkAnchors';
import { stalePivotLines, stalePivots, type Rolled } from './rollPivots';

/** The help text in bokmål (`tiltaksplan roll --help` prints it in the language of `--lang`). */
export const help = cliHelp('roll');

/**
 * Why a workbook without a measure table is not rolled: finance's economy plan alone (its Økonomiplan table found)
 * is named as such, with the next period's start year; anything else may be an older plan to import.
 */
function noTableText(plan: Plan, file: string, lang: Lang): string {
  if (plan.layouts.economyPlan === null) return cliText('rollNoTable', lang, { file });
  const { startYear, yearCount } = plan.settings;
  const next = startYear + 1;
  const last = startYear + yearCount;
  const kept = last - 1 > next ? `${next}–${last - 1}` : `${next}`;
  return cliText('rollEconomyPlan', lang, { file, next, kept, last });
}

export const run: Command = async (args, io) => {
  const lang = argLang(args);
  const o = parseInputOutput(args, io, 'roll', {}, lang, true);
  if (o === 'help') {
    io.stdout(cliHelp('roll', lang));
    return EXIT.ok;
  }
  if (o === 'usage') return EXIT.usage;
  const opened = await openAndRead(io, o.input, undefined, lang);
  if (!opened) return EXIT.usage;
  const { wb: source, snapshot } = opened;
  const { plan, findings } = readPlan(snapshot, { defaultStartYear: io.currentYear + 1 });
  if (!hasMeasureTable(plan)) {
    io.stderr(`${noTableText(plan, o.input, lang)}\n`);
    return EXIT.usage;
  }
  // Settings that do not read (Antall planår 100) or are not found (tblInnstillinger renamed) would be replaced by
  // defaults, and a table not found (its sheet and name changed) would be added anew, empty, her rows left
  // unrolled: refuse as check reports them.
  const settings = rollMissingSettings(findings);
  const period = rollRefusal(findings);
  const tables = rollMissingTables(findings);
  if (settings.length > 0 || period.length > 0 || tables.length > 0) {
    if (settings.length > 0) io.stderr(`${cliText('rollRefusedSettings', lang, { file: o.input })}\n`);
    if (period.length > 0) io.stderr(`${cliText('rollRefused', lang, { file: o.input })}\n`);
    if (tables.length > 0) io.stderr(`${cliText('rollRefusedTable', lang, { file: o.input })}\n`);
    for (const f of [...settings, ...tables, ...period])
      io.stderr(`  ${f.sheet}!${f.cell}: ${renderFinding(f, lang, plan.settings.unit, CLI_FINDINGS)}\n`);
    return EXIT.findings;
  }
  const planned = planRolledWorkbook(snapshot, plan, {
    date: todayOf(io),
    summaryText: summaryText(lang),
    findings,
    into: 'source',
  });
  // The drop-downs on the rolled tables' columns follow the columns to the rows written anew, her widths and hidden
  // columns the columns they belonged to.
  const edits = withColumnMoves(planned.edits, plan, planned.content.userColumns, snapshot);
  const rolled = { ...planned, edits };
  // Her charts, rules, drop-downs and sheet-local names, as they stand before the roll (it changes none of them).
  const placed = source.placedFormulas();
  const applied = await applyRoll(io, source, snapshot, rolled, { ...o, lang });
  if (!applied) return EXIT.usage;
  const checkSheets = applied.edits;
  if (!(await saveOrExplain(io, source, o.out, 'new', lang))) return EXIT.usage;
  const { content, archiveSheet } = rolled;
  const { startYear, yearCount } = content.settings;
  const years = `${startYear}–${startYear + yearCount - 1}`;
  io.stdout(`${cliText('rollWritten', lang, { file: o.out, years, sheet: archiveSheet })}\n`);
  // The user's formulas and names that read a year column by address now read the next year: named, never rewritten.
  const after = readPlan(applied.rolled, { defaultStartYear: startYear }).plan;
  const rows = { before: [...plan.operating, ...plan.investment], after: [...after.operating, ...after.investment] };
  const staleRefs = staleReferences(snapshot, plan.layouts, after.layouts, rows, placed);
  const unchecked = uncheckedReferences(snapshot, plan.layouts, after.layouts, placed);
  // Amounts typed as text ("200") are written as numbers: the figures stay, Excel's own sums now count them. Named.
  const typedAsText = textAmounts(snapshot, findings, plan.settings.unit).map((t) => `${t.sheet}!${t.cell}`);
  const carried = notCarried(snapshot, plan, 'source');
  // Rows she hid are shown again (the rows move): the measures on them named.
  const hiddenShown = hiddenMeasures(snapshot, plan, rolled.finished);
  const notes = {
    ...rolled,
    unit: content.settings.unit,
    notCarried: carried,
    staleRefs,
    unchecked,
    textAmounts: typedAsText,
    hiddenShown,
    into: 'source' as const,
  };
  for (const line of rollNoteLines(notes, lang)) io.stdout(`${line}\n`);
  // Formulas in a column she added to tblAvstemming, written anew on the rolled plan, went in as their values.
  const formulas = userFormulasText(reconciliationFormulaValues(applied.rolled), lang);
  if (formulas !== null) io.stdout(`${formulas}\n`);
  // Her links, notes and looks on Avstemming stay at their address while its rows get the rolled plan's items.
  for (const line of anchorLines(o.out, applied.left, lang)) io.stdout(`${line}\n`);
  // What stood on the cells of the tables it rolled, whose rows and years move: named, not carried.
  for (const dropped of source.droppedExtras()) io.stdout(`${droppedExtraLine(dropped, lang)}\n`);
  // Pivot tables built on the rolled tables show the old period until refreshed: named, never changed.
  const sides = [
    { wb: snapshot, layouts: plan.layouts },
    { wb: applied.rolled, layouts: after.layouts },
  ] as const;
  const changed: Rolled = {
    columns: (columns) => tableColumnsRolled(columns, ...sides),
    cells: (sheet, box) => cellsRolled(sheet, box, ...sides),
    gone: (columns) => columnGone(columns, ...sides),
  };
  const pivots = stalePivots(source.pivotSources(), [...rolled.edits, ...checkSheets], snapshot.names, changed);
  for (const line of stalePivotLines(pivots, lang)) io.stdout(`${line}\n`);
  return EXIT.ok;
};

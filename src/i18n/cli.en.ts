/** The command line's own strings in English. */
import type { CliKey } from './cli.nb';
import { GLOSSARY_EN as g, settingName } from './glossary';

export const CLI_EN: Record<CliKey, string> = {
  unreadable: '{file}: cannot be read: {reason}',
  exists: '{file} already exists. Tiltaksplan never writes over a file; choose another name.',
  written: 'Wrote {file}.',
  'expected.years': 'a whole number from 4 to 10',
  reportTitle: 'Measures plan check',
  file: 'File',
  period: g.planPeriod,
  unit: settingName('unit', 'en'),
  amountsIn: 'Amounts in {unit}',
  priceLevel: settingName('priceLevel', 'en'),
  economyPlanVersion: settingName('economyPlanVersion', 'en'),
  summaryLine:
    'Findings in the sheets: {errors, plural, one {# error} other {# errors}}, ' +
    '{warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# note} other {# notes}}. ' +
    'Reconciliation: {reconErrors, plural, one {# error} other {# errors}}, ' +
    '{reconWarnings, plural, one {# warning} other {# warnings}}, {reconInfos} matching or within tolerance',
  verdictOk: 'No errors.',
  verdictErrors: 'The plan has errors that must be fixed.',
  verdictNotReconciled: 'No errors in the sheets, but the plan is not reconciled.',
  findings: 'Findings',
  noFindings: 'No findings.',
  totals: 'Totals (only measures with status Beregnet)',
  operating: 'Operating',
  investment: 'Investment',
  all: 'All',
  section: g.section,
  frame: g.frame,
  area: g.area,
  responsible: g.responsible,
  newMoneyByYear: `${g.newMoney} per year`,
  areaNote: 'A measure that touches several plan areas counts fully in each of them.',
  yearsNotRead:
    'The year columns do not match the plan period (see the findings): a plan year without a column of its own ' +
    'shows as –, and amounts in a year column outside the period are not in the totals.',
  statusCounts: 'Measures by cost status',
  costStatus: g.costStatus,
  emptyStatus: g.empty,
  noName: g.noName,
  noFrame: g.noFrame,
  noSection: g.noSection,
  notCosted: g.notCosted,
  reconciliation: 'Reconciliation with the economy plan',
  reconciliationNone: 'Nothing to reconcile.',
  reconciliationYearsHeld:
    'The comparisons that use the amounts per year of a table whose year columns do not match the plan period ' +
    'were not made: they are made once the headers match (see the findings).',
  reconciliationYearsEmpty:
    'The comparisons for {years} were not made: they are made once the economy plan has amounts for {years} (see ' +
    'the findings).',
  reconciliationFinancingWaits: 'The financing of the projects, which adds up every plan year, waits too.',
  reconciliationCount: '{count, plural, one {# comparison} other {# comparisons}}',
  reconciliationOpen: g.mismatch,
  reconciliationAllMatch: 'Every comparison matches.',
  reconciliationMatchesHidden:
    '{count, plural, one {# comparison matches and is} other {# comparisons match and are}} not listed one by one ' +
    'here (they are on the Avstemming sheet and in the JSON report).',
  measures: g.measuresPlan,
  measure: g.measure,
  economyPlan: g.economyPlan,
  difference: g.difference,
  year: g.year,
  code: 'Code',
  comparison: 'Comparison',
  cell: 'Cell',
  severity: 'Severity',
  message: 'Message',
  class: 'Class',
  ref: 'Ref',
  explanation: 'Explanation',
  progress: 'Checking {done}/{total}',
  notCarried: 'Not carried over: {what}',
  rollRefused:
    'Not rolling {file}: fix the settings and the year columns first, or the new plan period would be a guess. Nothing was written.',
  rollRefusedTable:
    'Not rolling {file}: a table of the plan was not found, and its measures or lines would be left unrolled. First fix what the finding below says. Nothing was written.',
  rollRefusedSettings:
    'Not rolling {file}: the settings were not found (the settings table, or its Innstilling or Verdi column), so Første planår (first plan year), Antall planår (number of plan years) and Beløpsenhet (amount unit) would be guesses (next year, 4 years, 1000 kr): the new plan period would be wrong, and the amounts could be read in the wrong unit. First fix what the finding below says. Nothing was written.',
  rollRowBelow: `Row {row} under {table} ({sheet}!{cell}) lay outside the table and was not rolled: its amounts were not moved to the new years, and the years above them are now one year later, so each amount stands under the year after its own. If the row belongs to the table, take it into the table in the plan you rolled from (under ${g.structure} in the add-in, or Table Design → Resize Table) and roll again. Do not grow the table over the row in the rolled plan: its amounts would be read one year late.`,
  rollRowBelowBlank: `Row {row} under {table} ({sheet}!{cell}) lay outside the table and was not rolled; it has no amounts in the year columns, so nothing stands under the wrong year. If the row belongs to the table, take it into the table (under ${g.structure} in the add-in, or Table Design → Resize Table).`,
  rollRowBelowNew: `Row {row} under {table} ({sheet}!{cell}) lay outside the table and was neither rolled nor carried into the new workbook. If it belongs to the table, take it into the table here (under ${g.structure} in the add-in) and roll again.`,
  rollMovedBeside:
    'The cells in {sheet}!{range} beside the table stay where they were, but measures above them left, so the rows beside them now hold other measures.',
  rollHiddenShown:
    'On the sheet "{sheet}" the rows of {measures} were hidden. The roll moves rows, so they are shown now (otherwise other measures would be hidden): hide them again in Excel if they should stay hidden.',
  rollNoteKept:
    'The note "{text}", which Excel had taken into {table} ({sheet}!{from}), now stands below the table in {sheet}!{to}, with one empty row between, and in the old table on the sheet "{archive}".',
  rollNoteInWay:
    'The note "{text}", which Excel had taken into {table} ({sheet}!{from}), was not written below the rolled table: the cell {sheet}!{inWay}, where it would stand, already holds something. The note stands in the old table on the sheet "{archive}".',
  rollFinished:
    'The one-off measure {id} has no cost in the new period and has left the tables (it is on the sheet "{sheet}").',
  rollRescaled:
    'The financing of {id} follows Sum periode, its base, down to the sum of the years that remain: Nye midler is the new money of those years, and the other columns share the rest in the same proportion as before.',
  rollAfterPeriod:
    '{id} has {amount} in Etter perioden; the new year {year} is 0. Move the amount there if it falls in {year}.',
  rollUnknownBefore:
    'Tidligere bevilget of {id} is written as "{kept}": {before} ({beforeCell}) and {first} for {year} ({firstCell}) cannot be added until the unknown amount is filled in. Both are on the sheet "{sheet}".',
  rollStaleCell:
    '{cell}: the formula reads {ref}, which was {before}. After the roll those cells hold {after}, so the formula now shows another year. Check and correct it.',
  rollStaleName:
    'The name {name} refers to {ref}, which was {before}. After the roll those cells hold {after}, so the name now means another year. Check and correct it in Formulas › Name Manager.',
  rollRowCell:
    '{cell}: the formula reads {ref}, the row of {before}. After the roll that row holds {after} (the rows moved up when a measure left), so the formula now reads another measure. Check and correct it.',
  rollRowName:
    'The name {name} refers to {ref}, the row of {before}. After the roll that row holds {after} (the rows moved up when a measure left), so the name now means another measure. Check and correct it in Formulas › Name Manager.',
  rollNoMeasure: 'no measure',
  rollTextAmounts:
    '{count, plural, one {# amount was} other {# amounts were}} stored as text in the tables ({cells}). The roll wrote {count, plural, one {it as a number} other {them as numbers}} in the new tables and on the sheet "{sheet}": the figures are the same, but Excel\'s own sums {count, plural, one {now include it} other {now include them}}. Check your sums.',
  whereChart: 'the chart "{chart}" on the sheet "{sheet}"',
  whereRule: 'the conditional formatting on {sheet}!{range}',
  whereValidation: 'the data validation (drop-down list) on {sheet}!{range}',
  whereLocalName: 'the name {name} on the sheet "{sheet}"',
  whereName: 'the name {name}',
  rollStaleChart:
    '{where} shows cells the roll gave another year or measure: {refs}. The chart now shows something different from before; check and correct its data range.',
  rollStalePlace:
    '{where} reads {ref}, which was {before}. After the roll those cells hold {after}, so it now applies to another year. Check and correct the reference.',
  rollRowPlace:
    '{where} reads {ref}, the row of {before}. After the roll that row holds {after} (the rows moved up when a measure left), so it now applies to another measure. Check and correct the reference.',
  rollUnchecked:
    '{count, plural, one {# formula uses} other {# formulas use}} INDIRECT or OFFSET ({where}). The roll cannot tell which cells {count, plural, one {it reads, so it was not checked: check it yourself} other {they read, so they were not checked: check them yourself}}.',
  rollGoneYear:
    '{where}: {ref} refers to the year {year}, which the roll took out of the table. Excel finds no such column; check and correct the formula.',
  rollGoneYearName:
    '{where}: {ref} refers to the year {year}, which the roll took out of the table. Excel finds no such column; check and correct the name in Formulas › Name Manager.',
  rollFormulaColumn:
    'The column "{column}" you added to {table} is a calculated column with the formula {formula}. It refers to {missing}, which the table no longer has after the roll, so the column is carried as the values it showed, without a formula (they are also on the sheet "{archive}"). Type a new formula into the column if you want it calculated.',
  rollFormulaValue:
    '{cell}: the formula {formula} in a column you added is carried as the value it showed, "{value}" (in the new table its references would point elsewhere).',
  rollFormulaNoValue:
    '{cell}: the formula {formula} in a column you added has no result stored in the file, so its cell is empty in the new table. Type it in again there.',
  rollProductFormulaValue:
    '{cell}: the formula {formula} in "{column}" was written as the value it showed, {value}: the roll moves the years and rows of the table, so the formula would read other cells. Type it again if you need it.',
  rollProductFormulaRecomputed:
    '{cell}: the formula {formula} in "{column}" was replaced by a number: the roll adds the year that left to Tidligere bevilget and writes the sum as a value. Type the formula again if you need it.',
  rollProductFormulaNoValue:
    '{cell}: the formula {formula} in "{column}" has no result stored in the file, so its value is not in the new table. Type it in again.',
  rollProductFormulaMore:
    "{count, plural, one {One more formula} other {{count} more formulas}} in the tables' columns ({cells}) {count, plural, one {was written as the value it showed} other {were written as the values they showed}}, for the same reason. Type {count, plural, one {it again if you need it} other {them again if you need them}}.",
  whatSheet: 'the sheet "{sheet}"',
  whatSetting:
    'the row "{setting}" with the value "{value}" ({cell}), which repeats a setting: the new workbook has one row per setting, with its new value',
  whatCells: 'the cells in {sheet}!{range} outside the table (the sheet is built anew from the table alone)',
  planName: settingName('planName', 'en'),
};

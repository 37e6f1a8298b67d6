/** The command line's own strings in English. */
import type { CliKey } from './cli.nb';
import { GLOSSARY_EN as g, settingName } from './glossary';

export const CLI_EN: Record<CliKey, string> = {
  unknownCommand: 'Unknown command "{name}". See "tiltaksplan --help".',
  unknownOption: 'Unknown option "{name}". See "tiltaksplan {command} --help".',
  missingValue: 'Option {name} needs a value. Type the value right after the option.',
  badValue: 'Invalid value "{value}" for {name}: expected {expected}.',
  missingFile: 'Give an .xlsx file. See "tiltaksplan {command} --help".',
  tooManyFiles: 'Too many files: {files}. Give one file.',
  outWithSeveral:
    '--out cannot be used together with --write when several workbooks are written (several files, or --economy-plan): each gets its own copy. Check one file at a time, or leave out --out.',
  inPlaceWithOut: '--in-place and --out cannot be used together; choose one of them.',
  inPlaceWithoutWrite: '--in-place only applies together with --write; add --write.',
  unreadable: '{file}: cannot be read: {reason}',
  exists: '{file} already exists. tiltaksplan never writes over a file; choose another name.',
  writeFailed: '{file}: could not be written: {reason}',
  written: 'Wrote {file}.',
  writtenExample: 'Wrote {file} with the example plan ({years}, {unit}).',
  writtenEmpty:
    'Wrote {file}: a plan without measures for {years}, {unit}, with sample lists (sections, budget frames R1–R5, responsibles and plan areas) to adjust on the Innstillinger sheet.',
  reportWritten: 'The report is saved in {file}.',
  'reason.missing': 'no such file; check the name and the folder',
  'reason.not-a-file': 'not a file (perhaps a folder); give an .xlsx file',
  'reason.not-zip': 'not an .xlsx file (not a zip package); open it in Excel and save it as .xlsx',
  'reason.not-xlsx': 'not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx',
  'reason.opendocument':
    'an OpenDocument spreadsheet (.ods), not an Excel workbook; open it in LibreOffice and choose File → Save As → Excel 2007-365 (.xlsx)',
  'reason.encrypted': 'the workbook is protected with a password; save a copy without a password in Excel',
  'reason.old-xls': 'old .xls format; save it as .xlsx in Excel',
  'reason.corrupt': 'the workbook is damaged; open it in Excel and save it again',
  'reason.beta-format':
    'the workbook is saved in the format of a test release of Excel 2007, from before the format was standardised; save it as "Excel Workbook (*.xlsx)" in a newer Excel, or copy its contents into a new workbook',
  'reason.empty': 'the file is empty (0 bytes); choose the file that holds the plan',
  'expected.year': 'a year between 2000 and 2100',
  'expected.years': 'a whole number from 4 to 10',
  'expected.unit': '"kr", "1000 kr" or "mill kr"',
  'expected.format': 'text, json or html',
  'expected.lang': 'nb, nn or en',
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
  periodSum: g.periodSum,
  fullYear: g.fullYear,
  newMoney: g.newMoney,
  newMoneyByYear: `${g.newMoney} per year`,
  budget: g.budget,
  areaNote: 'A measure that touches several plan areas counts fully in each of them.',
  statusCounts: 'Measures by cost status',
  costStatus: g.costStatus,
  emptyStatus: g.empty,
  noName: g.noName,
  noFrame: g.noFrame,
  noSection: g.noSection,
  notCosted: g.notCosted,
  reconciliation: 'Reconciliation with the economy plan',
  reconciliationNone: 'Nothing to reconcile.',
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
  checkWritten: 'Wrote Sammendrag and Avstemming to {file}.',
  backslashNotWritten:
    'Nothing was written: the workbook was made by another program than Excel, with backslashes (\\) in the names of the parts of its package, which tiltaksplan reads but does not write into. Save it in Excel as "Excel Workbook (*.xlsx)" and try again.',
  strictNotWritten:
    'Nothing was written: the workbook is saved as "Strict Open XML Spreadsheet", which tiltaksplan reads but does not write into. Save it in Excel as "Excel Workbook (*.xlsx)" and try again.',
  exampleYears: '--years cannot be used with --example: the example plan has four plan years. Leave out --years.',
  notXlsxName: '{file}: the file name must end in .xlsx.',
  missingOut: 'Say where the new workbook goes: --out FILE.xlsx. See "tiltaksplan {command} --help".',
  outIsInput: '{file}: --out cannot be the file being read; choose another name.',
  importNoTable:
    '{file}: no legacy measures table found (a header row with Prioritet and Tiltak); nothing written. ' +
    'Check that the table has these headers.',
  importWritten:
    'Wrote {file}: {operating} operating and {investment} investment measures, {years}, {unit}. See the sheet "Importlogg".',
  notAPlan:
    '{file}: neither the operating nor the investment measures table was found, so the file does not look like a measures plan. If it is an older plan made by hand, bring it in with "tiltaksplan import {file} --out NEW.xlsx".',
  notAPlanNotWritten:
    '{file}: nothing written to the file: it has neither the operating nor the investment measures table, so it is no measures plan. If it is an older plan made by hand, bring it in with "tiltaksplan import {file} --out NEW.xlsx".',
  checkedCopyExists:
    '{file} already exists, perhaps from an earlier check. tiltaksplan never writes over a file: delete or move it and run again, give the copy another name with --out (one file at a time), or write into the workbook itself with --write --in-place.',
  economyPlanNotAPlan:
    '{file}: is an economy plan without the operating and investment measures tables, so it is no measures plan. Reconcile the plans against it with "tiltaksplan check PLAN.xlsx --economy-plan {file}".',
  economyPlanNotAPlanNotWritten:
    '{file}: nothing written to the file: it is an economy plan without the operating and investment measures tables. "tiltaksplan check PLAN.xlsx --economy-plan {file} --write" gives a copy of the file the sheet "Avstemming planer".',
  rollNoTable:
    '{file}: nothing written: the file has neither the operating nor the investment measures table, so it is not a measures plan and cannot be rolled. ' +
    'If it is the economy plan (only the Økonomiplan sheet), roll each measures plan checked against it instead, with "tiltaksplan roll PLAN.xlsx --out NEW.xlsx"; make the economy plan of the new period with "tiltaksplan new NEW.xlsx --economy-plan --start YEAR". ' +
    'If it is an older plan made by hand, bring it in first with "tiltaksplan import {file} --out NEW.xlsx".',
  rollWritten: 'Wrote {file}: plan period {years}; the previous period is on the sheet "{sheet}".',
  notCarried: 'Not carried over: {what}',
  unexpected: 'tiltaksplan: unexpected error: {reason}',
  rollRefused:
    'Not rolling {file}: fix the settings and the year columns first, or the new plan period would be a guess. Nothing was written.',
  rollMovedBeside:
    'The cells in {sheet}!{range} beside the table stay where they were, but measures above them left, so the rows beside them now hold other measures.',
  rollFinished:
    'The one-off measure {id} has no cost in the new period and has left the tables (it is on the sheet "{sheet}").',
  rollRescaled:
    'The financing of {id} follows Sum periode, its base, down to the sum of the years that remain: Nye midler is the new money of those years, and the other columns share the rest in the same proportion as before.',
  rollAfterPeriod:
    '{id} has {amount} in Etter perioden; the new year {year} is 0. Move the amount there if it falls in {year}.',
  rollUnknownBefore:
    'Tidligere bevilget of {id} is written as "{kept}": {before} ({beforeCell}) and {first} for {year} ({firstCell}) cannot be added until the unknown amount is filled in. Both are on the sheet "{sheet}".',
  rollFormulaValue:
    '{cell}: the formula {formula} in a column you added is carried as the value it showed, "{value}" (in the new table its references would point elsewhere).',
  rollFormulaNoValue:
    '{cell}: the formula {formula} in a column you added has no result stored in the file, so its cell is empty in the new table. Type it in again there.',
  whatSheet: 'the sheet "{sheet}"',
  whatSetting:
    'the row "{setting}" with the value "{value}" ({cell}), which repeats a setting: the new workbook has one row per setting, with its new value',
  whatCells: 'the cells in {sheet}!{range} outside the table (the sheet is built anew from the table alone)',
  planName: settingName('planName', 'en'),
};

/** The command line's own messages in English. */
import type { UsageKey } from './cliUsage.nb';

export const USAGE_EN: Record<UsageKey, string> = {
  unknownCommand: 'Unknown command "{name}". See "tiltaksplan --help".',
  unknownOption: 'Unknown option "{name}". See "tiltaksplan {command} --help".',
  longDash:
    '"{name}" starts with a long dash, not two hyphens (Word and e-mail turn "--" into "–"). Type {option} with two plain hyphens. See "tiltaksplan {command} --help".',
  unexpectedArgument: 'Unexpected argument "{name}" after {option}. See "tiltaksplan --help".',
  missingValue: 'Option {name} needs a value. Type the value right after the option.',
  badValue: 'Invalid value "{value}" for {name}: expected {expected}.',
  missingFile: 'Give an .xlsx file. See "tiltaksplan {command} --help".',
  emptyFileName: 'An empty file name ("") is no file. Give an .xlsx file. See "tiltaksplan {command} --help".',
  spacedName:
    'The file name "{name}" has spaces and must be in quotes: {quoted}. Without them, {parts} are read as separate files.',
  spacedValue: 'The value "{value}" for {name} has spaces and must be in quotes: {typed}.',
  tooManyFiles: 'Too many files: {files}. Give one file.',
  outNotNamed: 'The new file goes after --out: tiltaksplan {command} {input} --out {out}',
  outWithSeveral:
    '--out cannot be used together with --write when several workbooks are written (several files, or --economy-plan): each gets its own copy. Check one file at a time, or leave out --out.',
  inPlaceWithOut: '--in-place and --out cannot be used together; choose one of them.',
  inPlaceWithoutWrite: '--in-place only applies together with --write; add --write.',
  writeFailed: '{file}: could not be written: {reason}',
  writtenExample: 'Wrote {file} with the example plan ({years}, {unit}).',
  writtenEmpty:
    'Wrote {file}: a plan without measures for {years}, {unit}, with sample lists (sections, budget frames R1–R5, responsibles and plan areas) to adjust on the Innstillinger sheet.',
  reportWritten: 'The report is saved in {file}.',
  'expected.year': 'a year between 2000 and 2100',
  'expected.unit':
    '"kr", "1000 kr" or "mill kr" (also written "NOK", "tusen kr", "1 000 kr", "1000kr", "NOK 1000", "tkr", "TNOK", "mill. kr", "millioner kr", "million kr", "mkr" or "MNOK")',
  'expected.format': 'text, json or html',
  'expected.lang': 'nb, nn or en',
  checkWritten: 'Wrote Sammendrag and Avstemming to {file}.',
  backslashNotWritten:
    'Nothing was written: the workbook was made by another program than Excel, with backslashes (\\) in the names of the parts of its package, which Tiltaksplan reads but does not write into. Save it in Excel as "Excel Workbook (*.xlsx)" and try again.',
  reservedNotWritten:
    'Nothing was written: the workbook is saved with a password to modify, so Excel lets only those who have the password save over it. Use --write without --in-place to get a checked copy beside it, or ask whoever set the password to remove it (File → Save As → Tools → General Options).',
  hiddenSheet:
    '{file}: the sheet "{sheet}" is hidden, so the findings there are in cells you do not see. Show it in Excel: right-click a sheet tab, choose Unhide and pick "{sheet}".',
  veryHiddenSheet:
    '{file}: the sheet "{sheet}" is very hidden (veryHidden), so Excel does not list it under Unhide, and the findings there are in cells you do not see. Ask whoever made the template to show it, or show it yourself in the Visual Basic Editor (Alt+F11): select the sheet and set Visible to "-1 - xlSheetVisible".',
  strictNotWritten:
    'Nothing was written: the workbook is saved as "Strict Open XML Spreadsheet", which Tiltaksplan reads but does not write into. Save it in Excel as "Excel Workbook (*.xlsx)" and try again.',
  exampleYears: '--years cannot be used with --example: the example plan has four plan years. Leave out --years.',
  notXlsxName: '{file}: the file name must end in .xlsx.',
  missingOut: 'Say where the new workbook goes: --out FILE.xlsx. See "tiltaksplan {command} --help".',
  outIsInput: '{file}: --out cannot be the file being read; choose another name.',
  importNoTable:
    '{file}: no legacy measures table found (a header row with Prioritet and Tiltak); nothing written. ' +
    'Check that the table has these headers.',
  importMisaligned:
    '{file}, sheet "{sheet}": the heading "{heading}" ({headingCell}) stands over no number, while {cell} holds {value} under {under}. The headings are shifted against the numbers, so amounts would land in the wrong column; nothing written. Move the headings so that each stands right above its numbers, and import again.',
  importMisalignedNoHeading: 'a column with no heading',
  importMisalignedHeading: 'the heading "{under}"',
  importWritten:
    'Wrote {file}: {operating} operating and {investment} investment measures, {years}, {unit}. See the sheet "Importlogg".',
  notAPlan:
    '{file}: neither the operating nor the investment measures table was found, so the file does not look like a measures plan. If it is an older plan made by hand, bring it in with "tiltaksplan import {file} --out NEW.xlsx".',
  notAPlanNotWritten:
    '{file}: nothing written to the file: it has neither the operating nor the investment measures table, so it is no measures plan. If it is an older plan made by hand, bring it in with "tiltaksplan import {file} --out NEW.xlsx".',
  checkedCopyExists:
    '{file} already exists, perhaps from an earlier check. Tiltaksplan never writes over a file: delete or move it and run again, give the copy another name with --out (one file at a time), or write into the workbook itself with --write --in-place.',
  economyPlanNotAPlan:
    '{file}: is an economy plan without the operating and investment measures tables, so it is no measures plan. Reconcile the plans against it with "tiltaksplan check PLAN.xlsx --economy-plan {file}".',
  economyPlanNotAPlanNotWritten:
    '{file}: nothing written to the file: it is an economy plan without the operating and investment measures tables. "tiltaksplan check PLAN.xlsx --economy-plan {file} --write" gives a copy of the file the sheet "Avstemming planer".',
  rollNoTable:
    '{file}: nothing written: the file has neither the operating nor the investment measures table, so it is not a measures plan and cannot be rolled. ' +
    'If it is the economy plan (only the Økonomiplan sheet), roll each measures plan checked against it instead, with "tiltaksplan roll PLAN.xlsx --out NEW.xlsx"; make the economy plan of the new period with "tiltaksplan new NEW.xlsx --economy-plan --start YEAR". ' +
    'If it is an older plan made by hand, bring it in first with "tiltaksplan import {file} --out NEW.xlsx".',
  rollEconomyPlan:
    '{file} is the economy plan (only the table of economy plan lines, no measure tables), and it is not rolled; nothing written. ' +
    'Make the economy plan of the next period with "tiltaksplan new NEW.xlsx --economy-plan --start {next}" and enter the lines of {file} there (the amounts for {kept} go to the same years; {last} is new). ' +
    'Then roll each measures plan checked against it, with "tiltaksplan roll PLAN.xlsx --out NEW.xlsx".',
  rollTablesMeet:
    'Nothing written: after the roll, {table} and {other} would overlap from {cell} (a table gets a row or column it lacked). Move one of them further away, with an empty row or column between, and try again.',
  rollWritten: 'Wrote {file}: plan period {years}; the previous period is on the sheet "{sheet}".',
  unexpected: 'tiltaksplan: unexpected error: {reason}',
  'extra.notes':
    'the notes (comments) on the cells of the tables on the sheet "{sheet}" (the roll moves rows and years)',
  'extra.conditionalFormats':
    'the conditional formatting on the cells of the tables on the sheet "{sheet}" (the roll moves rows and years)',
  'extra.cellFormats':
    'the formatting (colours, fonts, borders) you gave the cells and rows of the tables on the sheet "{sheet}" (the roll moves rows and years, so it would have stood on other rows)',
  'extra.columnFormats':
    'the formatting you gave {count, plural, one {the whole column {where}} other {the whole columns {where}}} on the sheet "{sheet}" (it stays there, but the roll gives each year column the next year, so it now marks another year or other content than before). Move or remove it in Excel if it was meant for one year',
  'extra.rowHeights':
    'the height you gave rows of the tables on the sheet "{sheet}" (the roll moves rows, so it would have made another measure tall). The rows have the usual height now',
  'extra.rowGroups':
    'the grouping (outline) you gave rows of the tables on the sheet "{sheet}" (the roll moves rows, so the group would have gathered and hidden other measures). Group the rows again in Excel if you want it',
  'extra.hiddenColumns':
    'that {count, plural, one {the year column {where} was} other {the year columns {where} were}} hidden on the sheet "{sheet}" (the roll gives each year column the next year, so another year would have been hidden). {count, plural, one {It is shown now; hide it} other {They are shown now; hide them}} again in Excel if you want',
  'extra.columnGroups':
    'the grouping (outline) you gave {count, plural, one {column {where}} other {columns {where}}} on the sheet "{sheet}": the group was collapsed, and the roll moves columns and years, so it would have hidden something other than before. The grouping is removed and the columns are shown; group them again in Excel if you want it',
  'extra.richText':
    'the font formatting (bold, colour, another font) you gave single words of texts in the tables on the sheet "{sheet}", where the text is written anew without it (in the table or on the archive sheet): the same text stood in several places formatted differently, or was not written again. Format the words again in Excel',
  'extra.hyperlinks':
    'the hyperlinks on the cells of the tables on the sheet "{sheet}" (the roll moves rows and years)',
  'extra.validations':
    'the data validation (drop-down list) on {where} on the sheet "{sheet}": it covered only some of the table\'s rows or a column that went to the archive, and the roll moves rows and years. Set it again where it should apply',
  'extra.tableFilter':
    'the filter (or sort) on the table {where} on the sheet "{sheet}": it applied to the rows before the roll, and the rows move. Every row is shown; set the filter again in Excel if you want it',
  'extra.tableTotals':
    'the totals row of the table {where} on the sheet "{sheet}" (the roll writes the table without it). Turn it on again with Table Design › Total Row',
  rollPivot:
    'The pivot table "{pivot}" on the sheet "{sheet}" is built on {source} and shows the figures from before the roll until it is refreshed: refresh the pivot table (PivotTable Analyze › Refresh) once you have opened the file in Excel.',
  rollPivotGone:
    'The pivot table "{pivot}" on the sheet "{sheet}" is built on {source}, but the roll took the column {column} out of the table, so the pivot table cannot be refreshed as it stands: give it a new data source (PivotTable Analyze › Change Data Source) once you have opened the file in Excel.',
  pivotOnTable: 'the table {table}',
  pivotOnColumns: 'the columns {first}–{last} of the table {table}',
  pivotOnColumn: 'the column {column} of the table {table}',
  pivotOnCells: 'the cells {range} on the sheet "{sheet}"',
  'anchorLeft.hyperlink':
    '{file}: the hyperlink on {cell} stayed on its cell, but the row now holds another item than when the link was added (the items are written in a new order, and the values in your own columns follow their item). Check the link and move it to the item it belongs to.',
  'anchorLeft.note':
    '{file}: the note (comment) on {cell} stayed on its cell, but the row now holds another item than when it was written (the items are written in a new order, and the values in your own columns follow their item). Check the note and move it to the item it belongs to.',
  'anchorLeft.look':
    '{file}: the fill, font or border you gave {cell} stayed on its cell, but the row now holds another item (the items are written in a new order, and the values in your own columns follow their item, but not their look). Move the formatting to the item it belongs to.',
  'anchorLeft.row':
    '{file}: row {cell}, to which you gave a fill, font or border as a whole, kept its look, but it now holds another item (the items are written in a new order, and the values in your own columns follow their item, but not their look). Move the formatting to the item it belongs to.',
  'anchorEmptied.hyperlink':
    '{file}: the hyperlink on {cell} stayed on its cell, but the row is now empty, below the table: the table has fewer rows than before, and the item the link was for is on another row or gone. Move the link to the item it belongs to, or delete it.',
  'anchorEmptied.note':
    '{file}: the note (comment) on {cell} stayed on its cell, but the row is now empty, below the table: the table has fewer rows than before, and the item the note was for is on another row or gone. Move the note to the item it belongs to, or delete it.',
  'anchorEmptied.look':
    '{file}: the fill, font or border you gave {cell} was removed: the table has fewer rows than before, and the row was emptied (the values in your own columns follow their item, but not their look). Give the item’s cell the formatting again if you need it.',
  'anchorEmptied.row':
    '{file}: row {cell}, to which you gave a fill, font or border as a whole, kept its look, but it is now empty, below the table: the table has fewer rows than before. Move the formatting to the item it belongs to, or remove it.',
};

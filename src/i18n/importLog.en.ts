/** The import log (`tiltaksplan import`, the Importlogg sheet) in English. Workbook names stay as the workbook spells them. */
import type { ImportLogKey } from './importLog.nb';

export const IMPORT_LOG_EN: Record<ImportLogKey, string> = {
  'header.number': 'No.',
  'header.sheet': 'Sheet',
  'header.cell': 'Cell',
  'header.decision': 'Decision',
  // What the importer adds to a measure's Kommentar (CommentNote).
  'comment.year-outside': '{year}: {amount} ({unit})',
  'comment.cost-year-no-amount': 'Planned year: {year}',
  'comment.cost-year-text': 'Year: {text}',
  'comment.amount-unread': '{column}: {text}',
  'comment.other-financing': 'Other financing (Annet): {amount} ({unit})',
  'comment.formula-no-result': '{column}: {formula} (formula without a stored result)',
  'comment.column-unplaced': '{column}: {typed}',
  'comment.column-unlabelled': 'Column {column}: {typed}',
  'comment.id-not-kept': 'ID: {typed}',
  source: 'Imported from the file "{file}": the sheets and cells of this log are that file’s.',
  'no-table': 'Found no legacy measures table (headers with Prioritet and Tiltak).',
  period: 'The plan period is {start}–{end} (first plan year: {source}).',
  'period.option': 'from --start',
  'period.header': 'from the first year column of the table header',
  'period.default': 'default, no year columns found',
  'kind-investment': 'The table is read as investment measures (the column "{column}" exists only there).',
  'kind-operating': 'The table is read as operating measures.',
  'column-unknown':
    'The column "{column}" is unknown or does not belong to this kind of table: each filled cell of it is put in the measure’s Kommentar.',
  'column-repeated':
    'The column "{column}" repeats another column of the table: each filled cell of it is put in the measure’s Kommentar.',
  'column-unplaced-cell':
    'The column "{column}" has no place in the new table: "{typed}" is put in the measure’s Kommentar as typed (not converted).',
  'column-unlabelled-cell':
    'The cell is in column {column}, which has no heading: "{typed}" was put in the measure’s Kommentar as typed (not converted).',
  'id-not-kept':
    'The ID "{typed}" is {reason}: it was put in the measure’s Kommentar, and the measure has the new ID {id}.',
  'id-not-kept.form': 'not of the form {form} this table uses',
  'id-not-kept.duplicate': 'used by a measure further up',
  'id-merged':
    'The ID "{typed}" is in a merged cell ({range}) and belongs to the measure on row {row}: this measure has the new ID {id}.',
  'id-new': 'The measure has no ID: it has the new ID {id}.',
  'column-number-priority':
    'Column "{column}" → Prioritet: the table has no Prioritet column, and it stands before Tiltak.',
  'column-number-ref':
    'Column "{column}" → Ref.: the table has a Prioritet column, or another number column is its Prioritet.',
  'column-mapped': 'Column "{column}" → {header}.',
  'column-year': 'Column "{column}" → the year {year}.',
  'year-footnote':
    'Year column "{column}" has the footnote marker "{marker}" and is read as the year {year}. The footnote ({at}): "{footnote}" – check whether it changes the amounts for {year}.',
  'year-footnote-missing':
    'Year column "{column}" has the footnote marker "{marker}" and is read as the year {year}. No footnote found under the table – check in the old plan whether it changes the amounts for {year}.',
  'footnote-row': 'Row {row} is a footnote to the table header ("{text}") and is not taken as a measure.',
  'column-cost-year': 'Column "{column}" → the year the cost falls in (År).',
  'column-other-financing': 'Column "{column}" → Kommentar (no canonical column).',
  'no-purpose': 'The table has no Formål: set to "Annet".',
  'no-project': 'The table has no Prosjektnr: fill it in for costed projects.',
  'unit-title':
    'The table header states no unit; the title "{title}" above the table states {unit}, which applies to the columns without a unit of their own.',
  'title-note':
    'The text "{typed}" stands beside the table title "{title}": it belongs to no measure and is placed nowhere.',
  'units-mixed': 'The table header states several units ({units}); columns without their own unit get {unit}.',
  'column-unit': 'Unit of "{column}": {unit} ({source}).',
  'column-unit-converted': 'Unit of "{column}": {unit} ({source}); converted to {target}.',
  'unit.column': 'stated in the column header',
  'unit.group': 'stated in the group header above the column',
  'unit.table': 'stated elsewhere in the table header',
  'unit.title': 'stated in the title above the table',
  'unit.option': 'from --unit',
  'unit.assumed': 'no unit stated; taken as the target unit',
  'number-too-large': 'The number {value} is too large to be an amount; it is moved to Kommentar.',
  'number-as-text':
    '{column} is a number, {typed}: taken in as the text "{typed}". Check that it belongs in this column.',
  'number-from-text': 'The number is written as text, "{typed}"; read as {number}.',
  'number-with-unit': 'The number is written as text with its own unit, "{typed}"; read as {number} ({unit}).',
  'number-apostrophe-thousands':
    'The number is written "{typed}", with an apostrophe for thousands; read as {number} ({unit}).',
  'dot-ambiguous':
    'Check the amount: the text "{text}" is read as {number} ({unit}), with the dot as thousands separator. If the dot was meant as a decimal point, type the amount with a comma.',
  'kroner-in-column':
    'Check the amount: the cell states kroner itself, "{typed}", but the column is in {unit}; read as {number} kr, the cell’s unit, that is {amount} in {target} in the new table. If the number was meant in {unit}, correct the amount in the new table.',
  'kroner-word-ignored':
    'Check the amount: the cell states kroner, "{typed}", but the column is in {unit}, and an amount in kroner has no decimals; read as {number} in the column’s unit, {unit}.',
  'text-not-amount': 'The text "{text}" is not an amount; it is moved to Kommentar.',
  // A logical or an error value (TRUE, #N/A) is no text she typed: named as her Excel shows it (SANN, #I/T).
  'text-not-amount.value': 'The value "{text}" is not an amount; it is moved to Kommentar.',
  'formula-no-result':
    'The cell holds the formula {formula}, but the file does not store its result; the formula is moved to Kommentar. Open and save the file in Excel and import it again to get the amount.',
  'text-formula-no-result':
    'The formula in the cell ({column}) is saved without its result, so the text is not imported. Open and save the file in Excel, and import it again.',
  'year-no-column':
    'The old table has no column for {count, plural, one {the plan year} other {the plan years}} {years}: the cells of {years} are empty. Fill in the amounts (a lasting measure usually has its full-year effect).',
  'year-outside': 'Year {year} is outside the plan period; the amount {amount} is moved to Kommentar.',
  'cost-year-no-amount': 'Year {year} without an amount: the year is noted in Kommentar.',
  'cost-year-empty':
    'The År column is empty: the Kostnadsramme ({amount}, in {unit}) is not placed on any year. Spread it over the years, Tidligere bevilget or Etter perioden.',
  'cost-year-text':
    'The År column says "{text}", which is not one year: the Kostnadsramme is not placed on any year, and the text is put in Kommentar.',
  'cost-year-in': 'Column År: the whole Kostnadsramme ({amount}, in {unit}) is entered in the year {year}.',
  'cost-year-before': 'Column År: the whole Kostnadsramme ({amount}, in {unit}) is entered in Tidligere bevilget.',
  'cost-year-after': 'Column År: the whole Kostnadsramme ({amount}, in {unit}) is entered in Etter perioden.',
  'other-financing':
    'The financing column "Annet" has no canonical column: {amount} ({unit}) is put in Kommentar; enter the amount in one of the table’s financing sources.',
  'period-sum-formula': 'Sum periode is calculated by the formula; the value is not imported.',
  'one-off': 'Samlet kostnad is 0 or empty while the years have amounts: Type Engangs, Helårsvirkning 0.',
  'one-off-total':
    'Samlet kostnad ({amount}, in {unit}) is the sum of the years, and the cost ends in {year}, before the last plan year: read as a one-off measure, Type Engangs, Helårsvirkning 0.',
  'section-row': 'Section row "{text}": section "{section}".',
  'section-row-amounts':
    'Section row "{text}" with amounts: section "{section}". The amounts on the row are the section\'s subtotal and are not taken as a measure.',
  'section-row-label':
    'The row has only "{text}" in the Tiltak column, written as a heading with a colon, and no priority, ID or amount: read as a section row, section "{section}".',
  'section-unused': '"{text}" has no measure under it and is not taken as a section.',
  'priority-not-number': 'Prioritet "{value}" is not a number; the field is left empty.',
  'priority-merged':
    'The priority "{value}" is in a merged cell ({range}) and belongs to the measure on row {row}: this measure has no priority. Give it its own.',
  'ref-split': 'Ref. "{ref}" is split off from the measure text.',
  'merged-cell': '"{value}" is in a merged cell ({range}) and applies to this row too.',
  'merged-section':
    '"{value}" is in a merged cell ({range}) that also covers the section row "{text}": the row is a section row, and the value applies to the measure rows only.',
  'merged-amount':
    'The amount {number} is in a merged cell ({range}) and counts once, on row {row}; this row has no amount here.',
  'merged-amount-across':
    'The amount {number} is in a merged cell ({range}) across several columns and counts once, in {at}; this cell has no amount. Check whether it was meant to be spread over the columns.',
  'status-typed': 'Kostnadsstatus "{status}" is taken from the table.',
  'status-marker': 'The cell says "{marker}": Kostnadsstatus {status}.',
  'status-amounts': 'Amounts are given: Kostnadsstatus {status}.',
  'status-zero':
    'Only "----" or 0 in the amount cells: Kostnadsstatus Ingen kostnad. "----" may also have meant "not costed" – check.',
  'status-none': 'No amounts are given: Kostnadsstatus Ukjent.',
  'total-row-label': 'Row {row} is a total row ("{label}") and is not taken as a measure.',
  'total-row-formula': 'Row {row} is a total row ({formula}) and is not taken as a measure.',
  'total-row-sum':
    'Row {row} ("{label}") has a priority, but its amounts are the sum of the measures above: a total row, not taken as a measure.',
  'total-row-unlabelled':
    'Row {row} holds only amounts, with no text, priority, ID or Ref., and they are the sums of the measures above: a total row, not taken as a measure.',
  'total-label-measure':
    'Row {row} starts like a total row ("{label}") but has its own priority (ID, Ref.) and amounts that are not the sum of the measures above: read as a measure.',
  'placeholder-row':
    'Row {row} holds only "----" or 0, with no text, priority, ID or Ref.: it is not taken as a measure.',
  'header-gap':
    "Row {empty} is empty between the two header rows: row {row} (years and columns under the group headings) is read as the second header row, and the measures under it as the table's rows.",
  'hidden-row':
    'Row {row} is hidden in the sheet. It is read like the other rows (a measure on it is imported): check whether it belongs to the plan.',
  'no-section': 'The table has no section row before the first measure: section "Uten seksjon".',
  'wrapped-text':
    'The text "{text}" continues the cell above it, on the measure on row {row} (the line has wrapped over several rows): added there, not taken as a measure or section of its own.',
  'unread-header':
    'Row {row} looks like the header of a measures table ("{column}" and amount columns) but has no Prioritet or Nr. column: the table under it is not read. Insert a Prioritet column with the measures’ numbers and import again.',
  'unread-row':
    'Row {row} stands under the table, which ends on row {last}, and is not read, but it looks like a measure ("{text}") with amounts. If it belongs to the table, give it a priority number and import again.',
  'unread-row-ranked':
    'Row {row} stands below the table, which ends at row {last}, and is not read, although it has priority {priority}, a measure text ("{text}") and amounts: the table ends at an empty row that no measure follows. If the row belongs to the table, remove what stands between the table and the row (an empty row, a note), and import again.',
  'unread-row-priority':
    'Row {row} stands under the table, which ends on row {last}, and is not read: it has priority {priority} and amounts, but no measure text. If it belongs to the table, type the measure and import again.',
  'empty-row': 'Row {row} is empty, but the table goes on below it: the rows below are read too.',
  'row-note':
    'Row {row} is not a measure, but holds "{typed}" in this cell: the text belongs to no measure and is placed nowhere. Move it where it belongs.',
  'row-remark-measure':
    'The row holds only a remark, "{typed}" in the column {column}, and stands right under the measure on row {row}: the remark went to that measure’s Kommentar, not read as a section or a measure.',
  'row-note-measure':
    'The row has no measure text, priority or amount and stands right under the measure on row {row}: "{typed}" in the column {column} went to that measure’s Kommentar.',
};

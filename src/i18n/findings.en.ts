/** Finding messages in English. Column names stay in bokmål: they are the workbook's header texts. */
import { GLOSSARY_EN as g } from './glossary';
import type { FindingKey } from './findingKeys';

export const FINDINGS_EN: Record<FindingKey, string> = {
  'sheet-missing': `Could not find {table} on the sheet "{sheet}". Create it under ${g.structure} in the task pane with "${g.showChanges}".`,
  'sheet-missing.sheet-renamed': `Could not find {table}: the workbook has no sheet called "{sheet}". If you renamed the sheet, give it the name "{sheet}" again; then Tiltaksplan finds the table there. If the table is gone, you can make it under ${g.structure} in the task pane with "${g.showChanges}" (a new, empty sheet "{sheet}").`,
  'sheet-missing.table-elsewhere': `Could not find {table}: the workbook has no sheet called "{sheet}". Is it the table "{foundTable}" on the sheet "{foundSheet}"? If so, give that sheet the name "{sheet}" again, and Tiltaksplan finds the table there. ${g.structure} → "${g.showChanges}" would make a new, empty sheet "{sheet}" besides.`,
  'column-missing': `The column "{column}" is missing from the table. Add it under ${g.structure} in the task pane with "${g.showChanges}".`,
  'column-missing.header-empty': `This column's header is empty, so the column "{column}" is missing from the table. Type "{column}" in the cell, or let ${g.structure} in the task pane do it with "${g.showChanges}".`,
  'column-missing.header-renamed': `The header "{found}" stands where the column "{column}" belongs, so "{column}" is missing from the table. Type "{column}" in the cell, or let ${g.structure} in the task pane do it with "${g.showChanges}".`,
  'column-missing.looks-like':
    'The column "{found}" looks like "{column}": {misfits, plural, =0 {all its values are} one {all its values but one are} other {all its values but # are}} valid for "{column}". Give it the header "{column}" and it is read.',
  'column-missing.settings-header-empty':
    'This column\'s header is empty, so the column "{column}" is missing from the table. Type "{column}" in the cell.',
  'column-missing.settings-header-renamed':
    'The header "{found}" stands where the column "{column}" belongs, so "{column}" is missing from the table. Type "{column}" in the cell again.',
  'column-duplicate': 'The column "{column}" appears twice. Rename or delete one of them.',
  'column-duplicate.alias':
    'The column "{column}" is read as "{header}", which {firstCell} already is. Rename one of them, or type "{header}" over the one to be read.',
  'year-columns':
    'The year columns do not match the plan period: expected {expected}, found {found}. Fix the headers or Første planår / Antall planår. The amounts per year in the table are checked and reconciled once the headers match.',
  'year-columns.none':
    'The year columns do not match the plan period: expected {expected}, found no year columns. Fix the headers or Første planår / Antall planår. The amounts per year in the table are checked and reconciled once the headers match.',
  'economy-plan-unused-year-columns':
    'The economy plan in this file is not used when the plan is reconciled against a separate economy plan, so nothing here is reconciled. Its year columns do not match the plan period either (expected {expected}): fix the headers if the table is to be used again.',
  'setting-invalid': 'The setting "{setting}" has an invalid value "{value}". Fix it on the Innstillinger sheet.',
  'setting-invalid.missing': `The table on the Innstillinger sheet has no row for "{setting}". Add it under ${g.structure} in the task pane with "${g.showChanges}", and fill in its value.`,
  'setting-invalid.empty': 'The setting "{setting}" has no value. Fill it in on the Innstillinger sheet.',
  'setting-invalid.decimal-point':
    'The setting "{setting}" has the value "{value}", which is not read as a number: a dot only separates thousands. Type the decimal with a comma: "{suggestion}". Fix it on the Innstillinger sheet.',
  'setting-invalid.unit-typed':
    'The setting "{setting}" has the value "{value}", which is not read as an amount: the amounts are already in {unit}. Type just the number: {suggestion}. Fix it on the Innstillinger sheet.',
  'setting-invalid.other-unit':
    'The setting "{setting}" has the value "{value}", which is not read as an amount: the text is in {typedUnit}, but the plan\'s Beløpsenhet is {unit}. Type {suggestion}. Fix it on the Innstillinger sheet.',
  'setting-invalid.unit':
    'The setting "{setting}" has an invalid value "{value}". Type "kr", "1000 kr" or "mill kr". Fix it on the Innstillinger sheet.',
  'setting-duplicate':
    'The setting "{setting}" is on more than one row. Only the row at {firstCell} is read, so the plan uses "{used}"; the value on this row is not used. Delete the row that should not count.',
  'setting-duplicate.empty':
    'The setting "{setting}" is on more than one row. Only the row at {firstCell} is read, and it has no value; the value on this row is not used. Delete the row that should not count.',
  'economy-period-unstated':
    'The plan period is not stated in the economy plan (Første planår and Antall planår on the Innstillinger sheet), so it is taken from the plans: {years}. The year columns on the Økonomiplan sheet are read for that period. Type Første planår and Antall planår on the Innstillinger sheet, and the period is read from the file.',
  'economy-period-unstated.columns':
    "The plan period is not stated in the economy plan (Første planår and Antall planår on the Innstillinger sheet), and the year columns on the Økonomiplan sheet are for {years}, not the plans' period {planYears}. The economy plan is read for {years}, as its year columns show, so plans for {planYears} are not reconciled against it. Type the right Første planår and Antall planår on the Innstillinger sheet of the economy plan, or use the economy plan for {planYears}.",
  'economy-period-unstated.start':
    'Første planår is not stated in the economy plan (Innstillinger sheet), so it is taken from the plans, with Antall planår as the economy plan states it: {years}. The year columns on the Økonomiplan sheet are read for that period. Type Første planår on the Innstillinger sheet, and the period is read from the file.',
  'economy-period-unstated.start-columns':
    "Første planår is not stated in the economy plan (Innstillinger sheet), and the year columns on the Økonomiplan sheet start with another year than the plans' period {planYears}. The economy plan is read for {years}, as its year columns and Antall planår show, so plans for {planYears} are not reconciled against it. Type the right Første planår on the Innstillinger sheet of the economy plan, or use the economy plan for {planYears}.",
  'frame-code-missing':
    'The budget frame "{name}" in the list of budget frames has no code, so it cannot be chosen in the Rammeområde drop-down, and no measure or economy plan line can be counted in it in the reconciliation. Type its code in this cell.',
  'list-empty':
    'There is nothing in {list}, so its drop-downs offer nothing. Fill in values on the Innstillinger sheet.',
  'formula-overwritten':
    'A cell of the calculated column "{column}" holds a constant ({value}) instead of the formula. Delete the value and the formula comes back.',
  'formula-overwritten.span-other': `The column "{column}" also counts {other} besides the years: the year columns do not stand side by side in period order, with {other} between them. Let ${g.structure} in the task pane give "{column}" a formula that sums the years only, with "${g.showChanges}" (or move {other} out from between the year columns).`,
  'formula-overwritten.span-missing': `The column "{column}" does not count {years}: the year columns do not stand side by side in period order. Let ${g.structure} in the task pane give "{column}" a formula that sums every year, with "${g.showChanges}" (or put the year columns side by side in period order again).`,
  'formula-overwritten.span-other-missing': `The column "{column}" counts {other}, outside the years, and does not count {years}: the year columns do not stand side by side in period order. Let ${g.structure} in the task pane give "{column}" a formula that sums the years only, with "${g.showChanges}" (or put the year columns side by side in period order again, with other columns outside them).`,
  'formula-overwritten.span-twice': `The column "{column}" counts {years} twice: the year columns do not stand side by side in period order, and the formula sums ranges that overlap. Let ${g.structure} in the task pane give "{column}" a formula that sums each year once, with "${g.showChanges}".`,
  'economy-plan-year-empty':
    'The economy plan has no amounts for {year} yet: {year} is reconciled once they are entered.',
  'economy-plan-year-empty.all':
    'The economy plan has no amounts yet: {year}–{last} are reconciled once they are entered.',
  'table-empty': 'There are no rows in {table} yet. Type or paste the rows there when you have them.',
  'row-below-table': `Row {row}, right under {table}, looks like a row of the table but lies outside it: it is neither checked nor counted in the totals. If it belongs to the table, grow the table over it (under ${g.structure} in the add-in, or Table Design → Resize Table); otherwise leave an empty row between it and the table.`,
  'row-below-table.gap': `Row {row}, under {table} with empty rows between, has an ID like the table's measures but lies outside the table: it is neither checked nor counted in the totals. If the row has stood there since before a roll, each amount stands under the year after its own (the roll named the row): take it into the table in the plan you rolled from and roll again, or move each amount to its own year first. If it belongs to the table and its amounts stand under the right years, delete the empty rows above it and take it into the table (under ${g.structure} in the add-in, or Table Design → Resize Table); if it is to stay outside, move it to another sheet.`,
  'row-below-table.id': `Row {row}, right under {table}, has an ID like the table's measures but lies outside the table: it is neither checked nor counted in the totals. If it belongs to the table, grow the table over it (under ${g.structure} in the add-in, or Table Design → Resize Table); if it is to stay outside, move it to another sheet (a row with the table's ID is read as a measure outside the table even with empty rows between).`,
  'note-in-table':
    'Row {row} of {table} holds only one text, "{text}" in the column {column} (sheet {sheet}, cell {cell}). It looks like a note that Excel took into the table because it was typed in the row right under it. So the row is not read as a row of the table: it is neither checked nor counted in the totals or the reconciliation. Move the note below the table with an empty row between (or out to the side), or fill in the rest of the row if it belongs in the table.',
  'economy-plan-line-invalid':
    'The line type "{value}" is unknown, so the line is compared with no measure, project or frame: it is listed as an unmatched line in the reconciliation. Choose one of: {allowed}.',
  'economy-plan-line-invalid.type-missing':
    'The line has amounts but no line type, so it is compared with no measure, project or frame: it is listed as an unmatched line in the reconciliation. Choose one of: {allowed}.',
  'economy-plan-line-invalid.part-missing':
    'The line has amounts but no part (Del). A Tiltak line without a part is read as Drift: new money, in its budget frame, unless its Ref names an investment project. Choose one of: {allowed}.',
  'economy-plan-line-invalid.part-unknown':
    'The part (Del) "{value}" is unknown. A Tiltak line without a valid part is read as Drift: new money, in its budget frame, unless its Ref names an investment project. Choose one of: {allowed}.',
  'economy-plan-line-invalid.ramme-investment':
    'A frame line is for operating costs only (new money for a budget frame), but this one has Del Investering, so it counts in no frame: it is listed as an unmatched line in the reconciliation. If it is the operating frame, choose Del Drift; investments go in with Linjetype Tiltak, one line per project.',
  'id-missing': 'The measure has no ID. Give it the ID {suggestion}, which is not in use yet.',
  'id-missing.total-row':
    "The row looks like a total row, but in the table it is read as a measure. Delete the row rather than give it an ID; to show totals in the table, turn on Excel's own total row (Table Design › Total Row).",
  'id-duplicate':
    'The ID {id} is already used (at {firstSheet}!{firstCell}). IDs must be unique across both tables; give this measure a new ID, for example {suggestion}, which is not in use yet.',
  'section-invalid':
    'The section "{value}" is not in the list of sections. Pick one from the list or add it on the Innstillinger sheet.',
  'section-invalid.missing': 'The measure has no section. Pick one from the list.',
  'priority-invalid': 'The priority "{value}" is not valid. Enter a whole number from 1 up.',
  'priority-invalid.missing': 'The measure has no priority. Enter a whole number from 1 up.',
  'priority-invalid.decimal-point':
    'The priority "{value}" is not read as a number: a dot only separates thousands. Enter the priority as a whole number: {suggestion}.',
  'priority-text':
    'The priority "{value}" is stored as text. It is read as {priority}, but Excel sorts text after every number; convert it to a number.',
  'priority-duplicate':
    'Priority {priority} is used twice in section "{section}" (also at {firstCell}). Each priority may be used once per section; give one of the measures another priority.',
  'measure-missing': 'The measure text is missing. Describe the measure in the Tiltak column.',
  'measure-too-long':
    'The measure text has {length} characters, but may have at most {max}. Shorten it, and put the rest in Kommentar if needed.',
  'status-invalid': 'The cost status "{value}" is unknown. Choose one of: {allowed}.',
  'status-invalid.missing': 'The cost status is missing. Choose one of: {allowed}.',
  'status-invalid.total-row':
    "The row looks like a total row, but in the table it is read as a measure. Delete the row rather than give it a cost status; to show totals in the table, turn on Excel's own total row (Table Design › Total Row).",
  'type-invalid':
    'The type "{value}" is unknown, so the measure is checked neither as a lasting nor as a one-off measure, and a roll forward gives the new last year 0. Choose one of: {allowed} (an empty cell means Varig).',
  'purpose-invalid':
    'The purpose "{value}" is unknown, so the rule on VAT compensation for rental housing cannot be checked. Choose one of: {allowed}.',
  'responsible-missing': 'The measure has no one responsible. Name one function or one person.',
  'area-invalid':
    'The plan area "{area}" is not in the list of plan areas. Pick one from the list or add it on the Innstillinger sheet.',
  'frame-invalid': 'The budget frame "{frame}" is not in the list of budget frames. Pick a code from the list.',
  'frame-invalid.economy-plan-line':
    'The economy plan line names the budget frame "{frame}", which is not in the list of budget frames ({allowed}), so the line counts in no frame of the list. Correct the code to one of them.',
  'frame-invalid.measure-ref':
    'The economy plan line has Linjetype "{lineType}", but its Ref "{frame}" is a measure\'s ID, not a budget frame, so the line is counted neither to the measure nor to any budget frame. If it is the line of {frame}, correct Linjetype to Tiltak; the Ref is right.',
  'amount-invalid': 'The cell in "{column}" holds "{value}", which is not an amount. It counts as 0 until you fix it.',
  'amount-invalid.unit-typed':
    'The cell in "{column}" holds "{value}", which is not an amount: the amounts are already in {unit}. Type just the number: {suggestion}. Until then it counts as 0.',
  'amount-invalid.other-unit':
    'The cell in "{column}" holds "{value}", which is not an amount: the text is in {typedUnit}, but the plan\'s Beløpsenhet is {unit}. Type {suggestion}. Until then it counts as 0.',
  'amount-invalid.decimal-point':
    'The cell in "{column}" holds "{value}", which is not read as an amount: a dot only separates thousands (2.450 is 2 450). Type the decimal with a comma: "{suggestion}". Until then the cell counts as 0.',
  'amount-invalid.too-large':
    'The cell in "{column}" holds "{value}", which is too large for an amount in {unit}: it comes to more than a thousand billion kroner. Was it typed in another unit? Type the amount in {unit}. Until then the cell counts as 0.',
  'amount-invalid.uncalculated':
    'The cell in "{column}" holds a formula whose result the file does not store (the file was made or changed by a program other than Excel). Open the file in Excel and save it, so that the formula is calculated. Until then the cell counts as 0.',
  'priority-gap':
    'The priorities in section "{section}" are {priorities}; they should run 1 to {count} without gaps. Renumber the section.',
  'area-missing': 'The measure touches no plan area. Pick one or more (separated by semicolons).',
  'ref-unknown':
    'The reference "{ref}" is not an item of the action plan (sheet "Handlingsplan"). Check the number, or add the item there.',
  'amount-precision':
    'The amount {value} in "{column}" has more decimals than the unit {unit} allows ({decimals}). Was it typed in the wrong unit, such as mill kr?',
  'amount-precision.mill':
    'The amount {value} in "{column}" has more decimals than the unit {unit} allows ({decimals}, that is whole thousands of kroner, which new money is rounded to). Round it to {decimals} decimals: {rounded}.',
  'amount-precision.mill.zero':
    'The amount {value} in "{column}" has more decimals than the unit {unit} allows ({decimals}, that is whole thousands of kroner, which new money is rounded to). Rounded to {decimals} decimals it becomes 0 and the amount is gone: check that it is typed in the right unit.',
  'amount-precision.kr':
    'The amount {value} in "{column}" has decimals, but the unit {unit} takes whole kroner (no øre). Was it typed in another unit, such as 1000 kr or mill kr? Otherwise round it to whole kroner: {rounded}.',
  'amount-precision.kr.zero':
    'The amount {value} in "{column}" has decimals, but the unit {unit} takes whole kroner (no øre). Rounded to whole kroner it becomes 0 and the amount is gone: check whether it was typed in another unit, such as 1000 kr or mill kr.',
  'amount-precision.row':
    'The amounts in {columns} have more decimals than the unit {unit} allows ({decimals}). Were they typed in the wrong unit, such as mill kr?',
  'amount-precision.row.mill':
    'The amounts in {columns} have more decimals than the unit {unit} allows ({decimals}, that is whole thousands of kroner, which new money is rounded to). Round them to {decimals} decimals.',
  'amount-precision.row.kr':
    'The amounts in {columns} have decimals, but the unit {unit} takes whole kroner (no øre). Were they typed in another unit, such as 1000 kr or mill kr? Otherwise round them to whole kroner.',
  'amount-text':
    'The amount "{value}" in "{column}" is stored as text and is read as {readAs} (in {unit}). Excel\'s own sums skip it; convert it to a number.',
  'amount-text.kroner':
    'The amount "{value}" in "{column}" is stored as text and is read as {readAs} (in {unit}). The text says kr, but the plan\'s Beløpsenhet is {unit}: check the amount before you convert it to a number. If it is kroner, type {suggestion}.',
  'amount-text.setting':
    'The setting "{column}" has the value "{value}", stored as text. It is read as an amount in {unit}; convert it to a number so that Excel holds it as a number too.',
  'amount-text.setting-kroner':
    'The setting "{column}" has the value "{value}", stored as text. It names kroner and is read in kroner: {read} in {unit}. Type {read} as a number so that Excel holds it as a number too.',
  'amount-placeholder':
    'The dash "{value}" in "{column}" was read as 0. Type 0 if the amount is zero, or leave the cell empty if it is not known.',
  'costed-without-amounts':
    'The measure is marked Beregnet (costed) but every amount is empty or 0. Enter the amounts or choose another status.',
  'amounts-without-costing':
    'The measure has status "{status}" but "{column}" holds {amount}. Only measures marked Beregnet are counted; mark it Beregnet or remove the amounts.',
  'amounts-without-costing.missing':
    'The measure has no cost status but "{column}" holds {amount}. Only measures marked Beregnet are counted; mark it Beregnet if the amounts are right, otherwise choose another status and remove the amounts.',
  'amounts-without-costing.total-row':
    "The row looks like a total row, but in the table it is read as a measure, and as a measure its sums would be counted a second time in Sammendrag. Delete the row. To show totals in the table, turn on Excel's own total row (Table Design › Total Row).",
  'financing-sum':
    'The financing ({financing}) does not equal {column} ({base}); the difference is {difference}. Spread the whole amount over Felles tiltak, Endret drift, Annen finansiering and Nye midler.',
  'financing-sign':
    '"{column}" ({amount}) has the opposite sign of {baseColumn} ({base}). Savings are negative in both cost and financing.',
  'financing-sign.zero-base':
    '"{column}" ({amount}) cannot be spread over the years when {baseColumn} is 0: new money per year is 0 in every year, while Sammendrag counts {amount}. Correct the yearly costs or Helårsvirkning so that the base is not 0, or set "{column}" to 0.',
  'year-exceeds-full-year':
    'The cost in {year} ({cost}) exceeds the full-year effect ({fullYear}). A lasting measure cannot cost more in one year than in a full year; fix the amount or the full-year effect.',
  'full-year-not-reached':
    'The last plan year ({year}) has {last}, but the full-year effect is {fullYear}. A lasting measure should reach its full-year effect by the last year; check the amounts.',
  'one-off-full-year':
    'A one-off measure should have no full-year effect, but this one has {fullYear}. Set Helårsvirkning to 0 or change Type to Varig.',
  'frame-missing':
    'The measure asks for new money ({newMoney}) but has no budget frame. Choose the frame that is to receive the money.',
  'frame-missing.line-frame':
    'The measure asks for new money ({newMoney}) but has no budget frame. Its economy plan line has {frame}, so Avstemming counts the measure in {frame}, while Sammendrag shows it under "(no budget frame)". Type {frame} in Rammeområde, and both show the same.',
  'frame-missing.line-frames':
    'The measure asks for new money ({newMoney}) but has no budget frame, and its economy plan lines have different frames ({frame}), so Avstemming counts it in no frame. Choose the frame on the measure, and give the lines the same.',
  'frame-missing.line-frame-invalid':
    'The measure asks for new money ({newMoney}) but has no budget frame, and its economy plan line has "{frame}", which is not a budget frame of the list, so Avstemming counts it in no frame. Choose the frame on the measure, and correct the code on the line.',
  'frame-missing.line-frames-invalid':
    'The measure asks for new money ({newMoney}) but has no budget frame, and its economy plan lines have {frame} and "{invalid}", which is not a budget frame of the list, so Avstemming counts it in no frame. Choose the frame on the measure, correct the code on the line, and give the lines the same.',
  'new-money-rounded-to-zero':
    '{column} is {newMoney}, but new money per year is rounded to whole thousands of kroner and is 0 in every year of the period. The measure therefore has 0 new money per year in Sammendrag and in the reconciliation with the economy plan. Check that the amount is typed in the right unit ({unit}).',
  'new-money-rounded-to-zero.mill':
    '{column} is {newMoney}, but new money per year is rounded to whole thousands of kroner (0,001 mill kr) and is 0 in every year of the period. The measure therefore has 0 new money per year in Sammendrag and in the reconciliation with the economy plan. Check that the amount is typed in the right unit ({unit}).',
  'new-money-rounded-to-zero.kr':
    '{column} is {newMoney}, but new money per year is rounded to whole kroner and is 0 in every year of the period. The measure therefore has 0 new money per year in Sammendrag and in the reconciliation with the economy plan. Check that the amount is typed in the right unit ({unit}).',
  'investment-phasing':
    'Tidligere bevilget + the years + Etter perioden come to {phased}, but Kostnadsramme is {budget}; the difference is {difference}. Fix the phasing or the project budget.',
  'investment-financing-sum':
    'The financing ({financing}) does not equal Kostnadsramme ({budget}); the difference is {difference}. Spread the whole budget over the financing sources.',
  'vat-on-rental':
    'Rental housing gets no VAT compensation, but this project has {vat}. Move the amount to another financing source.',
  'vat-share':
    'The VAT compensation ({vat}) is more than {percent} % of the project budget ({budget}); at most {limit} is possible. Check the amount.',
  'below-investment-threshold':
    'The project budget ({budget}) is below the threshold of {threshold} kr ({thresholdInUnit} in {unit}). Purchases that small belong in the operating budget; move the measure to Tiltak drift.',
  'below-investment-threshold.kr':
    'The project budget ({budget}) is below {threshold} kr. Purchases that small belong in the operating budget; move the measure to Tiltak drift.',
  'project-missing':
    'The investment is marked Beregnet but has no project number. Type the project number in Prosjektnr: it links the investment to the economy plan.',
  'unit-suspect':
    'The financing ({actual}) is 1000 times smaller than {column} ({expected}): something was typed in the wrong unit (the workbook is in {unit}). Either the financing was typed in {bigUnit}: multiply the financing amounts by 1000 (the sum becomes {proposed}). Or the years and {column} were typed in {smallUnit}: divide them by 1000 ({column} becomes {otherProposed}).',
  'unit-suspect.base':
    '{column} ({expected}) is 1000 times smaller than the financing ({actual}): something was typed in the wrong unit (the workbook is in {unit}). Either the years and {column} were typed in {bigUnit}: multiply them by 1000 ({column} becomes {proposed}). Or the financing was typed in {smallUnit}: divide the financing amounts by 1000 (the sum becomes {otherProposed}).',
  'unit-suspect.kr':
    'The financing ({actual}) is 1000 times smaller than {column} ({expected}): something was typed in the wrong unit or with the wrong number of zeros (the workbook is in {unit}). Either the financing was typed in {bigUnit}: multiply the financing amounts by 1000 (the sum becomes {proposed}). Or the years and {column} have three zeros too many: divide them by 1000 ({column} becomes {otherProposed}).',
  'unit-suspect.base.kr':
    '{column} ({expected}) is 1000 times smaller than the financing ({actual}): something was typed in the wrong unit or with the wrong number of zeros (the workbook is in {unit}). Either the years and {column} were typed in {bigUnit}: multiply them by 1000 ({column} becomes {proposed}). Or the financing has three zeros too many: divide the financing amounts by 1000 (the sum becomes {otherProposed}).',
  'unit-suspect.supports-base':
    'The rest of the plan has amounts the size of {column} ({expected}), so the financing is probably what is wrong.',
  'unit-suspect.supports-financing':
    'The rest of the plan has amounts the size of the financing ({actual}), so the years and {column} are probably what is wrong.',
  'list-value-too-long':
    'The value in {list} is {length} characters long; Excel allows at most {max} characters in a formula, so the sums on Sammendrag cannot pick it out. Shorten the value (and the same texts in the measures tables).',
};

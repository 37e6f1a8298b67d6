/** Strings of the change report and the pane's Endringer and Lagre versjon, English. */
import { GLOSSARY_EN as g } from './glossary';
import type { CompareKey } from './compare.nb';

export const COMPARE_EN: Record<CompareKey, string> = {
  title: 'Changes since {label}',
  older: 'Older version: {name}, {from}–{to}, {unit}',
  newer: 'Newer version: {name}, {from}–{to}, {unit}',
  amountsIn: 'Amounts in {unit}. Only measures with cost status Beregnet (costed) count in the totals.',
  unitChanged: 'The amount unit changed from {old} to {new}. Amounts are compared in kroner.',
  unitNotConvertedLarger:
    'The amount unit changed from {old} to {new}, but the amounts seem not to have been converted: {scaled} of the {changed} changed amounts are {factor} times what they were. ' +
    'Was Beløpsenhet changed in Innstillinger without converting the amounts? Then these changes are not real: divide the amounts of the newer version by {factor}, or set Beløpsenhet back to {old}.',
  unitNotConvertedSmaller:
    'The amount unit changed from {old} to {new}, but the amounts seem not to have been converted: {scaled} of the {changed} changed amounts are {factor} times smaller than they were. ' +
    'Was Beløpsenhet changed in Innstillinger without converting the amounts? Then these changes are not real: multiply the amounts of the newer version by {factor}, or set Beløpsenhet back to {old}.',
  settingChanged: 'The setting {setting} changed from {old} to {new}.',
  settingAmountChanged: 'The setting {setting} changed from {old} to {new} ({unit}).',
  quoted: '“{text}”',
  yearsCompared: 'Years in both versions: {years}.',
  noCommonYears: 'No year is in both versions, so no amounts were compared.',
  yearsOnlyOld: 'Only in the older version: {years}.',
  yearsOnlyNew: 'Only in the newer version: {years}.',
  outsidePeriod: '"–" means the year lies outside that version\'s period.',
  summary:
    'Measures: {added} new, {removed} removed, {finished, plural, =0 {} other {# finished, }}{changed} changed. ' +
    'Economy plan lines: {linesAdded} new, {linesRemoved} removed, {linesChanged} changed.',
  summaryLinesNotCompared:
    'Measures: {added} new, {removed} removed, {finished, plural, =0 {} other {# finished, }}{changed} changed. ' +
    'Economy plan lines: not compared.',
  nothing: 'No changes.',
  none: 'None.',
  measures: 'Measures',
  added: 'New measures',
  removed: 'Removed measures',
  finished: 'Finished one-off measures (no cost in the new period)',
  finishedNote:
    "One-off measures with all their cost in years before the newer version's period: carried out, not dropped from the plan, and they change no total in the years both versions hold.",
  changed: 'Changed measures',
  totals: 'Totals per year',
  operating: 'Operating cost',
  newMoney: g.newMoney,
  investment: 'Investment',
  byFrame: g.frameTotal,
  framesUnchanged: 'Unchanged in the years both versions hold: {frames}.',
  duplicateIdOld: 'ID {id} stands on {count} rows of the older version ({cells}), but an ID is to be used only once.',
  duplicateIdNew: 'ID {id} stands on {count} rows of the newer version ({cells}), but an ID is to be used only once.',
  duplicateRowsOld:
    "{rows} of the older version: compared with no measure of the newer one and not listed as removed, but counted in the older version's totals per year, as the check counts every row with status Beregnet, rows with errors too.",
  duplicateRowsNew:
    "{rows} of the newer version: compared with no measure of the older one and not listed as new, but counted in the newer version's totals per year, as the check counts every row with status Beregnet, rows with errors too. Give each row its own ID; the check suggests a free one.",
  duplicateSameTextNew:
    '{cell} has the same Tiltak text as the removed measure {id}: if {id} was given the ID {typed} by mistake, type {id} back in {cell}, and they are compared.',
  duplicateSameTextOld:
    '{cell} has the same Tiltak text as the added measure {id}: perhaps the same measure, now with an ID of its own.',
  textOnRowNew: 'its text now stands in {cell} with ID {id}, which is on several rows',
  textOnRowOld: 'its text stood in the older version in {cell} with ID {id}, which was on several rows',
  duplicateRow: '{cell} "{measure}"',
  duplicates: 'One ID on several rows, not compared',
  duplicatesInNew: 'In the newer version:',
  duplicatesInOld: 'In the older version:',
  economyPlan: 'Economy plan',
  linesAdded: 'New lines',
  linesRemoved: 'Removed lines',
  linesChanged: 'Changed lines',
  id: 'ID',
  table: 'Table',
  tableOperating: 'Operating',
  tableInvestment: 'Investment',
  section: g.section,
  priority: 'Prio.',
  measure: g.measure,
  status: 'Status',
  field: 'Field',
  before: 'Before',
  after: 'Now',
  difference: 'Change',
  rounding: 'Of which rounding',
  year: g.year,
  frame: g.frame,
  line: 'Line',
  empty: g.empty,
  noFrame: g.noFrame,
  tab: g.changes,
  compareWith: 'Compare with',
  noVersions: `The workbook has no saved versions. Save one under ${g.structure}, or open another file.`,
  chooseVersion: 'Choose a version …',
  versionOption: '{label} ({sheet}, {date})',
  otherFile: 'Other file: {file}',
  openOther: 'Open another file to compare with',
  openOtherFailed: 'The file "{file}" could not be read as an Excel workbook (.xlsx). Choose another file.',
  notAVersion: '"{sheet}" is not a saved version. Choose another version.',
  goToMeasure: 'Go to {id} in the workbook',
  chartTitle: 'Change in new money per year',
  chartDescription: 'Bar chart: the change in new money for each year both versions hold.',
  downloadHtml: 'Download change report (HTML)',
  saveVersion: g.saveVersion,
  saveVersionIntro:
    'Keeps the measures tables and the economy plan as they are now, on a hidden sheet, so that you can see later what changed.',
  versionLabel: 'Name of the version',
  versionRefused:
    'The year columns or the settings do not match the plan period (see Check): fix them before saving a version, or the version lacks the amounts of some years.',
  versionRefusedTable:
    'A table of the plan was not found (see Check): fix that before saving a version, or the version lacks its measures or lines.',
  versionRefusedSettings:
    'The settings were not found (see Check): fix that before saving a version, or the version gets a guessed plan period and amount unit.',
  versionLabelHint: 'For example "Vedtatt K-sak 45/2027" (adopted, council case 45/2027)',
  versionSaved: 'The version has been saved on the sheet "{sheet}".',
  paneInvalidAmounts:
    '{file}: {count, plural, one {# amount cell holds} other {# amount cells hold}} no amount, counted as 0 in the totals per year ({cells}). The list of changes shows a text (such as "?") as typed, anything else as 0. See Check for why.',
  cliInvalidAmounts:
    '{file}: {count, plural, one {# amount cell holds} other {# amount cells hold}} no amount, counted as 0 in the totals per year ({cells}). The list of changes shows a text (such as "?") as typed, anything else as 0. Run tiltaksplan check {fileArg} to see why.',
  versionInvalidAmounts:
    '{file}: {count, plural, one {# amount cell of the saved version holds} other {# amount cells of the saved version hold}} no amount, counted as 0 in the totals per year ({cells}). The list of changes shows a text (such as "?") as typed, anything else as 0.',
  paneNoSettings:
    '{file}: the settings were not found ({cells}), so Første planår, Antall planår and Beløpsenhet would be guessed (next year, 4 years, 1000 kr): the amounts could be read in the wrong unit and the wrong years compared. Not compared until that is fixed (see Check).',
  paneTableNotFound:
    '{file}: a table or column that {other} holds was not found ({cells}), so every measure (or economy plan line) of the table would stand as removed or added, or every value of the column as emptied, and the totals would move though nothing changed. Not compared until that is fixed (see Check).',
  paneNoPlan:
    '{file}: no measures table found (sheet "Tiltak drift" or "Tiltak investering"), so the file is no version of the plan. Choose a workbook that holds the measures plan.',
  paneEconomyPlan:
    '{file} is an economy plan, not a measures plan: it has the economy plan table but neither the operating nor the investment measures table. Changes compares two versions of one measures plan. To reconcile plans against the economy plan, use "Open several plans".',
  paneRowsBelow:
    '{file}: {count, plural, one {# row right under a table lies outside it and is not compared} other {# rows right under a table lie outside it and are not compared}} ({cells}). A measure or line you added there is not among the changes. See Kontroll for how to bring it into the table.',
  cliRowsBelow:
    '{file}: {count, plural, one {# row right under a table lies outside it and is not compared} other {# rows right under a table lie outside it and are not compared}} ({cells}). A measure or line you added there is not among the changes. Run tiltaksplan check {fileArg} to see how to bring it into the table.',
  cliPeriodUnsure:
    '{file}: {message} ({cells}) The comparison uses the plan period {years}; a year without its own column is not compared. Run tiltaksplan check {fileArg} to see more.',
  cliOrderPeriod:
    'Are the files given in the right order? {old} is given as the older version, but its plan period starts in {oldYear}, later than in {new} ({newYear}). compare takes the older version first (tiltaksplan compare {newArg} {oldArg}). The comparison is made as the files are given: if the order is wrong, what was added shows as removed, and an increase as a cut.',
  cliOrderDate:
    'Are the files given in the right order? {old} is given as the older version, but the saved versions say it is newer: {oldDate} against {newDate} in {new}. compare takes the older version first (tiltaksplan compare {newArg} {oldArg}). The comparison is made as the files are given: if the order is wrong, what was added shows as removed, and an increase as a cut.',
  paneOrderPeriod:
    'Are the versions in the right order? {old} is compared as the older version, but its plan period starts in {oldYear}, later than in {new} ({newYear}). Changes takes the open workbook as the newer version: open {old} and choose {new} as the file to compare with. If the order is wrong, what was added shows as removed, and an increase as a cut.',
  paneOrderDate:
    'Are the versions in the right order? {old} is compared as the older version, but the saved versions say it is newer: {oldDate} against {newDate} in {new}. Changes takes the open workbook as the newer version: open {old} and choose {new} as the file to compare with. If the order is wrong, what was added shows as removed, and an increase as a cut.',
  panePeriodUnsure:
    '{file}: {message} ({cells}) The comparison uses the plan period {years}; a year without its own column is not compared. See Check.',
};

/** Explanations of reconciliation items in English. */
import type { ReconciliationKey } from './reconciliation.nb';

export const RECONCILIATION_EN: Record<ReconciliationKey, string> = {
  'subject.measure-new-money': 'New money for {ref}{inYear}',
  'subject.frame-total': 'New money in budget frame {ref}{inYear}',
  'subject.project-expenditure': 'Expenditure of project {ref}{inYear}',
  'subject.project-financing': '{source} of project {ref}',
  'class.match': 'the measures plan and the economy plan agree ({measures}).',
  'class.within': 'the measures ({measures}) stay within the frame in the economy plan ({economyPlan}).',
  'class.rounding': 'the difference {difference} is within the tolerance.',
  'class.mismatch':
    'the measures plan has {measures}, the economy plan {economyPlan} (difference {difference}). Fix the measure or the economy plan{inFile}.',
  'class.timing':
    'the measures plan has {measures}, the economy plan {economyPlan}, but the period totals agree: the amount sits in another year. Move it to the right year.',
  'class.mismatch.empty':
    'the measures plan has {measures}, the economy plan has no amount for {year} (empty cell). Enter the amount in ' +
    'the economy plan, or fix the measure.',
  'class.timing.empty':
    'the measures plan has {measures}, the economy plan has no amount for {year} (empty cell), but the period totals ' +
    'agree: the amount sits in another year. Move it to the right year.',
  'class.over.empty':
    'the measures have {measures}, the frame in the economy plan has no amount for {year} (empty cell): {difference} ' +
    "over the frame. Each year's frame binds on its own. Enter the frame for {year} in the economy plan, or reduce the measures.",
  'class.unit-suspect':
    'the measures plan has {measures}, the economy plan {economyPlan}: a factor of 1000, probably typed in the wrong unit. Both should be in {unit}.',
  'class.unit-suspect.units':
    'the measures plan has {measures} ({unit}), the economy plan {lineAmount} ({lineUnit}): a factor of 1000, probably typed in the wrong unit. ' +
    'The amounts in the measures plan should be in {unit}, the economy plan lines in {lineUnit}.',
  'class.sign':
    'the measures plan has {measures}, the economy plan {economyPlan}: opposite signs. A saving should be negative in both.',
  'class.sign.financing':
    'the measures plan has {measures}, the economy plan {economyPlan}: opposite signs. Financing takes the same sign in ' +
    'both, as in the financing columns of Tiltak investering (money in is positive), on the Finansiering lines too.',
  'class.sign.expenditure':
    "the measures plan has {measures}, the economy plan {economyPlan}: opposite signs. The project's expenditure takes the " +
    'same sign in both (an expense is positive), on its Tiltak line in the economy plan too.',
  'class.not-costed':
    'the measure is not marked Beregnet and is left out of the comparison. Mark it Beregnet once its cost is worked out.',
  'full.measure-not-in-economy-plan':
    '{ref} has new money in the measures plan ({perYear}; {measures} in all){planUnit} but no line in the economy plan. ' +
    'Add a line{inFile} with Del Drift, Linjetype Tiltak and Ref {line}, with {amounts} in the columns {years} (amounts in {unit}).',
  'full.measure-not-in-economy-plan.ambiguous':
    '{ref} has new money in the measures plan ({perYear}; {measures} in all){planUnit}. The economy plan line {lineRef} ({cell}) ' +
    'names it, but also a measure of another plan, so it counts for neither (see the consolidated reconciliation).',
  'full.measure-not-in-economy-plan.project-ambiguous':
    '{ref} has expenditure in the measures plan ({perYear}; {measures} in all){planUnit}. The economy plan line {lineRef} ' +
    '({cell}) is for the project, but also fits a measure of another plan, so it counts for neither (see the ' +
    'consolidated reconciliation).',
  'full.measure-not-in-economy-plan.no-ref':
    'The measure in {row} has new money in the measures plan ({perYear}; {measures} in all){planUnit} but neither an ID ' +
    'nor a Ref, so no economy plan line can point to it. Give the measure an ID, then add a line{inFile} with Del Drift, Linjetype ' +
    'Tiltak and that ID as Ref, with {amounts} in the columns {years} (amounts in {unit}).',
  'full.measure-not-in-economy-plan.project':
    '{ref} has expenditure in the measures plan ({perYear}; {measures} in all){planUnit} but no line in the economy plan. ' +
    'Add a line{inFile} with Del Investering, Linjetype Tiltak and Ref {line}, with {amounts} in the columns {years} ' +
    '(amounts in {unit}).{financingLines}',
  'full.measure-not-in-economy-plan.no-project':
    '{ref} has expenditure in the measures plan ({perYear}; {measures} in all){planUnit} but neither a project number nor ' +
    'an economy plan line. Type the project number in Prosjektnr, then add a line{inFile} with Del Investering, Linjetype ' +
    'Tiltak and the project number as Ref, with {amounts} in the columns {years} (amounts in {unit}).{financingLines}',
  'full.economy-plan-line-unmatched':
    "The economy plan line {ref}{inYear} ({economyPlan}) matches no measure or project. Check the line's Ref.",
  'full.economy-plan-line-unmatched.same-ref':
    'The economy plan line {ref}{inYear} ({economyPlan}) matches no measure or project.',
  'full.economy-plan-line-unmatched.zero':
    'The economy plan line {ref}{inYear} ({economyPlan}) matches no measure or project. The line is 0 in every year: ' +
    "if it was for a measure that has ended, it can be deleted. Otherwise check the line's Ref.",
  'full.economy-plan-line-unmatched.zero-years':
    'The economy plan line {ref}{inYear} ({economyPlan}) matches no measure or project. The line is 0 in ' +
    '{amountYears} and empty in the other years: if it was for a measure that has ended, it can be deleted. ' +
    "Otherwise check the line's Ref.",
  'full.economy-plan-line-unmatched.no-amounts':
    "The economy plan line {ref}{inYear} has no amounts and matches no measure or project. Check the line's Ref.",
  'full.economy-plan-line-unmatched.no-ref':
    'The economy plan line in {row}{inYear} ({economyPlan}) has no Ref, so it cannot be linked to a measure or ' +
    "project. Type the measure's ID or the project number in Ref.",
  'full.economy-plan-line-unmatched.not-costed':
    'The economy plan line {ref}{inYear} ({economyPlan}) points to a measure not marked Beregnet. Cost the measure or remove the line.',
  'full.economy-plan-line-unmatched.source':
    'The financing line {ref} ({economyPlan}) belongs to project {ref}, but its Finansieringskilde "{source}" is none ' +
    'of the sources {sources}. Type one of them in Finansieringskilde.',
  'full.economy-plan-line-unmatched.no-source':
    'The financing line {ref} ({economyPlan}) belongs to project {ref} but has no Finansieringskilde. Type one of ' +
    'the sources {sources} in Finansieringskilde.',
  'full.economy-plan-line-unmatched.shared':
    'The economy plan line {ref} ({economyPlan}) cannot be linked to one measure: {ids} {count, plural, =2 {both have} other {all have}} Ref. {ref}. ' +
    "Type the measure's ID in Ref, one line per measure.",
  'full.economy-plan-line-unmatched.other-plan':
    'The economy plan line {ref} ({economyPlan}) has "{plan}" in the column Plan ({cell}), not this plan\'s plan ' +
    'name "{own}": the line belongs to another plan and is not reconciled against the measures here or counted in ' +
    'the budget frames. If the line belongs to this plan, correct Plan on the line; otherwise it is reconciled in a ' +
    'consolidated check of the plans against the economy plan.',
  row: 'row {row} of the sheet "{sheet}"',
  'row.file': 'row {row} of the sheet "{sheet}" in {file}',
  'in-file': ' in {file}',
  // An investment project whose financing is compared (SPEC §10): the Finansiering lines it needs too.
  'financing-lines':
    ' Also add a line with Del Investering, Linjetype Finansiering and Ref {line} for each financing source, with the source in Finansieringskilde and the amounts spread over the years, in all: {financing}.',
  'financing-lines.no-project':
    ' Also add a line with Del Investering, Linjetype Finansiering and the project number as Ref for each financing source, with the source in Finansieringskilde and the amounts spread over the years, in all: {financing}.',
  'full.economy-plan-line-unmatched.frame':
    'The frame line in {cell} ({economyPlan}) has the budget frame "{frame}", which is neither in the list of budget ' +
    'frames ({codes}) nor on any measure, so it is compared with the measures of no frame. Type one of the codes in ' +
    'Rammeområde.',
  'full.economy-plan-line-unmatched.investment-frame':
    'The frame line in {cell} ({economyPlan}) has Del Investering, but a frame line is for operating costs only ' +
    '(new money for a budget frame), so the line counts in no frame. If it is the operating frame, choose Del Drift; ' +
    'investments go in with Linjetype Tiltak, one line per project with its project number in Ref.',
  'full.measure-not-in-economy-plan.same-ref':
    '{ref} has new money in the measures plan ({perYear}; {measures} in all){planUnit}, but its line in the economy plan ' +
    '({lineCell}) is not counted for the measure because its Del or Linjetype does not fit. Correct that line instead ' +
    'of adding a new one.',
  'full.measure-not-in-economy-plan.project-same-ref':
    '{ref} has expenditure in the measures plan ({perYear}; {measures} in all){planUnit}, but its line in the economy plan ' +
    '({lineCell}) is not counted for the project because its Del or Linjetype does not fit. Correct that line ' +
    'instead of adding a new one.',
  'full.economy-plan-line-unmatched.frame-no-list':
    'The frame line in {cell} ({economyPlan}) has the budget frame "{frame}", which is on no measure ({codes}), and ' +
    'the list of budget frames is empty, so it is compared with the measures of no frame. Type one of the codes in ' +
    'Rammeområde.',
  'note.frame-from-line':
    'Note: {count, plural, one {{ids} has no Rammeområde and is counted in {ref} because its economy plan line names} ' +
    'other {{ids} have no Rammeområde and are counted in {ref} because their economy plan lines name}} that frame. ' +
    'Type the frame on {count, plural, one {the measure} other {the measures}}.',
  'note.frameless':
    'Note: the measure has no Rammeområde, and the economy plan names no one frame for it, so its new money is ' +
    'counted in no budget frame. Choose the frame on the measure.',
  'note.frameless.frames':
    'Note: the measure has no Rammeområde, and its economy plan lines name different frames ({frames}), so its new ' +
    'money is counted in none of them (each line is counted in its own). Choose the frame on the measure, and give ' +
    'the lines the same.',
  'note.frameless.invalid':
    'Note: the measure has no Rammeområde, and its economy plan line has "{frame}", which is not a budget frame of ' +
    'the list, so its new money is counted in no budget frame. Choose the frame on the measure, and correct the ' +
    'code on the line.',
  'note.frameless.frames-invalid':
    'Note: the measure has no Rammeområde, and its economy plan lines have {frames} and "{frame}", which is not a ' +
    'budget frame of the list, so its new money is counted in no budget frame (each line is counted in its own). ' +
    'Choose the frame on the measure, correct the code on the line, and give the lines the same.',
  'note.lines-only':
    'Note: an economy plan line of {ids} has this frame, but {count, plural, one {the measure has no Rammeområde ' +
    'and its lines name} other {the measures have no Rammeområde and their lines name}} no one frame of the list, ' +
    'so {count, plural, one {its new money is} other {their new money is}} counted neither here nor in any other ' +
    'frame. Choose the frame on {count, plural, one {the measure} other {the measures}}.',
  'note.row-errors':
    'Note: the amounts or sums of {ids} are in error, and they are counted as typed. ' +
    'Fix the error first (see the list of findings).',
  'note.row-errors.invalid':
    'Note: the amounts or sums of {ids} are in error, and they are counted as typed (an invalid amount as 0). ' +
    'Fix the error first (see the list of findings).',
  'note.invalid-cell': 'Note: invalid amount in {cells}, counted as 0. Fix it (see the list of findings).',
  'note.invalid-cell.file':
    'Note: invalid amount in {cells}, counted as 0. Fix it (see "Findings in the economy plan" in the consolidated ' +
    'reconciliation).',
  'note.line-cells': 'The economy plan has {count} lines for the measure, added up: {cells}.',
  'note.project-no-tiltak-line':
    'The economy plan has no Tiltak line for project {ref}, only Finansiering lines: add a line with Del ' +
    'Investering, Linjetype Tiltak and Ref {ref} holding the expenditure per year.',
  'note.project-measures': 'Project {ref} has {count} measures in Tiltak investering, added up: {ids}.',
  'note.project-line-cells': 'The economy plan has {count} Tiltak lines for project {ref}, added up: {cells}.',
  'note.project-financing-cells':
    'The economy plan has {count} Finansiering lines with {source} for project {ref}, added up: {cells}.',
  'note.frame-line-cells': 'The economy plan has {count} frame lines for {ref}, added up: {cells}.',
  'note.frame-tiltak-cells':
    '{ref} has no frame line in the economy plan, so its measures are compared with the sum of {count} Tiltak lines: {cells}.',
  'note.near-miss':
    'The economy plan line {line} ({cell}) looks like it is meant for {measure}: change the Ref on the line to {measure}.',
  'note.same-ref-line':
    'The economy plan line {line} ({cell}) has the Ref of {measure}, but its Del or Linjetype does not fit: the line ' +
    'of {measure} needs Del {needs} and Linjetype Tiltak. Correct Del and Linjetype on the line.',
  'note.same-ref-line.part':
    'The economy plan line {line} ({cell}) has the Ref of {measure}, but its Del is "{part}": the line of {measure} ' +
    'needs Del {needs}. Correct Del on the line; the Ref is right.',
  'note.same-ref-line.type':
    'The economy plan line {line} ({cell}) has the Ref of {measure}, but its Linjetype is "{lineType}": the line of ' +
    '{measure} needs Linjetype Tiltak. Correct Linjetype on the line; the Ref is right.',
  'note.same-ref-line.type-empty':
    'The economy plan line {line} ({cell}) has the Ref of {measure}, but its Linjetype is empty: the line of ' +
    '{measure} needs Linjetype Tiltak. Write Tiltak in Linjetype; the Ref is right.',
  'note.same-ref-line.both':
    'The economy plan line {line} ({cell}) has the Ref of {measure}, but both its Del and its Linjetype are wrong: ' +
    'the line of {measure} needs Del {needs} and Linjetype Tiltak. Correct Del and Linjetype on the line; the Ref is ' +
    'right.',
  'note.missing-line-plan': 'Write "{plan}" in the Plan column of the line, so that it belongs to this plan.',
  'note.missing-line-no-name':
    'The plan has no Plannavn: give it one in Innstillinger, and write it in the Plan column of the line, so that it belongs to this plan.',
  'note.ambiguous-line':
    'The economy plan line {lineRef} ({cell}) is for the project, but also fits a measure of another plan, so it ' +
    'is not counted here (see the consolidated reconciliation).',
  'note.ambiguous-plan':
    'Write "{plan}" in the Plan column of that line, so that it belongs to this plan. Do not add another line: the ' +
    'amount would then be in the economy plan twice.',
  'note.ambiguous-no-name':
    'Give the plan a Plannavn in Innstillinger, and write it in the Plan column of that line. Do not add another ' +
    'line: the amount would then be in the economy plan twice.',
  'note.financing-not-compared':
    '{count, plural, one {The financing of project {projects} is not reconciled} other {The financing of projects {projects} is not reconciled}}: ' +
    "amounts in Tidligere bevilget or Etter perioden are part of the financing but not of the economy plan's Finansiering lines, which cover the plan years only. " +
    'Those lines are therefore compared with nothing; check that financing by hand.',
  'class.over':
    'the measures have {measures}, the frame in the economy plan is {economyPlan}: {difference} over the frame. ' +
    "Each year's frame binds on its own. Reduce the measures, or raise the frame in the economy plan{inFile}.",
  'class.over-cut':
    'the measures have {measures}, the frame in the economy plan is {economyPlan}, a savings target: the measures ' +
    'are {difference} over the frame. Together the measures of the frame must save at least that much. Find ' +
    'savings, or correct the frame in the economy plan{inFile}.',
  'note.line-frame-differs':
    'Note: the economy plan line of {measure} has budget frame {lineFrame} ({lineCell}), but the measure has ' +
    "{measureFrame} ({measureCell}). The measure's new money counts in {measureFrame}, the line in {lineFrame}. " +
    'Correct the budget frame where it is wrong.',
  'note.years-not-read':
    'No amount was read for {years}, because the table’s year headers do not match the plan period (see the ' +
    'finding on the year columns): the amounts above are those of the years read. The amount for {years} is ' +
    'reconciled once the headers match.',
};

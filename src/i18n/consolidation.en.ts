/** Strings of the consolidated check (SPEC §15), English. */
import type { ConsolidationKey } from './consolidation.nb';
import { GLOSSARY_EN as g } from './glossary';

export const CONSOLIDATION_EN: Record<ConsolidationKey, string> = {
  title: 'Consolidated reconciliation with the economy plan',
  economyPlanFile: 'Economy plan: {file}',
  plansChecked: '{count, plural, one {# plan} other {# plans}} reconciled with one economy plan.',
  planNotCompared:
    '{file} is not reconciled with {economyPlan} (see the consolidated reconciliation): the reconciliation below is empty for that reason, not because everything matches.',
  ownSheetIgnored:
    '{file}: the plan\'s own sheet "Økonomiplan" ({count, plural, one {# line} other {# lines}}) is not used; the plan is reconciled with {economyPlan}.',
  summaryLine:
    'In all: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {notes, plural, =0 {} one {# note, } other {# notes, }}{infos} matching, within the budget frame or within tolerance',
  economyCounted:
    'Including {count, plural, one {# finding} other {# findings}} in the economy plan itself (see "Findings in the economy plan" below).',
  sheetErrorsCounted:
    'Including {count, plural, one {# error} other {# errors}} in the sheets of {plans} (see {planCount, plural, one {the plan’s own part} other {the plans’ own parts}}).',
  plansErrorsCounted:
    'Including {count, plural, one {# error} other {# errors}} in the reconciliation of {plans} with the economy plan (see {planCount, plural, one {the plan’s own part} other {the plans’ own parts}}).',
  verdictOk: 'No errors in the consolidated reconciliation.',
  verdictErrors: 'The consolidated reconciliation has errors to correct.',
  amountsIn: 'Amounts in {unit}',
  plansSummary: 'Each plan on its own (findings in the sheets and the reconciliation of its measures)',
  newMoneyTitle: `${g.newMoney} per year against the economy plan`,
  newMoneyNote:
    'Measures plan: new money of the plan\'s measures with status Beregnet. Economy plan: the lines with Del Drift and Linjetype Tiltak that belong to the plan; under "All plans" also the lines that belong to no plan, but not the lines of a plan not reconciled.',
  newMoneyNotRead:
    'A year shown as – was not read: the table’s year headers do not match the plan period (see the findings). ' +
    'The frames and lines that depend on that year are reconciled once the headers match.',
  newMoneyYearsEmpty:
    'The economy plan has no amounts for {years} yet (see the findings in the economy plan): {years} is shown as –, ' +
    'and the frames are reconciled for {years} once they are entered.',
  plan: g.planName,
  what: 'What',
  measures: 'Measures plan',
  economyPlan: 'Economy plan',
  difference: g.difference,
  allPlans: 'All plans',
  allLines: 'All lines with Del Drift and Linjetype Tiltak',
  notCompared: 'not reconciled',
  framesTitle: `${g.frameTotal} across the plans`,
  framesNone: 'No budget frames with new money or an economy plan line.',
  framesNotCompared:
    '{count, plural, one {Budget frame {frames} is not reconciled} other {Budget frames {frames} are not reconciled}}: ' +
    'the economy plan has frame lines for them, but no plan is reconciled with the economy plan (see the findings).',
  framesHeld:
    'The frames that depend on a table whose year columns do not match the plan period are not compared (see the ' +
    'findings): they are compared once the headers match.',
  linesHeld:
    'The economy plan lines no plan holds are not listed: the economy plan’s year columns do not match the plan ' +
    'period, so their amounts were not read. They are listed once the headers match (see the findings).',
  noFrame: g.noFrame,
  framelessNote:
    '"{noFrame}" is new money in measures that have neither a budget frame nor an economy plan line with one. ' +
    'It counts in the plan’s figures but is compared with no frame: choose a Rammeområde for the measures (see the plan’s findings).',
  frame: g.frame,
  year: g.year,
  class: 'Class',
  severity: 'Severity',
  shares: 'Shares',
  itemsTitle: 'Findings of the consolidated reconciliation',
  itemsNone: 'No findings: every economy plan line belongs to one plan.',
  comparison: 'Comparison',
  ref: 'Ref',
  explanation: 'Explanation',
  economyIssuesTitle: 'Findings in the economy plan',
  matchesHidden: '{count, plural, one {# matching comparison is} other {# matching comparisons are}} not listed.',
  'code.not-a-plan': 'Not a measures workbook',
  'code.plan-name-missing': 'Plan name missing',
  'code.plan-name-duplicate': 'Same plan name twice',
  'code.period-mismatch': 'Other plan period',
  'code.tolerance-differs': 'Different tolerance',
  'code.economy-plan-line-ambiguous': 'Line in several plans',
  'code.frame-line-plan': 'Plan on a frame line',
  'explain.not-a-plan':
    '{file} has neither the sheet "Tiltak drift" nor "Tiltak investering" with its measures table, so the file is not a measures workbook and is left out of the consolidated check. If the file is the economy plan, give it only as the economy plan, not as a plan.',
  'explain.plan-name-missing':
    '{file} has no Plannavn in Innstillinger. Type the plan\'s name there (for example "Boligsosial handlingsplan"), so that economy plan lines can name the plan in the column Plan.',
  'explain.plan-name-duplicate':
    '{file} has the same plan name as {other}: "{plan}". Give each plan its own name in Innstillinger (Plannavn), so that the Plan column of the economy plan points at one plan. The plan is not reconciled.',
  'explain.period-mismatch':
    '"{plan}" covers {planYears}, the economy plan {years}. The plans must share the economy plan\'s period: if the plan has the wrong period, correct Første planår and Antall planår in the plan; if the economy plan has, correct them on the Innstillinger sheet of the economy plan, or use the economy plan for {planYears}. The plan is not reconciled.',
  'explain.period-mismatch-plan':
    '"{plan}" covers {planYears}, the economy plan {years}. Another plan of the check covers {years} too, so this plan likely has the wrong period: correct Første planår and Antall planår in the plan. The plan is not reconciled.',
  'explain.period-mismatch-economy':
    '"{plan}" covers {planYears}, as every plan of the check does, but the economy plan covers {years}. If the economy plan is the wrong file or has the wrong period, use the economy plan for {planYears}, or correct Første planår and Antall planår on the Innstillinger sheet of the economy plan; otherwise correct them in the plans. The plan is not reconciled.',
  'explain.tolerance-differs':
    '"{plan}" has Toleranse {own}{ownAt}, the economy plan {used}{usedAt} (amounts in {unit}). The consolidated check uses the economy plan\'s tolerance, {used}, for every plan, in the reconciliation of "{plan}" against the economy plan too, so a difference may get another class than in the plan\'s own check. Set the same Toleranse in the plan and in the economy plan if they should agree.',
  'explain.tolerance-differs-unit':
    '"{plan}" has Toleranse {own}{ownAt} (amounts in {planUnit}), the economy plan {used}{usedAt} (amounts in {unit}). The consolidated check uses the economy plan\'s tolerance, {used} ({unit}), for every plan, in the reconciliation of "{plan}" against the economy plan too, so a difference may get another class than in the plan\'s own check. If they should agree, set Toleranse {same} in the plan (the economy plan\'s {used} in {unit}, converted to {planUnit}), or {other} in the economy plan.',
  'explain.economy-plan-line-ambiguous':
    "The economy plan line {ref} ({economyPlan}) fits {claimants}. Type the plan's name in the line's column Plan, so that it belongs to one plan.",
  'explain.frame-line-plan':
    'The frame line for {ref} ({economyPlan}) has "{plan}" in the Plan column ({cell}), but a frame line covers the frame\'s measures in all plans: {ref} is reconciled against the measures of all plans, and the Plan on the line is not used. To split the frame between the plans, enter each plan\'s part as Tiltak lines.',
  toleranceAt: ' in {cell}',
  claimant: '{measure} in "{plan}"',
  lineYearsRead: '{amount} in the years read; {years} not read',
  'explain.unclaimed-duplicate':
    'The economy plan line {ref} ({economyPlan}) fits a measure in {file}, which is not reconciled because a plan before it has the same plan name, "{plan}". Give the plan in {file} its own name in Innstillinger (Plannavn), and type that name in the Plan column of the line. The line is not counted in "All plans" or in the budget frames, any more than the plan\'s measures.',
  'explain.unclaimed-plan':
    'The economy plan line {ref} ({economyPlan}) belongs to the plan "{plan}", but no plan of that name is reconciled in the check. Check Plan on the line, or include the plan, with the period of the economy plan. The line is not counted in "All plans" or in the budget frames, any more than the plan\'s measures.',
  'explain.unclaimed-period':
    'The economy plan line {ref} ({economyPlan}) has no Plan, but its Ref names a measure in "{plan}", which covers {planYears}, not {years} as the economy plan does, and so is not reconciled. Correct Første planår and Antall planår in the plan. The line is not counted in "All plans" or in the budget frames, any more than the plan\'s measures.',
  'explain.unclaimed-unknown':
    'The economy plan line {ref} ({economyPlan}) has "{plan}" in the column Plan ({cell}), but no plan in the check has that plan name. {known} The line is therefore not counted in "All plans" or in the budget frames. Correct Plan on the line, or include the plan in the check.',
  knownPlans: 'Plan names in the check: {plans}.',
  knownPlansNone: 'No plan in the check has a plan name (Plannavn).',
  quotedPlan: '"{plan}"',
  sharesText: 'Shares: {shares}.',
  share: '"{plan}" {amount}',
  notEconomyPlan:
    '{file}: no economy plan table (sheet "Økonomiplan"), so the file cannot serve as the economy plan; nothing written.',
  summaryOnlyWritten: 'Wrote Sammendrag to {file}. Avstemming is not written: the plan is not reconciled.',
  notAPlanNotWritten: '{file} is not a measures plan: nothing is written to it.',
  planGivenTwice: '{file} is given twice as a plan. Give each plan once; nothing was checked or written.',
  planSameFile:
    '{file} and {other} are the same file, given twice as a plan. Give each plan once; nothing was checked or written.',
  economyPlanWritten: 'Wrote the sheet "{sheet}" in {file}.',
  keptMovedToPlan:
    'The line now belongs to the plan "{plan}": the comparison is on that plan\'s sheet "Avstemming", and the Status and Kommentar here have not been moved there.',
  cell: 'Cell',
  economyPlanNew:
    'Wrote {file}: an economy plan for {years} in {unit}, with the sheets "Innstillinger" and "Økonomiplan" (the column Plan ties a line to a plan).',
  economyPlanNewExample:
    'Wrote {file}: the example plan\'s economy plan for {years} in {unit}, with the sheets "Innstillinger" and "Økonomiplan". Reconcile a plan made with "tiltaksplan new PLAN.xlsx --example --start {start}" against it: "tiltaksplan check PLAN.xlsx --economy-plan {file}".',
};

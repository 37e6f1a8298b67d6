/**
 * Compare two versions of a plan (SPEC §14): a pure function from two plans to the change set. Measures are
 * matched by ID across both tables (measures.ts), amounts by calendar year — a rolled plan compares the years
 * both periods hold, and years in one period only are listed as such. Amounts are kroner throughout, so a change
 * of Beløpsenhet alone is stated (unitChanged) but changes no amount — and a change of it without converting the
 * typed amounts, which changes nearly every amount by the units' ratio, is named once (unitNotConverted.ts); the
 * other settings are compared where both versions state them (settings.ts). A measure in the older version only
 * that is a one-off done before the newer period is told apart from one removed: finished (finished.ts).
 */
import type { ChangeSet, ComparedPlan, EconomyPlanNotFound } from '../model/changeSet';
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import { roundingStep, sameAmountIn } from './amounts';
import { compareEconomyPlan } from './economyPlan';
import { economyPlanNotFound } from './notFound';
import type { CommonYear } from './fields';
import { finishedOneOff } from './finished';
import { compareMeasures, type OnPair } from './measures';
import { oneSidedYears } from './oneSided';
import type { MatchedPair } from './roundedPlan';
import { compareSettings } from './settings';
import { compareTotals } from './totals';
import { unitNotConverted } from './unitNotConverted';
import { unknownTexts } from './unknownAmounts';
import { unreadByTable, yearsNotRead } from './yearsNotRead';

/**
 * Which file and label each side carries into the change set, and its reader's findings: a "?" typed in an
 * amount cell (read as 0) is no figure (unknownAmounts.ts), and in the older version keeps a one-off from counting
 * as finished (finished.ts).
 */
export interface CompareSides {
  readonly old: { readonly file: string; readonly label: string; readonly findings?: readonly Finding[] };
  readonly new: { readonly file: string; readonly label: string; readonly findings?: readonly Finding[] };
}

const side = (plan: Plan, s: CompareSides['new']): ComparedPlan => ({
  file: s.file,
  label: s.label,
  plan: { startYear: plan.settings.startYear, years: [...plan.years], unit: plan.settings.unit },
});

/** Everything that changed from `before` to `after`. */
export function comparePlans(before: Plan, after: Plan, sides: CompareSides): ChangeSet {
  const common: CommonYear[] = before.years.flatMap((year, i) => {
    const j = after.years.indexOf(year);
    return j < 0 ? [] : [{ year, old: i, new: j }];
  });
  const [oldUnit, newUnit] = [before.settings.unit, after.settings.unit];
  const unknown = { old: unknownTexts(sides.old.findings ?? []), new: unknownTexts(sides.new.findings ?? []) };
  const amounts = { same: sameAmountIn(oldUnit, newUnit), unknown };
  // A year a table has no column for in either version is compared in neither (yearsNotRead.ts).
  const notRead = [
    ...yearsNotRead(before, 'old', sides.old.findings),
    ...yearsNotRead(after, 'new', sides.new.findings),
  ];
  const unread = unreadByTable(notRead);
  // A changed measure or line lists its amounts in a year one version only holds (fields.ts: oneSidedChange).
  const oneSided = oneSidedYears(before.years, after.years);
  const years = { old: before.years, new: after.years, common, amounts, unread, oneSided };
  const all = [...new Set([...before.years, ...after.years])].sort((a, b) => a - b);
  const finished = finishedOneOff(before.years, after.years, sides.old.findings ?? []);
  // Between units that round differently, the matched measures: what a total's rounding comes from (totals.ts).
  const pairs: MatchedPair[] = [];
  const onPair: OnPair | undefined =
    roundingStep(oldUnit, newUnit) === null ? undefined : (o, n, rounded) => pairs.push({ old: o, new: n, rounded });
  const { duplicateIds, ...measures } = compareMeasures(before, after, years, finished, onPair);
  // An economy plan table (or a compared column) one version only holds: its lines are not compared (notFound.ts).
  const linesNotFound: EconomyPlanNotFound[] = [
    ...economyPlanNotFound(sides.old.findings ?? [], before, after).map((finding) => ({
      version: 'old' as const,
      finding,
    })),
    ...economyPlanNotFound(sides.new.findings ?? [], after, before).map((finding) => ({
      version: 'new' as const,
      finding,
    })),
  ];
  const economyPlan =
    linesNotFound.length > 0
      ? { added: [], removed: [], changed: [] }
      : compareEconomyPlan(before.economyPlan, after.economyPlan, years);
  return {
    old: side(before, sides.old),
    new: side(after, sides.new),
    years: {
      common: common.map((c) => c.year),
      onlyOld: before.years.filter((y) => !after.years.includes(y)),
      onlyNew: after.years.filter((y) => !before.years.includes(y)),
      ...(notRead.length > 0 ? { notRead } : {}),
    },
    unitChanged: oldUnit !== newUnit,
    unitNotConverted: unitNotConverted(oldUnit, newUnit, { measures: measures.changed, lines: economyPlan.changed }),
    settings: compareSettings(before.settings, after.settings),
    measures,
    duplicateIds,
    totals: compareTotals(before, after, all, pairs, unread),
    economyPlan,
    ...(linesNotFound.length > 0 ? { economyPlanNotFound: linesNotFound } : {}),
  };
}

/**
 * The amount blocks of Sammendrag (SPEC §9): live SUMIFS over the measure tables' columns (status Beregnet
 * only; structured references, or whole sheet columns: formulas.ts) where a formula can say it, values
 * computed by the core where it cannot (new money per year uses the largest remainder). Each formula carries
 * the value the core computed for it.
 */
import { fromKr, sumKr, ZERO } from '../model/money';
import { equalsCriterion, listMemberCriteria } from './formulas';
import { anyOfCells, periodCell, sumCells, valueCells, type Source } from './summaryCells';
import { NO_MISSES, type FormulaMisses } from './summaryMisses';
import { frameName, groupKey } from '../measures/grouping';
import { INVESTMENT_COLUMNS, INVESTMENT_FINANCING, OPERATING_COLUMNS, OPERATING_FINANCING } from '../model/schema';
import { captionedTitle, computedCell, textRow, type DraftRow } from './summarySheet';
import type { Kr } from '../model/money';
import type { Plan } from '../model/plan';
import { frameByLineText, type SummaryText } from '../model/sheetText';
import type { Totals, YearAmounts } from '../model/totals';
import { sameName } from '../model/names';

const header = (key: string): string =>
  [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS].find((c) => c.key === key)?.header ?? key;

export interface BlockContext {
  readonly plan: Plan;
  readonly totals: Totals;
  /** Titles and labels in the user's language. */
  readonly text: SummaryText;
  /** Sheet row of the block's first row. */
  readonly top: number;
  /** Rows whose formulas would count other rows than the core (cells typed with outer spaces …): values there. */
  readonly misses?: FormulaMisses;
}

const yearValues = (plan: Plan, amounts: YearAmounts | undefined): Kr[] =>
  plan.years.map((y) => amounts?.[String(y)] ?? ZERO);

/** Labels of the list first, then any extra label found in the totals (case-insensitive). */
export function labelsOf(list: readonly string[], found: readonly string[]): string[] {
  const out = [...list];
  for (const f of found) if (!out.some((o) => sameName(o, f))) out.push(f);
  return out;
}

/** Operating per section and in all: years, Sum periode, Helårsvirkning, the four financing columns. */
export function operatingBlock(ctx: BlockContext): DraftRow[] {
  const { plan, totals, top, text } = ctx;
  const misses = ctx.misses ?? NO_MISSES;
  const live = sumCells(plan, plan.layouts.operating);
  const heads = [
    text.section,
    ...plan.years.map(String),
    header('periodSum'),
    header('fullYear'),
    ...OPERATING_FINANCING.map((f) => f.header),
  ];
  const sections = labelsOf(
    plan.lists.sections,
    totals.operating.bySection.map((s) => s.section),
  );
  const find = (s: string) =>
    totals.operating.bySection.find((t) => t.section.toLowerCase() === s.trim().toLowerCase());
  const rows: DraftRow[] = [textRow([text.operatingTitle], 'title'), textRow(heads, 'header')];
  const line = (
    label: string,
    t: Totals['operating']['all'] | undefined,
    criteria: { key: string; criterion: string }[],
    missed: boolean,
  ) => {
    const row = top + rows.length;
    const cells = missed ? valueCells(plan) : live;
    const years = yearValues(plan, t?.years);
    const yearCells = plan.years.map((y, i) => cells({ year: y }, criteria, years[i] ?? ZERO));
    rows.push([
      { input: label.trim() === '' ? text.noSection : label },
      ...yearCells,
      periodCell(row, 2, yearCells, fromKr(t?.period ?? ZERO, plan.settings.unit)),
      cells({ key: 'fullYear' }, criteria, t?.fullYear ?? ZERO),
      ...OPERATING_FINANCING.map((f) => cells({ key: f.key }, criteria, t?.financing[f.json] ?? ZERO)),
    ]);
  };
  for (const s of sections)
    line(s, find(s), [{ key: 'section', criterion: equalsCriterion(s) }], misses.operatingSections.has(groupKey(s)));
  line(text.allSections, totals.operating.all, [], misses.operatingAll);
  return rows;
}

/** New money per year, per section and in all: computed by the core (largest remainder), not formulas. */
export function newMoneyBlock(ctx: BlockContext): DraftRow[] {
  const { plan, totals, text } = ctx;
  const unit = plan.settings.unit;
  const rows: DraftRow[] = [
    textRow([text.newMoneyTitle], 'title'),
    textRow([text.newMoneyNote], 'note'),
    textRow([text.section, ...plan.years.map(String), text.sum], 'header'),
  ];
  const line = (label: string, amounts: YearAmounts | undefined) => {
    const years = yearValues(plan, amounts);
    const sum = sumKr(years);
    const shown = label.trim() === '' ? text.noSection : label;
    rows.push([{ input: shown }, ...years.map((v) => computedCell(fromKr(v, unit))), computedCell(fromKr(sum, unit))]);
  };
  for (const s of totals.operating.bySection) line(s.section, s.newMoneyByYear);
  line(text.allSections, totals.operating.all.newMoneyByYear);
  rows.push(
    [],
    captionedTitle(text.frameTitle, text.valuesNote),
    textRow([text.frame, text.name, ...plan.years.map(String), text.sum], 'header'),
  );
  for (const f of totals.operating.byFrame) {
    // A frame listed without a name is named by its code, and new money without a frame says so: no row
    // has an empty label.
    const name = frameName(plan.lists.frames, f.frame) || f.frame || text.noFrame;
    const years = yearValues(plan, f.newMoneyByYear);
    rows.push([
      { input: f.frame },
      { input: name },
      ...years.map((v) => computedCell(fromKr(v, unit))),
      computedCell(fromKr(sumKr(years), unit)),
    ]);
  }
  // Avstemming counts a measure without Rammeområde in its line's frame (SPEC §4), this block under «(uten
  // rammeområde)»: said here, so that a frame's row differing from Avstemming's is never unexplained.
  const byLine = frameByLineText(text, totals.framesByLine);
  if (byLine !== '') rows.push(textRow([byLine], 'note'));
  return rows;
}

/** Operating cost per plan area and per responsible, each year and the period. */
export function spreadBlock(ctx: BlockContext, by: 'area' | 'responsible'): DraftRow[] {
  const { plan, totals, top, text } = ctx;
  const misses = ctx.misses ?? NO_MISSES;
  const live = sumCells(plan, plan.layouts.operating);
  const isArea = by === 'area';
  const groups = isArea
    ? totals.operating.byArea.map((g) => ({ label: g.area, years: g.years, period: g.period }))
    : totals.operating.byResponsible.map((g) => ({ label: g.responsible, years: g.years, period: g.period }));
  const rows: DraftRow[] = [textRow([isArea ? text.areaTitle : text.responsibleTitle], 'title')];
  if (isArea) rows.push(textRow([text.areaNote], 'note'));
  rows.push(textRow([isArea ? text.area : text.responsible, ...plan.years.map(String), header('periodSum')], 'header'));
  for (const g of groups) {
    const row = top + rows.length;
    const missed = (isArea ? misses.areas : misses.responsibles).has(groupKey(g.label));
    const cells = missed ? valueCells(plan) : live;
    const cell = isArea
      ? anyOfCells(cells, 'areas', listMemberCriteria(g.label))
      : (s: Source, e: Kr) => cells(s, [{ key: 'responsible', criterion: equalsCriterion(g.label) }], e);
    const years = yearValues(plan, g.years);
    const yearCells = plan.years.map((y, i) => cell({ year: y }, years[i] ?? ZERO));
    rows.push([
      // The label only: the formulas above still match the cell as typed (an empty Ansvarlig matches "").
      { input: g.label.trim() === '' ? text.noName : g.label },
      ...yearCells,
      periodCell(row, 2, yearCells, fromKr(g.period, plan.settings.unit)),
    ]);
  }
  return rows;
}

/** Investment per section and in all: Kostnadsramme, each year, the six financing sources. */
export function investmentBlock(ctx: BlockContext): DraftRow[] {
  const { plan, totals, text } = ctx;
  const misses = ctx.misses ?? NO_MISSES;
  const live = sumCells(plan, plan.layouts.investment);
  const heads = [
    text.section,
    header('budget'),
    ...plan.years.map(String),
    ...INVESTMENT_FINANCING.map((f) => f.header),
  ];
  const sections = labelsOf(
    plan.lists.sections,
    totals.investment.bySection.map((s) => s.section),
  );
  const rows: DraftRow[] = [textRow([text.investmentTitle], 'title'), textRow(heads, 'header')];
  const line = (
    label: string,
    t: Totals['investment']['all'] | undefined,
    criteria: { key: string; criterion: string }[],
    missed: boolean,
  ) => {
    const cells = missed ? valueCells(plan) : live;
    const years = yearValues(plan, t?.years);
    rows.push([
      { input: label.trim() === '' ? text.noSection : label },
      cells({ key: 'budget' }, criteria, t?.budget ?? ZERO),
      ...plan.years.map((y, i) => cells({ year: y }, criteria, years[i] ?? ZERO)),
      ...INVESTMENT_FINANCING.map((f) => cells({ key: f.key }, criteria, t?.financing[f.json] ?? ZERO)),
    ]);
  };
  for (const s of sections) {
    const t = totals.investment.bySection.find((x) => x.section.toLowerCase() === s.trim().toLowerCase());
    line(s, t, [{ key: 'section', criterion: equalsCriterion(s) }], misses.investmentSections.has(groupKey(s)));
  }
  line(text.allSections, totals.investment.all, [], misses.investmentAll);
  return rows;
}

/**
 * The canonical workbook of SPEC §2, planned as edits on an empty workbook, and the default content of a
 * new (empty) boligsosial plan.
 */
import type { Edit } from '../model/edits';
import { computeTotals } from '../totals/totals';
import { planYears, readPlan } from '../read/plan';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, SHEETS, TABLES } from '../model/schema';
import { PLAN_ITEM_HEADERS } from '../model/settingsSchema';
import { settingsSheetEdits } from './settingsEdits';
import { applyEdits, EMPTY_WORKBOOK } from './snapshotEdits';
import { newSummaryEdits } from './summary';
import type { SummaryText } from '../model/sheetText';
import { planTableEdits } from './tableEdits';
import type { PlanContent } from '../model/content';
import type { Unit } from '../model/money';
import type { Lists } from '../model/plan';
import { toRange } from '../model/a1';

/** The default lists of a boligsosial plan: sections as in the Verdal plan, typical areas, frames, roles. */
export const DEFAULT_LISTS: Lists = {
  sections: ['Samfunn og tjenester', 'Organisasjon'],
  areas: [
    'Helse, velferd, pleie og omsorg',
    'Oppvekst og utdanning',
    'Areal og samfunnsutvikling',
    'Kultur og frivillighet',
    'NAV og sosiale tjenester',
  ],
  frames: [
    { code: 'R1', name: 'Sentraladministrasjon' },
    { code: 'R2', name: 'Oppvekst' },
    { code: 'R3', name: 'Helse og velferd' },
    { code: 'R4', name: 'NAV og sosiale tjenester' },
    { code: 'R5', name: 'Teknisk drift og eiendom' },
  ],
  responsibles: [
    'Rådmannen v/kommunalsjef velferd',
    'Leder boligkontor',
    'NAV-leder',
    'Eiendomssjef',
    'Kommunalsjef oppvekst',
  ],
};

/** An empty plan: default settings (SPEC §3) and default lists, no measures. */
export function defaultContent(opts: { startYear: number; yearCount?: number; unit?: Unit }): PlanContent {
  return {
    settings: {
      startYear: opts.startYear,
      yearCount: opts.yearCount ?? 4,
      unit: opts.unit ?? '1000 kr',
      priceLevel: `faste ${opts.startYear}-kroner`,
      economyPlanVersion: '',
      tolerance: 0,
      planName: '',
    },
    lists: DEFAULT_LISTS,
    operating: [],
    investment: [],
    economyPlan: [],
  };
}

/** The sheets of the canonical workbook in order (Handlingsplan only when the content has plan items). */
export function canonicalSheets(content: PlanContent): string[] {
  const sheets: string[] = [SHEETS.settings, SHEETS.operating, SHEETS.investment, SHEETS.economyPlan];
  if (content.planItems) sheets.push(SHEETS.planItems);
  sheets.push(SHEETS.summary);
  return sheets;
}

/** The plan items table, tblHandlingsplan (Ref, Tittel). */
export function planItemsEdits(items: readonly { ref: string; title: string }[]): Edit[] {
  const sheet = SHEETS.planItems;
  const last = 1 + Math.max(1, items.length);
  const body = items.length > 0 ? items.map((i) => [i.ref, i.title]) : [[null, null]];
  return [
    { kind: 'setCells', sheet, origin: 'A1', values: [[PLAN_ITEM_HEADERS.ref, PLAN_ITEM_HEADERS.title]] },
    { kind: 'setCells', sheet, origin: 'A2', values: body },
    { kind: 'createTable', sheet, name: TABLES.planItems, ref: toRange(1, 1, last, 2) },
    { kind: 'setStyle', sheet, range: 'A1:B1', style: 'header' },
    { kind: 'setColumnWidth', sheet, column: 'A', width: 10 },
    { kind: 'setColumnWidth', sheet, column: 'B', width: 70 },
    { kind: 'freezeRows', sheet, rows: 1 },
  ];
}

/** Everything of the canonical workbook except the generated Sammendrag. */
export function planStructure(content: PlanContent): Edit[] {
  const { settings } = content;
  const years = planYears(settings.startYear, settings.yearCount);
  const unit = settings.unit;
  const user = content.userColumns ?? {};
  const formulas = content.userFormulas ?? {};
  return [
    ...canonicalSheets(content).map((sheet): Edit => ({ kind: 'ensureSheet', sheet })),
    ...settingsSheetEdits(settings, content.lists, {
      ...(content.userSettingRows ? { rows: content.userSettingRows } : {}),
      ...(content.userSettingColumns ? { columns: content.userSettingColumns } : {}),
    }),
    ...planTableEdits({
      ...OPERATING_TABLE,
      specs: OPERATING_TABLE.columns,
      years,
      rows: content.operating,
      unit,
      userHeaders: user.operating,
      ...(formulas.operating ? { userFormulas: formulas.operating } : {}),
    }),
    ...planTableEdits({
      ...INVESTMENT_TABLE,
      specs: INVESTMENT_TABLE.columns,
      years,
      rows: content.investment,
      unit,
      userHeaders: user.investment,
      ...(formulas.investment ? { userFormulas: formulas.investment } : {}),
    }),
    ...planTableEdits({
      sheet: SHEETS.economyPlan,
      table: TABLES.economyPlan,
      specs: ECONOMY_PLAN_COLUMNS,
      years,
      rows: content.economyPlan,
      unit,
      userHeaders: user.economyPlan,
      ...(formulas.economyPlan ? { userFormulas: formulas.economyPlan } : {}),
    }),
    ...(content.planItems ? planItemsEdits(content.planItems) : []),
  ];
}

/**
 * The whole canonical workbook (SPEC §2) as edits on an empty workbook: sheets in order, the settings and
 * list tables with their names, the measure and economy plan tables with validation, number formats and
 * Sum periode formulas, and Sammendrag computed from the content (its labels in the language of `text`).
 */
export function planWorkbook(content: PlanContent, text?: SummaryText): Edit[] {
  const structure = planStructure(content);
  const { plan } = readPlan(applyEdits(EMPTY_WORKBOOK, structure), { defaultStartYear: content.settings.startYear });
  return [...structure, ...newSummaryEdits(plan, computeTotals(plan), text)];
}

/** Plans and an economy plan workbook for the consolidation tests. Amounts in thousands; items are in kroner. */
import type { ConsolidateInput } from '../../../src/domain/consolidate/consolidate';
import type { EconomyWorkbook } from '../../../src/domain/consolidate/economyWorkbook';
import { kr } from '../../../src/domain/model/money';
import type { EconomyPlanLine, Plan, TableLayout } from '../../../src/domain/model/plan';
import { op, plan } from '../../helpers/plan';

// New money = cost in every year here (Helårsvirkning = Nye midler), so each measure's new money per year is
// its cost per year. Both measures carry Ref. 14 and frame R3.
export const boligsosial = (): Plan =>
  plan({
    settings: { planName: 'Boligsosial handlingsplan' },
    operating: [op({ id: 'D-001', ref: '14', frame: 'R3', years: [100, 300, 300, 300], fullYear: 300, newMoney: 300 })],
  });
export const helse = (): Plan =>
  plan({
    settings: { planName: 'Helse og omsorg' },
    operating: [op({ id: 'D-101', ref: '14', frame: 'R3', years: [200, 300, 200, 100], fullYear: 300, newMoney: 300 })],
  });

// A plan of another period (2028–2031): in the check, never compared (period-mismatch). D-201, Ref. 20, frame R5,
// 40 a year.
export const kulturOtherPeriod = (): Plan => ({
  ...plan({
    settings: { planName: 'Kulturplan' },
    operating: [op({ id: 'D-201', ref: '20', frame: 'R5', years: [40, 40, 40, 40], fullYear: 40, newMoney: 40 })],
  }),
  years: [2028, 2029, 2030, 2031],
});

/** Where the reader found a measure table (only that it found one matters here: hasMeasureTable). */
export const tableAt = (sheet: string): TableLayout => ({
  tableName: null,
  sheet,
  headerRow: 1,
  firstDataRow: 2,
  lastDataRow: 2,
  columns: {},
  yearColumns: {},
  headers: [],
});

/** A plan as read from a workbook with both measure tables. */
export const withTables = (p: Plan): Plan => ({
  ...p,
  layouts: { ...p.layouts, operating: tableAt('Tiltak drift'), investment: tableAt('Tiltak investering') },
});

export const input = (file: string, p: Plan): ConsolidateInput => ({ file, plan: withTables(p), findings: [] });

/** The economy plan workbook okonomiplan.xlsx: the default plan's settings and years, Toleranse when given. */
export function economy(lines: EconomyPlanLine[], tolerance?: number): EconomyWorkbook & { file: string } {
  const base = plan({});
  const settings = tolerance === undefined ? base.settings : { ...base.settings, tolerance: kr(tolerance) };
  return { file: 'okonomiplan.xlsx', settings, years: base.years, lines, frames: [], found: true, findings: [] };
}

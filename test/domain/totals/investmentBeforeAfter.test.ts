/**
 * The check report's investment totals carry Tidligere bevilget and Etter perioden beside Kostnadsramme and the
 * years (docs/spec.md §9, as built): without them a project granted before the period, or running after it, shows
 * a Kostnadsramme that its years do not add up to, and the reader cannot see where the rest is. SPEC §9 lists
 * Kostnadsramme, the years and the financing for Sammendrag; Sammendrag keeps to that list.
 */
import { checkSnapshot } from '../../../src/domain/check';
import type { Finding } from '../../../src/domain/model/finding';
import type { CellValue } from '../../../src/domain/model/snapshot';
import type { Block } from '../../../src/report/document';
import { totalsBlocks } from '../../../src/report/totalsBlocks';
import { canonicalSnapshot } from '../../helpers/workbook';

const render = (f: Finding, unit: string) => `msg:${f.code}:${unit}`;

const project = (o: Record<string, CellValue>): Record<string, CellValue> => ({
  Seksjon: 'Samfunn og tjenester',
  Prioritet: 1,
  Tiltak: 'Omsorgsboliger',
  Kostnadsstatus: 'Beregnet',
  Formål: 'Omsorgsbolig',
  Ansvarlig: 'Eiendomssjef',
  ...o,
});

// In 1000 kr. I-001: 500 before, 1 000 + 1 000 in 2027–2028, 500 after = 3 000. I-002 (Organisasjon): 200 before,
// 300 + 300, 200 after = 1 000. I-003: no before or after, 400 in 2027.
const rows = [
  project({
    ID: 'I-001',
    Prosjektnr: 'P-1',
    Kostnadsramme: 3000,
    'Tidligere bevilget': 500,
    '2027': 1000,
    '2028': 1000,
    'Etter perioden': 500,
    Lån: 3000,
  }),
  project({
    ID: 'I-002',
    Seksjon: 'Organisasjon',
    Prosjektnr: 'P-2',
    Kostnadsramme: 1000,
    'Tidligere bevilget': 200,
    '2027': 300,
    '2028': 300,
    'Etter perioden': 200,
    Lån: 1000,
  }),
  project({ ID: 'I-003', Prioritet: 2, Prosjektnr: 'P-3', Kostnadsramme: 400, '2027': 400, Lån: 400 }),
];

const check = () =>
  checkSnapshot(canonicalSnapshot({ investment: rows }), { file: 'plan.xlsx', defaultStartYear: 2027, render });

describe('investment totals with Tidligere bevilget and Etter perioden', () => {
  it('sums them in all and per section, in kroner', () => {
    const { investment } = check().report.totals;
    // All: before 500 + 200 = 700, after 500 + 200 = 700; Kostnadsramme 700 + 1 700 + 1 300 + 700 = 4 400.
    expect(investment.all).toMatchObject({ budget: 4_400_000, before: 700_000, after: 700_000 });
    expect(investment.all.years).toEqual({ '2027': 1_700_000, '2028': 1_300_000, '2029': 0, '2030': 0 });
    // Samfunn og tjenester: I-001 and I-003 (before 500, after 500); Organisasjon: I-002 (200, 200).
    expect(investment.bySection.map((s) => [s.section, s.before, s.after])).toEqual([
      ['Samfunn og tjenester', 500_000, 500_000],
      ['Organisasjon', 200_000, 200_000],
    ]);
  });

  it('the report table shows them around the years, headed as the workbook is', () => {
    const { report } = check();
    const blocks = totalsBlocks(report.totals, 'en', report.plan.unit, report.plan.years);
    const tables = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const inv = tables.find((t) => t.headers.includes('Kostnadsramme'));
    expect(inv?.headers.slice(0, 8)).toEqual([
      'Section',
      'Kostnadsramme',
      'Tidligere bevilget',
      '2027',
      '2028',
      '2029',
      '2030',
      'Etter perioden',
    ]);
    // The «All» row in 1000 kr: 4 400, 700, 1 700, 1 300, 0, 0, 700 (thin spaces as thousands separator).
    const all = inv?.rows[inv.rows.length - 1]?.slice(1, 8).map((x) => x.replace(/\s/g, ' '));
    expect(all).toEqual(['4 400', '700', '1 700', '1 300', '0', '0', '700']);
  });
});

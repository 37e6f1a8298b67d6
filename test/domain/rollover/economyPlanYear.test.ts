/**
 * A roll leaves the economy plan's new last year empty for finance's figures (SPEC §11: the roll invents none). The
 * roll says so (followUp.economyPlanEmptyYears) when the plan has economy plan lines, and only then; a check of the
 * rolled plan then leaves that year unreconciled (SPEC §7: empty is not 0) and says it once (economy-plan-year-empty).
 */
import { checkSnapshot } from '../../../src/domain/check';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';
import { planWorkbook } from '../../../src/domain/sheets/template';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { canonicalSnapshot, withoutTables } from '../../helpers/workbook';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

const rollOf = (wb: WorkbookSnapshot) => rollContent(readPlan(wb, { defaultStartYear: 2027 }).plan);

const measure = {
  ID: 'D-001',
  Seksjon: 'Samfunn og tjenester',
  Prioritet: 1,
  Tiltak: 'Miljøteam',
  Type: 'Varig',
  Kostnadsstatus: 'Beregnet',
  '2027': 600,
  '2028': 1200,
  '2029': 1800,
  '2030': 2400,
  Helårsvirkning: 2400,
  'Nye midler': 2400,
  Ansvarlig: 'Leder boligkontor',
  Rammeområde: '2',
};
const line = { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', '2027': 600, '2028': 1200, '2029': 1800, '2030': 2400 };

describe("the economy plan's new last year after a roll", () => {
  it('is named for the built-in example (2027–2030 rolls to 2028–2031: 2031 is empty on every line)', () => {
    const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
    const result = rollOf(example);
    expect(result.followUp.economyPlanEmptyYears).toEqual([2031]);
    // What the note explains: the check of the rolled example compares nothing of 2031 (before the fix: errors with
    // 0 on the economy plan's side for D-001 2 400, D-003 500, D-005 400, R3 and R4) and says why, once.
    const after = applyEdits(EMPTY_WORKBOOK, planWorkbook(result.content));
    const check = checkSnapshot(after, { render: () => '', file: 'x.xlsx', defaultStartYear: 2028 });
    expect(check.report.reconciliation.filter((i) => i.year === 2031)).toEqual([]);
    const waits = check.findings.filter((f) => f.code === 'economy-plan-year-empty');
    expect(waits.map((f) => [f.severity, f.sheet, f.params.year])).toEqual([['warning', 'Økonomiplan', 2031]]);
  });

  it('is named for one line: D-001 600/1 200/1 800/2 400 rolls to 1 200/1 800/2 400 and an empty 2031', () => {
    const result = rollOf(canonicalSnapshot({ operating: [measure], economyPlan: [line] }));
    expect(result.content.economyPlan[0]?.years).toEqual([1200, 1800, 2400, null]);
    expect(result.followUp.economyPlanEmptyYears).toEqual([2031]);
  });

  it('names a year an earlier roll left empty too: 2027–2030 → 2028–2031 → 2029–2032 without typing 2031', () => {
    const once = rollOf(canonicalSnapshot({ operating: [measure], economyPlan: [line] }));
    const snapshot = applyEdits(EMPTY_WORKBOOK, planWorkbook(once.content));
    const twice = rollContent(readPlan(snapshot, { defaultStartYear: 2028 }).plan);
    // D-001's line 1 200/1 800/2 400/– rolls to 1 800/2 400/–/–: 2031 and 2032 are both empty on every line.
    expect(twice.content.economyPlan[0]?.years).toEqual([1800, 2400, null, null]);
    expect(twice.followUp.economyPlanEmptyYears).toEqual([2031, 2032]);
  });

  it('is not named for a plan whose economy plan table has no lines', () => {
    expect(rollOf(canonicalSnapshot({ operating: [measure] })).followUp.economyPlanEmptyYears).toEqual([]);
  });

  it('is not named for a plan without an economy plan table', () => {
    const wb = canonicalSnapshot({ operating: [measure] });
    const noTable = {
      ...withoutTables(wb, ['tblOkonomiplan']),
      sheets: wb.sheets.filter((s) => s.sheet !== 'Økonomiplan'),
    };
    const { plan } = readPlan(noTable, { defaultStartYear: 2027 });
    expect(plan.layouts.economyPlan).toBeNull();
    expect(rollContent(plan).followUp.economyPlanEmptyYears).toEqual([]);
  });
});

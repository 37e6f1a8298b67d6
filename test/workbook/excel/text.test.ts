/**
 * Text stays text (issue 15): every string the product writes lands in Excel as the same text as in the file
 * path, although Excel reads `range.values` like typed input. The recording fake models that parsing
 * (typedInput.ts), so an adapter that wrote the strings as they are would fail here.
 */
import fc from 'fast-check';
import {
  checkSnapshot,
  exampleContent,
  planAddMeasure,
  planReconciliation,
  planWorkbook,
  type PlanContent,
  type RowInput,
  type WritePlan,
} from '../../../src/domain';

/** The edits of a plan that no user cell blocks (these tests put none in the way). */
function editsOf(plan: WritePlan) {
  if (!plan.ok) throw new Error('blocked by a user cell');
  return plan.edits;
}
import { explainReconciliation, renderFinding } from '../../../src/i18n';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { mightParse } from '../../../src/workbook/excel/textInput';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { cellsOf, usedRef } from './fakeModel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';
import { typedCell } from './typedInput';

/** Strings Excel would read as a formula, a number, a date, or an error (issue 15). */
const HOSTILE = ['- Økt bemanning', '=SUM(A1)', '+47', '6.10', '1/2', '@x'] as const;

const port = (model: FakeModel) =>
  new ExcelWorkbook({ run: recordingRunner(new RecordingContext(model)), isSetSupported: () => true });

/** The example plan with the hostile strings in every kind of text column. */
function hostileContent(): PlanContent {
  const base = exampleContent({ startYear: 2027 });
  const text = (i: number) => HOSTILE[i % HOSTILE.length] as string;
  return {
    ...base,
    settings: { ...base.settings, economyPlanVersion: '2027-1' },
    lists: { ...base.lists, responsibles: [...base.lists.responsibles, ...HOSTILE] },
    operating: base.operating.map((row, i) => ({
      ...row,
      values: { ...row.values, ref: text(i), measure: text(i + 1), responsible: text(i + 2), comment: text(i + 3) },
    })),
    economyPlan: base.economyPlan.map((row, i) => ({ ...row, values: { ...row.values, description: text(i) } })),
  };
}

/** Every cell of the fake model as Excel holds it: sheet → A1 → value. */
function excelValues(model: FakeModel, sheet: string): Map<string, unknown> {
  const s = model.sheets.find((x) => x.name === sheet);
  const ref = s ? usedRef(s) : null;
  return new Map(
    ref && s
      ? cellsOf(ref)
          .flat()
          .map((a1) => [a1, s.cells.get(a1)?.value ?? null])
      : [],
  );
}

/** Writes `edits` on both paths and lists every string of the file path that Excel holds differently. */
async function differences(edits: Parameters<XlsxWorkbook['apply']>[0]): Promise<string[]> {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  await port(model).apply(edits);
  const file = XlsxWorkbook.empty();
  await file.apply(edits);
  const out: string[] = [];
  for (const sheet of (await file.read()).sheets) {
    const excel = excelValues(model, sheet.sheet);
    const [row0, col0] = [Number(/\d+/.exec(sheet.origin)?.[0] ?? 1), sheet.origin.charCodeAt(0) - 64];
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== 'string' || v === '') return; // Excel holds no empty text: "" empties a cell
        const a1 = `${String.fromCharCode(64 + col0 + c)}${row0 + r}`;
        if (excel.get(a1) !== v)
          out.push(`${sheet.sheet}!${a1}: ${JSON.stringify(v)} → ${JSON.stringify(excel.get(a1))}`);
      }),
    );
  }
  return out;
}

describe('text stays text in Excel', () => {
  it('the fake reads an unprotected string as Excel does (so these tests can fail)', () => {
    // "1/2" is 2 January 2027 (the fake's year for m/d input): 2024-01-01 is serial 45 292, + 366 + 365 + 365 + 1.
    const parsed = ['#NAME?', 0, 47, 6.1, 46_389, '#NAME?'];
    expect(HOSTILE.map((s) => typedCell(s, undefined, false).value)).toEqual(parsed);
    expect(HOSTILE.map((s) => typedCell(s, '@', false).value)).toEqual([...HOSTILE]);
  });

  it('writes a whole workbook with the same text as the file path', async () => {
    expect(await differences(planWorkbook(hostileContent()))).toEqual([]);
  });

  it('adds a measure whose texts keep every character, and År in Avstemming stays a number', async () => {
    const model: FakeModel = { sheets: [], tables: [], names: [] };
    await port(model).apply(planWorkbook(hostileContent()));
    const snapshot = await port(model).read();
    const result = checkSnapshot(snapshot, {
      file: 'x',
      defaultStartYear: 2027,
      render: (f, u) => renderFinding(f, 'nb', u),
    });
    const row: RowInput = {
      values: { section: 'Organisasjon', measure: '=SUM(B2)', ref: '6.10', responsible: '+47', comment: '1/2' },
      years: [1, 2, 3, 4],
    };
    await port(model).apply(editsOf(planAddMeasure(result.plan, 'operating', row, snapshot, { canInsertCells: true })));
    await port(model).apply(
      editsOf(
        planReconciliation(result.report.reconciliation, result.plan, snapshot, {
          ...reconciliationSheetText('nb', 'kr'),
          explain: (i) => `${explainReconciliation(i, 'nb', 'kr')} @x`,
        }),
      ),
    );
    const after = await port(model).read();
    const added = checkSnapshot(after, {
      file: 'x',
      defaultStartYear: 2027,
      render: (f, u) => renderFinding(f, 'nb', u),
    });
    const measure = added.plan.operating.find((m) => m.measure === '=SUM(B2)');
    expect(measure).toMatchObject({ ref: '6.10', responsible: '+47', comment: '1/2' });
    const avstemming = model.sheets.find((s) => s.name === 'Avstemming')!;
    expect(typeof avstemming.cells.get('G2')?.value).toBe('number');
    expect(String(avstemming.cells.get('L2')?.value)).toMatch(/ @x$/);
  });

  it('marks every string the fake would parse (property)', () => {
    const strings = fc.oneof(
      fc.string(),
      fc.constantFrom(...HOSTILE, 'TRUE', 'false', '#N/A', "'quoted", '1,000.5', '50%', '2027-01-31', ' 12 '),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', "'"), fc.string()).map(([a, b]) => a + b),
      fc.tuple(fc.integer(), fc.constantFrom('', '.5', '/3', '%', 'e3')).map(([n, s]) => `${n}${s}`),
    );
    fc.assert(
      fc.property(strings, (s) => {
        const cell = typedCell(s, undefined, false);
        const kept = cell.value === s && cell.formula === undefined && !cell.error;
        return kept || mightParse(s);
      }),
      { numRuns: 2000 },
    );
  });
});

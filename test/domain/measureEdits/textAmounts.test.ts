/**
 * Amounts typed as text (SPEC §7 amount-text) converted to numbers on request: each such cell gets the number its
 * text reads as, in the workbook unit, and the amount format where its format would keep it text or show a date.
 */
import { planTextAmounts, textAmounts } from '../../../src/domain/measureEdits/textAmounts';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { canonicalSnapshot, withNumberFormats } from '../../helpers/workbook';

const SHEET = 'Tiltak drift';

const withFormats = (wb: WorkbookSnapshot, formats: Readonly<Record<string, string>>) =>
  withNumberFormats(wb, SHEET, formats);

/** One Varig measure in row 2: H–K are 2027–2030, M Helårsvirkning. */
const measure = (years: Record<string, CellValue>): Record<string, CellValue> => ({
  ID: 'D-001',
  Seksjon: 'Organisasjon',
  Prioritet: 1,
  Tiltak: 'Veileder',
  Type: 'Varig',
  Kostnadsstatus: 'Beregnet',
  Helårsvirkning: 400,
  ...years,
});

const read = (wb: WorkbookSnapshot) => readPlan(wb, { defaultStartYear: 2027 });
const format = (range: string, f: string) => ({ kind: 'setNumberFormat', sheet: SHEET, range, format: f });
const cell = (origin: string, value: CellValue) => ({ kind: 'setCells', sheet: SHEET, origin, values: [[value]] });

describe('planTextAmounts', () => {
  it('in 1000 kr: "1 500" in a text cell and "200" in a General cell become 1500 and 200; only H2 is reformatted', () => {
    const wb = withFormats(
      canonicalSnapshot({ operating: [measure({ '2027': '1 500', '2028': '200', '2029': 400 })] }),
      {
        H2: '@',
        I2: 'General',
      },
    );
    const { plan, findings } = read(wb);
    expect(textAmounts(wb, findings, plan.settings.unit).map((a) => [a.cell, a.text, a.number])).toEqual([
      ['H2', '1 500', 1500],
      ['I2', '200', 200],
    ]);
    const edits = planTextAmounts(wb, findings, plan.settings.unit);
    expect(edits).toEqual([format('H2', '#,##0'), cell('H2', 1500), cell('I2', 200)]);
    // Read again: no text left; 1500 × 1000 kr = 1 500 000 kr, 200 × 1000 = 200 000, 400 × 1000 = 400 000.
    const after = read(applyEdits(wb, edits));
    expect(after.findings.filter((f) => f.code === 'amount-text')).toEqual([]);
    expect(after.plan.operating[0]?.years.slice(0, 3)).toEqual([1_500_000, 200_000, 400_000]);
  });

  it('in mill kr: "2,4" becomes the number 2.4 (2 400 000 kr), in the amount format of mill kr', () => {
    const wb = withFormats(canonicalSnapshot({ unit: 'mill kr', operating: [measure({ '2027': '2,4' })] }), {
      H2: '@',
    });
    const { plan, findings } = read(wb);
    const edits = planTextAmounts(wb, findings, plan.settings.unit as Unit);
    expect(edits).toEqual([format('H2', '#,##0.0##'), cell('H2', 2.4)]);
    expect(read(applyEdits(wb, edits)).plan.operating[0]?.years[0]).toBe(2_400_000);
  });

  it('in kr: «2 000 kroner», «NOK 500» and «2 000 kr,-» convert as «2 000 kr» does (one vocabulary with the import)', () => {
    const years = { '2027': '2 000 kroner', '2028': 'NOK 500', '2029': '2 000 kr,-', '2030': '2 000 kr' };
    const wb = canonicalSnapshot({ unit: 'kr', operating: [measure(years)] });
    const { plan, findings } = read(wb);
    expect(findings.filter((f) => f.code === 'amount-invalid')).toEqual([]);
    expect(textAmounts(wb, findings, plan.settings.unit).map((a) => [a.cell, a.number])).toEqual([
      ['H2', 2000],
      ['I2', 500],
      ['J2', 2000],
      ['K2', 2000],
    ]);
    const after = read(applyEdits(wb, planTextAmounts(wb, findings, plan.settings.unit)));
    expect(after.findings.filter((f) => f.code === 'amount-text')).toEqual([]);
    expect(after.plan.operating[0]?.years).toEqual([2000, 500, 2000, 2000]);
  });

  it('leaves a formula whose result is number text alone: writing 1500 would replace the formula', () => {
    // H2 holds =TEKST(1500;"# ##0") as Excel saved it ("1 500"); I2 "200" is typed. Only I2 is offered.
    const base = canonicalSnapshot({ operating: [measure({ '2027': '1 500', '2028': '200' })] });
    const wb: WorkbookSnapshot = {
      ...base,
      sheets: base.sheets.map((s) =>
        s.sheet !== SHEET
          ? s
          : {
              ...s,
              formulas: s.values.map((r, i) => r.map((_, c) => (i === 1 && c === 7 ? '=TEXT(1500,"# ##0")' : null))),
            },
      ),
    };
    const { plan, findings } = read(wb);
    expect(findings.filter((f) => f.code === 'amount-text').map((f) => f.cell)).toEqual(['H2', 'I2']);
    expect(textAmounts(wb, findings, plan.settings.unit).map((a) => a.cell)).toEqual(['I2']);
    expect(planTextAmounts(wb, findings, plan.settings.unit)).toEqual([cell('I2', 200)]);
  });

  it('writes the cells next to each other down a column in one edit, and their formats in one', () => {
    // Rows 2–6: 2027 (H) "1 500" and "200" in text cells, "300" in a General one, 400 a number, "5" in a text
    // cell; 2028 (I) "7" in row 2 in a text cell. Runs down H: H2:H4, then H6 (H5 is a number); formats only
    // where the cell is text: H2:H3 and H6; and I2 alone.
    const years = ['1 500', '200', '300', 400, '5'];
    const rows = years.map((y, i) => ({
      ...measure({ '2027': y, ...(i === 0 ? { '2028': '7' } : {}) }),
      ID: `D-00${i + 1}`,
    }));
    const wb = withFormats(canonicalSnapshot({ operating: rows }), {
      H2: '@',
      H3: '@',
      H4: 'General',
      H6: '@',
      I2: '@',
    });
    const { plan, findings } = read(wb);
    const edits = planTextAmounts(wb, findings, plan.settings.unit);
    expect(edits).toEqual([
      format('H2:H3', '#,##0'),
      format('H6', '#,##0'),
      format('I2', '#,##0'),
      { kind: 'setCells', sheet: SHEET, origin: 'H2', values: [[1500], [200], [300]] },
      cell('H6', 5),
      cell('I2', 7),
    ]);
    // Read again: 1 500, 200, 300, 400 and 5 thousand kroner in 2027, no text left.
    const after = read(applyEdits(wb, edits));
    expect(after.findings.filter((f) => f.code === 'amount-text')).toEqual([]);
    expect(after.plan.operating.map((m) => m.years[0])).toEqual([1_500_000, 200_000, 300_000, 400_000, 5_000]);
  });

  it('a Toleranse «0,5» in a text cell gets General, as its Verdi cell has in the template; an amount its format', () => {
    // 1000 kr: 0,5 is 500 kr, what the check uses; «#,##0» would show it as 1 (1 000 kr). The measure's H2 still
    // gets the amount format of the unit.
    const plain = canonicalSnapshot({ settings: { Toleranse: '0,5' }, operating: [measure({ '2027': '1 500' })] });
    const wb = withNumberFormats(withFormats(plain, { H2: '@' }), 'Innstillinger', { B7: '@' });
    const { plan, findings } = read(wb);
    expect(plan.settings.tolerance).toBe(500);
    const edits = planTextAmounts(wb, findings, plan.settings.unit);
    expect(edits).toEqual(
      expect.arrayContaining([
        { kind: 'setNumberFormat', sheet: 'Innstillinger', range: 'B7', format: 'General' },
        { kind: 'setCells', sheet: 'Innstillinger', origin: 'B7', values: [[0.5]] },
        format('H2', '#,##0'),
        cell('H2', 1500),
      ]),
    );
    expect(edits).toHaveLength(4);
    const after = read(applyEdits(wb, edits));
    expect(after.findings.filter((f) => f.code === 'amount-text')).toEqual([]);
    expect(after.plan.settings.tolerance).toBe(500);
  });

  it('leaves placeholders, invalid text and real numbers alone', () => {
    const wb = canonicalSnapshot({ operating: [measure({ '2027': '----', '2028': 'ukjent', '2029': 300 })] });
    const { plan, findings } = read(wb);
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['amount-placeholder', 'amount-invalid']));
    expect(planTextAmounts(wb, findings, plan.settings.unit)).toEqual([]);
  });

  it('never converts a decimal point: "2.4" and "-1.5 kr" stay as typed; "2,4" and "2.450" (thousands) convert', () => {
    // SPEC §7: a dot only groups thousands, so "2.4" is amount-invalid (no figure to write), while "2.450" reads
    // 2 450 mill = 2 450 000 000 kr. Converting "2.4" to 2,4 would write a figure SPEC does not read.
    const years = { '2027': '2.4', '2028': '-1.5 kr', '2029': '2,4', '2030': '2.450' };
    const wb = canonicalSnapshot({ unit: 'mill kr', operating: [measure(years)] });
    const { plan, findings } = read(wb);
    expect(findings.filter((f) => f.code === 'amount-invalid').map((f) => f.cell)).toEqual(['H2', 'I2']);
    expect(textAmounts(wb, findings, plan.settings.unit).map((a) => [a.cell, a.number])).toEqual([
      ['J2', 2.4],
      ['K2', 2450],
    ]);
    const edits = planTextAmounts(wb, findings, plan.settings.unit);
    expect(edits).toEqual([cell('J2', 2.4), cell('K2', 2450)].map((e) => expect.objectContaining(e)));
    const after = read(applyEdits(wb, edits));
    expect(after.plan.operating[0]?.years).toEqual([0, 0, 2_400_000, 2_450_000_000]);
    expect(after.findings.filter((f) => f.code === 'amount-invalid').map((f) => f.cell)).toEqual(['H2', 'I2']);
  });
});

/**
 * An amount written into a cell Excel shows as a date (a "1.5" that Norwegian Excel made the 1st of May) gets
 * the amount format of the product's tables with it; no other cell, and no other format, is touched. Cells
 * inserted for a new measure are the exception: each cell written there gets the product's format.
 */
import { planAddMeasure } from '../../../src/domain/measureEdits/add';
import { planUpdateMeasure } from '../../../src/domain/measureEdits/edit';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, setCell, withNumberFormats } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';
import { planOf } from '../../helpers/plan';

const SHEET = 'Tiltak drift';
// How both adapters deliver a date-formatted number (1 May 2026).
const DATE = '2026-05-01T00:00:00.000Z';

const withFormats = (wb: WorkbookSnapshot, formats: Readonly<Record<string, string>>) =>
  withNumberFormats(wb, SHEET, formats);

/** One measure in row 2 (columns: E Tiltak, H–K 2027–2030, L Sum periode, M Helårsvirkning). */
const MEASURE: Record<string, CellValue> = {
  ID: 'D-001',
  Seksjon: 'Organisasjon',
  Prioritet: 1,
  Tiltak: 'Veileder',
  Type: 'Varig',
  Kostnadsstatus: 'Beregnet',
  '2027': DATE,
  '2028': 200,
  Helårsvirkning: 400,
};
const format = (range: string, f: string) => ({ kind: 'setNumberFormat', sheet: SHEET, range, format: f });
const cell = (origin: string, value: CellValue) => ({ kind: 'setCells', sheet: SHEET, origin, values: [[value]] });

describe('planUpdateMeasure', () => {
  it.each<[Unit, string]>([
    ['kr', '#,##0'],
    ['1000 kr', '#,##0'],
    ['mill kr', '#,##0.0##'],
  ])('in %s: a written amount cell in a date or time format gets %s; nothing else does', (unit, amount) => {
    // H2 and J2 show dates or times and are written; I2 shows a date and is not written; M2 is the user's own
    // number format; E2 is text in a date format.
    const wb = withFormats(canonicalSnapshot({ unit, operating: [MEASURE] }), {
      E2: 'dd.mm.yyyy',
      H2: 'd-mmm',
      I2: '[$-414]d/ mmm;@',
      J2: 'h:mm',
      M2: '# ##0 "kr"',
    });
    const edits = planUpdateMeasure(
      planOf(wb),
      'D-001',
      { values: { measure: 'Ny tekst', fullYear: 500 }, years: [1.5, 200, 300] },
      wb,
    );
    expect(edits).toEqual([
      format('H2', amount),
      format('J2', amount),
      cell('E2', 'Ny tekst'),
      cell('M2', 500),
      cell('H2', 1.5),
      cell('J2', 300),
    ]);
  });

  it('a written amount cell in the text format ("@") gets the amount format: Excel would keep a number typed there as text', () => {
    const wb = withFormats(canonicalSnapshot({ operating: [{ ...MEASURE, '2027': 100 }] }), { H2: '@', I2: '@' });
    // H2 is written (100 → 150); I2 keeps 200 and is not written, so its format stays. The format goes first:
    // a number Excel takes into a cell still formatted as text is stored as text (as textAmounts.ts orders it).
    expect(planUpdateMeasure(planOf(wb), 'D-001', { values: {}, years: [150, 200] }, wb)).toEqual([
      format('H2', '#,##0'),
      cell('H2', 150),
    ]);
  });

  it('plans no format where the source reports none', () => {
    const wb = canonicalSnapshot({ operating: [MEASURE] });
    expect(planUpdateMeasure(planOf(wb), 'D-001', { values: {}, years: [1.5] }, wb)).toEqual([cell('H2', 1.5)]);
  });
});

describe('planAddMeasure', () => {
  const row = { values: { section: 'Organisasjon', measure: 'Ny', fullYear: 400 }, years: [100, 200, 0, 0] };
  // Row 3: below the table, or the table's empty last row (a "1.5" typed there and deleted leaves the format).
  const below = canonicalSnapshot({ operating: [{ ...MEASURE, '2027': 100 }] });
  const emptyRow = canonicalSnapshot({ operating: [{ ...MEASURE, '2027': 100 }, {}] });
  const formats = { E3: 'd-mmm', H3: 'd-mmm', I3: '#,##0', L3: 'mm-dd-yy', M3: 'd-mmm' };

  it.each([
    ['below the table', below],
    ['in the empty body row', emptyRow],
  ])('%s: the amount cells written in a date format get the amount format (Sum periode too)', (_where, plain) => {
    const wb = withFormats(plain, formats);
    const edits = editsOf(planAddMeasure(planOf(wb), 'operating', row, wb));
    expect(edits.filter((e) => e.kind === 'setCells' && e.origin === 'E3')).toHaveLength(1);
    // The formats before the row's cells, as for an edited measure.
    const firstCell = edits.findIndex((e) => e.kind === 'setCells');
    expect(edits.findIndex((e) => e.kind === 'setNumberFormat')).toBeLessThan(firstCell);
    expect(edits.filter((e) => e.kind === 'setNumberFormat')).toEqual([
      format('L3', '#,##0'),
      format('M3', '#,##0'),
      format('H3', '#,##0'),
    ]);
  });

  it('into inserted cells (a note in the way, in Excel): every cell written gets the product’s format, whatever the row above has', () => {
    // Excel gives inserted cells the formats of the row above; the snapshot knows nothing of them.
    const wb = withFormats(setCell(below, SHEET, 'E3', 'notat'), formats);
    const edits = editsOf(planAddMeasure(planOf(wb), 'operating', row, wb, { canInsertCells: true }));
    expect(edits.slice(0, 2).map((e) => e.kind)).toEqual(['insertCells', 'resizeTable']);
    expect(edits[0]).toEqual({ kind: 'insertCells', sheet: SHEET, range: 'A3:U3' });
    // ID, Seksjon, Prioritet, Tiltak, Type, Kostnadsstatus: General; Sum periode, Helårsvirkning, 2027–2030: amounts.
    const general = ['A3', 'B3', 'C3', 'E3', 'F3', 'G3'].map((c) => format(c, 'General'));
    const amounts = ['L3', 'M3', 'H3', 'I3', 'J3', 'K3'].map((c) => format(c, '#,##0'));
    expect(edits.filter((e) => e.kind === 'setNumberFormat')).toEqual([...general, ...amounts]);
    // The formats before the row's cells, and a format for each cell written, none for another.
    const firstCell = edits.findIndex((e) => e.kind === 'setCells');
    expect(edits.slice(firstCell).filter((e) => e.kind === 'setNumberFormat')).toEqual([]);
    const written = edits.flatMap((e) => (e.kind === 'setCells' ? [e.origin] : []));
    expect([...written].sort()).toEqual(['A3', 'B3', 'C3', 'E3', 'F3', 'G3', 'H3', 'I3', 'J3', 'K3', 'L3', 'M3']);
  });
});

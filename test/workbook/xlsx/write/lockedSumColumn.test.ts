/**
 * A municipal template's protected sheet on the file path (SPEC §11, "Writing into a user's workbook"): the input
 * cells of the table's empty row are unlocked, the formula column (Sum periode) is locked and holds the table's
 * calculated formula. A new measure there does not write that cell: the measure is written, the formula stays byte
 * for byte, and its cached result is the row's new sum (write/rowSums.ts), so the check that reads the file next
 * reads the right Sum periode. A locked Sum periode that is empty would have to be written: refused, named.
 */
import { checkSnapshot } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { diffPackages } from '../preserve/compare';
import { expectValidOoxml } from '../preserve/validOoxml';
import {
  LOCKED_SUM,
  addMeasure,
  protectedInputRows,
  refusal,
  UNLOCKED_AMOUNT,
  UNLOCKED_TEXT,
} from './protectedInputRows';

const SUM_FORMULA = 'SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])';

/** Row 13 an input row of the table, every cell unlocked but L13, locked, holding `sum` (its XML, '' for none). */
const template = (sum: string) =>
  protectedInputRows({ locked: ['L'], ...(sum === '' ? {} : { contents: { L13: sum } }) });

const ROW = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [150, 250, 350, 450] };

const check = async (wb: XlsxWorkbook) =>
  checkSnapshot(await wb.read('check'), { file: 'plan.xlsx', defaultStartYear: 2027, render: () => '' });

describe('a new measure into a protected template whose Sum periode column is locked (file)', () => {
  it('is written; the calculated formula stays as it was, its result the new sum', async () => {
    // The empty row's sum as Excel saved it: 0.
    const pkg = await template(`<f>${SUM_FORMULA}</f><v>0</v>`);
    const before = pkg.bytes();
    const wb = await XlsxWorkbook.fromBuffer(before);

    expect(await refusal(wb, await addMeasure(wb, ROW))).toBeNull();
    const after = await wb.toBuffer();

    const sheet = pkg.sheetPart('Tiltak drift');
    const diff = diffPackages(before, after);
    expect([diff.added, diff.removed]).toEqual([[], []]);
    expect(diff.changed.sort()).toEqual(['xl/workbook.xml', sheet].sort());
    const out = new FixturePkg(after);
    expect(out.text(sheet)).toContain('sheet="1" objects="1" scenarios="1"/>');
    const row13 = /<row r="13"[^>]*>[\s\S]*?<\/row>/.exec(out.text(sheet))?.[0] ?? '';
    expect(row13).toContain(`<c r="A13" s="${UNLOCKED_TEXT}" t="inlineStr"><is><t>D-012</t></is></c>`);
    expect(row13).toContain(`<c r="H13" s="${UNLOCKED_AMOUNT}"><v>150</v></c>`);
    // The formula and the locked style as they were; the result 150 + 250 + 350 + 450 = 1 200.
    expect(row13).toContain(`<c r="L13" s="${LOCKED_SUM}"><f>${SUM_FORMULA}</f><v>1200</v></c>`);
    // Excel is still told to recalculate on open (a user's cell was written).
    expect(out.text('xl/workbook.xml')).toContain('fullCalcOnLoad="1"');

    // The check that reads the written file: D-012 on row 13, Sum periode 1 200 (1000 kr) = 1 200 000 kr.
    const { plan } = await check(await XlsxWorkbook.fromBuffer(after));
    expect(plan.settings.unit).toBe('1000 kr');
    const added = plan.operating.find((m) => m.id === 'D-012');
    expect([added?.row, added?.periodSum]).toEqual([13, 1_200_000]);
    expectValidOoxml(after);
  });

  it('is refused whole when the locked Sum periode cell (L13) is empty, naming it', async () => {
    const pkg = await template('');
    const before = pkg.bytes();
    const wb = await XlsxWorkbook.fromBuffer(before);

    const error = await refusal(wb, await addMeasure(wb, ROW));

    expect(error?.conflict).toEqual({
      added: [],
      protected: ['Tiltak drift'],
      locked: [{ sheet: 'Tiltak drift', cell: 'L13' }],
    });
    expect(diffPackages(before, await wb.toBuffer())).toEqual({ added: [], removed: [], changed: [] });
  });
});

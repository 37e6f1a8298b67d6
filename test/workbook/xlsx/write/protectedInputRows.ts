/**
 * A municipal template's protected «Tiltak drift» on the file path (SPEC §11, "Writing into a user's workbook"), for
 * the protected-sheet tests: the example workbook (tblTiltakDrift A1:U12, Sum periode in L) with empty input rows
 * below its measures taken into the table, their cells unlocked (`<protection locked="0"/>` in the cell's format)
 * but those named locked, and the sheet protected as Excel protects it (no formatting allowed).
 */
import {
  checkSnapshot,
  exampleContent,
  planAddMeasure,
  planWorkbook,
  type Edit,
  type RowInput,
} from '../../../../src/domain';
import { WorkbookProtectedError } from '../../../../src/workbook/port';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { protectSheet } from '../../../fixtures/make/asExcel/protection';

// cellXfs of the example has 8 formats (0–7); these two are added as 8 and 9: unlocked General and unlocked #,##0.
export const UNLOCKED_TEXT = 8;
export const UNLOCKED_AMOUNT = 9;
/** The product's computed look (Sum periode), locked as Excel's default is. */
export const LOCKED_SUM = 4;

const COLUMNS = [...'ABCDEFGHIJKLMNOPQRSTU'];

export interface InputRows {
  /** How many input rows, from row 13 on (the table grows over them): 1 unless told. */
  readonly rows?: number;
  /** Cells left locked (xf 4): a column letter locks it on every input row, an A1 address that cell only. */
  readonly locked?: readonly string[];
  /** The XML inside `<c>` of a cell of the input rows (A1 → XML), e.g. a formula with its result. */
  readonly contents?: Readonly<Record<string, string>>;
}

/** The example workbook as the file adapter writes it, with `rows` input rows as the file comment says. */
export async function protectedInputRows({
  rows = 1,
  locked = [],
  contents = {},
}: InputRows = {}): Promise<FixturePkg> {
  const made = XlsxWorkbook.empty();
  await made.apply(planWorkbook(exampleContent({ startYear: 2027 })));
  const pkg = new FixturePkg(await made.toBuffer());
  pkg.edit('xl/styles.xml', (x) =>
    x.replace(
      /<cellXfs count="8">([\s\S]*?)<\/cellXfs>/,
      '<cellXfs count="10">$1' +
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf>' +
        '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyProtection="1">' +
        '<protection locked="0"/></xf></cellXfs>',
    ),
  );
  const sheet = pkg.sheetPart('Tiltak drift');
  for (let r = 13; r < 13 + rows; r++) {
    const cells = COLUMNS.map((c) => {
      const a1 = `${c}${r}`;
      const s =
        locked.includes(c) || locked.includes(a1) ? LOCKED_SUM : /^[H-Q]$/.test(c) ? UNLOCKED_AMOUNT : UNLOCKED_TEXT;
      const inner = contents[a1];
      return inner === undefined ? `<c r="${a1}" s="${s}"/>` : `<c r="${a1}" s="${s}">${inner}</c>`;
    }).join('');
    pkg.edit(sheet, (x) => x.replace(new RegExp(`<row r="${r}">[\\s\\S]*?</row>`), `<row r="${r}">${cells}</row>`));
  }
  const table = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('displayName="tblTiltakDrift"'),
  );
  if (!table) throw new Error('no tblTiltakDrift');
  pkg.edit(table, (x) => x.replaceAll('ref="A1:U12"', `ref="A1:U${12 + rows}"`));
  protectSheet(pkg, 'Tiltak drift');
  return pkg;
}

/** *Nytt tiltak* (`row`) planned as the pane and the command line plan it, on what the workbook reads. */
export async function addMeasure(wb: XlsxWorkbook, row: RowInput): Promise<readonly Edit[]> {
  const snapshot = await wb.read('check');
  const { plan } = checkSnapshot(snapshot, { file: 'plan.xlsx', defaultStartYear: 2027, render: () => '' });
  const planned = planAddMeasure(plan, 'operating', row, snapshot);
  if (!planned.ok) throw new Error('row 13 should be free');
  return planned.edits;
}

/** The error `apply(edits)` was refused with for the workbook's protection, or null when it applied them. */
export async function refusal(wb: XlsxWorkbook, edits: readonly Edit[]): Promise<WorkbookProtectedError | null> {
  try {
    await wb.apply(edits);
    return null;
  } catch (e) {
    if (e instanceof WorkbookProtectedError) return e;
    throw e;
  }
}

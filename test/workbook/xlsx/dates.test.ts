/**
 * An amount that Norwegian Excel turned into a date (the user typed "1.5": the 1st of May, style "d-mmm"),
 * fixed through the pane's form on the file path (the browser pane's download): the cell gets the amount and
 * the amount format, so that it shows as an amount and the next check reads it as one (SPEC §7, §11).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkSnapshot, exampleContent, planAddMeasure, planUpdateMeasure, planWorkbook } from '../../../src/domain';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { partOf, sheetPartOf } from './parts';
import { expectValidOoxml } from './preserve/validOoxml';

// 1 May 2026: 46023 is 1 January 2026, plus 31 + 28 + 31 + 30 days.
const FIRST_OF_MAY = 46143;

const xfsOf = (styles: string): string[] =>
  [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/gs)].map(
    (m) => m[0],
  );

/** Every cell element of a sheet part by address. */
const cellsOf = (sheet: string): Map<string, string> =>
  new Map([...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/gs)].map((m) => [m[1] ?? '', m[0]]));

/** The part of the example's Tiltak drift sheet (found by its header 2027 in H1). */
const driftPart = (files: Record<string, Uint8Array>): string => {
  const part = Object.keys(files).find((p) =>
    /<c r="H1"[^>]*><is><t>2027</.test(strFromU8(files[p] ?? new Uint8Array())),
  );
  if (!part) throw new Error('no Tiltak drift part');
  return part;
};

/**
 * The example workbook (1000 kr) with two styles added as Excel saves them, a date ("d-mmm", built-in 16, in a
 * bold font that the amount style must keep) and a user's number format ("0.00", built-in 2), and Tiltak drift's
 * cells replaced by `cells(dateXf, userXf)` (A1 → the cell's XML); `bodyTo` makes tblTiltakDrift reach that row.
 */
async function exampleWith(
  cells: (dateXf: number, userXf: number) => Record<string, string>,
  bodyTo?: number,
): Promise<{ bytes: Uint8Array; dateXf: number; userXf: number }> {
  const wb = XlsxWorkbook.empty();
  await wb.apply(planWorkbook(exampleContent({ startYear: 2027 })));
  const files = unzipSync(await wb.toBuffer());
  const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
  const dateXf = xfsOf(styles).length;
  const userXf = dateXf + 1;
  files['xl/styles.xml'] = strToU8(
    styles
      .replace(/<cellXfs count="\d+">/, `<cellXfs count="${dateXf + 2}">`)
      .replace(
        '</cellXfs>',
        '<xf numFmtId="16" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
          '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
      ),
  );
  const part = driftPart(files);
  let sheet = strFromU8(files[part] ?? new Uint8Array());
  for (const [a1, xml] of Object.entries(cells(dateXf, userXf))) {
    const at = new RegExp(`<c r="${a1}"[^>]*?(?:/>|>.*?</c>)`, 's');
    expect(sheet).toMatch(at);
    sheet = sheet.replace(at, xml);
  }
  files[part] = strToU8(sheet);
  if (bodyTo !== undefined) {
    const table = Object.keys(files).find((p) =>
      strFromU8(files[p] ?? new Uint8Array()).includes('name="tblTiltakDrift"'),
    );
    if (!table) throw new Error('no tblTiltakDrift');
    files[table] = strToU8(strFromU8(files[table] ?? new Uint8Array()).replace(/ref="A1:U12"/g, `ref="A1:U${bodyTo}"`));
  }
  return { bytes: zipSync(files), dateXf, userXf };
}

/** The example with Tiltak drift!H2 holding 1 May as Excel saves a typed "1.5". */
const exampleWithDate = () => exampleWith((dateXf) => ({ H2: `<c r="H2" s="${dateXf}"><v>${FIRST_OF_MAY}</v></c>` }));

const check = async (wb: XlsxWorkbook) => {
  const snapshot = await wb.read('check');
  return { snapshot, result: checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' }) };
};

describe('an amount fixed through the pane where Excel shows a date (file path)', () => {
  it('Endre tiltak writes the amount with the amount style, keeping every other cell and style', async () => {
    const { bytes, dateXf } = await exampleWithDate();
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    const { snapshot, result } = await check(wb);
    expect(result.findings.filter((f) => f.code === 'amount-invalid' && f.cell === 'H2')).toHaveLength(1);
    expect(result.plan.operating[0]?.id).toBe('D-001');

    await wb.apply(planUpdateMeasure(result.plan, 'D-001', { values: {}, years: [1500] }, snapshot));
    const after = await wb.toBuffer();

    // styles.xml: every existing xf kept in place; one added, the date xf with the built-in "#,##0" (id 3).
    const xfsBefore = xfsOf(partOf(bytes, 'xl/styles.xml'));
    const xfsAfter = xfsOf(partOf(after, 'xl/styles.xml'));
    expect(xfsAfter.slice(0, xfsBefore.length)).toEqual(xfsBefore);
    expect(xfsAfter).toHaveLength(xfsBefore.length + 1);
    expect(xfsAfter[xfsBefore.length]).toBe(
      '<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
    // H2 holds 1500 in that style; no other cell of the sheet changed.
    const cellsBefore = cellsOf(sheetPartOf(bytes, 'Tiltak drift'));
    const cellsAfter = cellsOf(sheetPartOf(after, 'Tiltak drift'));
    expect(cellsBefore.get('H2')).toBe(`<c r="H2" s="${dateXf}"><v>${FIRST_OF_MAY}</v></c>`);
    expect(cellsAfter.get('H2')).toBe(`<c r="H2" s="${xfsBefore.length}"><v>1500</v></c>`);
    // Sum periode's formula as it was, its result the row's new sum (write/rowSums.ts): the product wrote 6 000
    // (600 + 1 200 + 1 800 + 2 400); now 1 500 + 1 200 + 1 800 + 2 400 = 6 900.
    expect(cellsBefore.get('L2')).toMatch(/<v>6000<\/v><\/c>$/);
    expect(cellsAfter.get('L2')).toBe(cellsBefore.get('L2')?.replace('<v>6000</v>', '<v>6900</v>'));
    for (const a1 of ['H2', 'L2']) {
      cellsBefore.delete(a1);
      cellsAfter.delete(a1);
    }
    expect(cellsAfter).toEqual(cellsBefore);

    const again = (await check(await XlsxWorkbook.fromBuffer(after))).result;
    expect(again.findings.filter((f) => f.sheet === 'Tiltak drift' && f.cell === 'H2')).toEqual([]);
    expect(again.plan.operating[0]?.years[0]).toBe(1_500_000);
    expectValidOoxml(after);
  });
});

describe('a new measure in a row whose cells Excel shows as dates (file path)', () => {
  const row = { values: { section: 'Organisasjon', measure: 'Ny', fullYear: 400 }, years: [100, 200, 0, 0] };

  it.each([
    ['below the table', undefined],
    ['in the table’s empty last row', 13],
  ])('%s: Nytt tiltak writes its amounts there with the amount style', async (_where, bodyTo) => {
    // Row 13, where D-012 goes: 2027 (H) and Helårsvirkning (M) left in a date style by a deleted "1.5",
    // 2028 (I) in the user's own number format.
    const { bytes, dateXf, userXf } = await exampleWith(
      (date, user) => ({
        H13: `<c r="H13" s="${date}"/>`,
        I13: `<c r="I13" s="${user}"/>`,
        M13: `<c r="M13" s="${date}"/>`,
      }),
      bodyTo,
    );
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    const { snapshot, result } = await check(wb);
    const planned = planAddMeasure(result.plan, 'operating', row, snapshot);
    await wb.apply(planned.ok ? planned.edits : []);
    const after = await wb.toBuffer();

    const xfsBefore = xfsOf(partOf(bytes, 'xl/styles.xml'));
    const xfsAfter = xfsOf(partOf(after, 'xl/styles.xml'));
    expect(xfsAfter.slice(0, xfsBefore.length)).toEqual(xfsBefore);
    expect(xfsAfter.slice(xfsBefore.length)).toEqual([
      '<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    ]);
    const amountXf = xfsBefore.length;
    const cells = cellsOf(sheetPartOf(after, 'Tiltak drift'));
    expect(cells.get('H13')).toBe(`<c r="H13" s="${amountXf}"><v>100</v></c>`);
    expect(cells.get('I13')).toBe(`<c r="I13" s="${userXf}"><v>200</v></c>`);
    expect(cells.get('M13')).toBe(`<c r="M13" s="${amountXf}"><v>400</v></c>`);
    expect(dateXf).not.toBe(amountXf);
    // Row 14 (the template's formatted spare row) keeps its style: only written cells are restyled.
    expect(cells.get('H14')).toBe(cellsOf(sheetPartOf(bytes, 'Tiltak drift')).get('H14'));

    const again = (await check(await XlsxWorkbook.fromBuffer(after))).result;
    expect(again.findings.filter((f) => f.code.startsWith('amount-') && /^[A-Z]+13$/.test(f.cell))).toEqual([]);
    expect(again.plan.operating.find((m) => m.id === 'D-012')).toMatchObject({
      row: 13,
      fullYear: 400_000,
      years: [100_000, 200_000, 0, 0],
    });
    expectValidOoxml(after);
  });
});

/**
 * A protected sheet with unlocked input cells, on the file path (SPEC §11, "Writing into a user's workbook"): a
 * municipal budget workbook is often protected with its input rows unlocked (`<protection locked="0"/>` in the
 * cell's format). Excel lets the user type there, so a new measure written into an empty, unlocked row of the table
 * goes ahead, every other part byte for byte as it was; a locked cell in the way refuses the whole write and is
 * named; a number format needs a sheet that allows formatting cells (formatCells="0").
 */
import type { Edit } from '../../../../src/domain';
import { protectedLine } from '../../../../src/cli/commands/checkWrite';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { sheetAllows, unlockedFormats } from '../../../../src/workbook/xlsx/write/protection';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { diffPackages } from '../preserve/compare';
import { expectValidOoxml } from '../preserve/validOoxml';
import { addMeasure, protectedInputRows, refusal, UNLOCKED_AMOUNT, UNLOCKED_TEXT } from './protectedInputRows';

const protectedWithInputRow = (locked: readonly string[] = []) => protectedInputRows({ locked });

const ROW = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1, 2, 3, 4] };

describe('a new measure in the unlocked input row of a protected sheet (file)', () => {
  it('is written into row 13, the protection kept, every other part byte for byte', async () => {
    const pkg = await protectedWithInputRow();
    const before = pkg.bytes();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const edits = await addMeasure(wb, ROW);
    // Row 13 is inside the table: the table does not grow (which a protected sheet would forbid), values only.
    expect(new Set(edits.map((e) => e.kind))).toEqual(new Set(['setCells']));

    expect(await refusal(wb, edits)).toBeNull();
    const after = await wb.toBuffer();

    const sheet = pkg.sheetPart('Tiltak drift');
    const diff = diffPackages(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    // The sheet written, and workbook.xml told to recalculate on open (a cell the product does not generate changed).
    expect(diff.changed.filter((p) => p !== 'xl/workbook.xml')).toEqual([sheet]);
    const xml = new FixturePkg(after).text(sheet);
    expect(xml).toContain(
      '<sheetProtection algorithmName="SHA-512" hashValue="dGVzdA==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
    );
    const row13 = /<row r="13"[^>]*>[\s\S]*?<\/row>/.exec(xml)?.[0] ?? '';
    // The example's highest operating ID is D-011, so the new one is D-012; the cells keep their unlocked formats.
    expect(row13).toContain(`<c r="A13" s="${UNLOCKED_TEXT}" t="inlineStr"><is><t>D-012</t></is></c>`);
    expect(row13).toContain(`<c r="E13" s="${UNLOCKED_TEXT}" t="inlineStr"><is><t>Nytt tiltak</t></is></c>`);
    expect(row13).toContain(`<c r="H13" s="${UNLOCKED_AMOUNT}"><v>1</v></c>`);
    expect(row13).toContain(`<c r="K13" s="${UNLOCKED_AMOUNT}"><v>4</v></c>`);
    // Sum periode: 1 + 2 + 3 + 4 = 10.
    expect(row13).toMatch(
      /<c r="L13" s="9"><f>SUM\(tblTiltakDrift\[\[#This Row\],\[2027\]:\[2030\]\]\)<\/f><v>10<\/v><\/c>/,
    );
    expectValidOoxml(after);
  });

  it('is refused whole when Sum periode’s cell (L13) is locked, naming it in the three languages', async () => {
    const pkg = await protectedWithInputRow(['L']);
    const before = pkg.bytes();
    const wb = await XlsxWorkbook.fromBuffer(before);

    const error = await refusal(wb, await addMeasure(wb, ROW));

    expect(error?.conflict).toEqual({
      added: [],
      protected: ['Tiltak drift'],
      locked: [{ sheet: 'Tiltak drift', cell: 'L13' }],
    });
    expect(diffPackages(before, await wb.toBuffer())).toEqual({ added: [], removed: [], changed: [] });
    if (!error) throw new Error('refused');
    expect(protectedLine('plan.xlsx', error, 'nb')).toMatch(
      /^plan\.xlsx: Ingenting er skrevet: Tiltaksplan måtte skrive i «Tiltak drift» \(L13 er låst\), /,
    );
    expect(protectedLine('plan.xlsx', error, 'nn')).toContain('«Tiltak drift» (L13 er låst)');
    expect(protectedLine('plan.xlsx', error, 'en')).toContain('"Tiltak drift" (L13 is locked)');
  });

  it('refuses a number format into an unlocked cell unless the protection allows formatting cells', async () => {
    const format: Edit = { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: 'H13', format: '#,##0' };
    const value: Edit = { kind: 'setCells', sheet: 'Tiltak drift', origin: 'H13', values: [[5]] };
    const wb = await XlsxWorkbook.fromBuffer((await protectedWithInputRow()).bytes());
    // Excel's Protect Sheet leaves Format cells off: the format is what is refused, no cell is named.
    expect((await refusal(wb, [format, value]))?.conflict).toEqual({ added: [], protected: ['Tiltak drift'] });

    const allowing = await protectedWithInputRow();
    const sheet = allowing.sheetPart('Tiltak drift');
    allowing.edit(sheet, (x) => x.replace('scenarios="1"/>', 'scenarios="1" formatCells="0"/>'));
    const wb2 = await XlsxWorkbook.fromBuffer(allowing.bytes());
    expect(await refusal(wb2, [format, value])).toBeNull();
    // A locked cell is not formatted either: G1 is the header row's (xf 1, locked).
    const header: Edit = { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: 'G1:H1', format: '#,##0' };
    expect((await refusal(wb2, [header]))?.conflict.locked).toEqual([{ sheet: 'Tiltak drift', cell: 'G1' }]);
  });

  it('refuses a value into a locked cell of the sheet, and a blank cell below the table is locked by default', async () => {
    const wb = await XlsxWorkbook.fromBuffer((await protectedWithInputRow()).bytes());
    const below: Edit = { kind: 'setCells', sheet: 'Tiltak drift', origin: 'E13', values: [['a'], ['b']] };
    // E13 is unlocked; E14 has no format of its own (xf 0): locked.
    expect((await refusal(wb, [below]))?.conflict.locked).toEqual([{ sheet: 'Tiltak drift', cell: 'E14' }]);
  });
});

describe('a protected sheet the edits also ensure, select on or freeze (file)', () => {
  it('takes values into its unlocked cells: ensuring an existing sheet adds nothing, views are no cells', async () => {
    const wb = await XlsxWorkbook.fromBuffer((await protectedWithInputRow()).bytes());
    const edits: Edit[] = [
      { kind: 'ensureSheet', sheet: 'Tiltak drift' },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'E13', values: [['Nytt tiltak']] },
      { kind: 'select', sheet: 'Tiltak drift', cell: 'E13' },
      { kind: 'freezeRows', sheet: 'Tiltak drift', rows: 1 },
    ];

    expect(await refusal(wb, edits)).toBeNull();
    expect(wb.activeCell()).toBe('Tiltak drift!E13');
  });
});

describe('a ragged block into a protected sheet (file)', () => {
  // Two input rows (13, 14), every cell unlocked but F14. The block writes E13, F13 and E14 only: its second row is
  // one cell wide, so F14, locked but inside the widest rectangle (E13:F14), is no cell it writes.
  const ragged: Edit = { kind: 'setCells', sheet: 'Tiltak drift', origin: 'E13', values: [['a', 'b'], ['c']] };

  it('is judged by the cells it writes: F14, locked and not written, does not refuse it', async () => {
    const pkg = await protectedInputRows({ rows: 2, locked: ['F14'] });
    const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());

    expect(await refusal(wb, [ragged])).toBeNull();
    const xml = new FixturePkg(await wb.toBuffer()).text(pkg.sheetPart('Tiltak drift'));
    expect(xml).toContain(`<c r="E14" s="${UNLOCKED_TEXT}" t="inlineStr"><is><t>c</t></is></c>`);
    // F14 as it was: locked (xf 4), empty.
    expect(xml).toContain('<c r="F14" s="4"/>');
  });

  it('still names a locked cell the longer row of a block writes (F14)', async () => {
    const wb = await XlsxWorkbook.fromBuffer((await protectedInputRows({ rows: 2, locked: ['F14'] })).bytes());
    const longer: Edit = { ...ragged, values: [['a'], ['b', 'c']] };

    expect((await refusal(wb, [longer]))?.conflict.locked).toEqual([{ sheet: 'Tiltak drift', cell: 'F14' }]);
  });
});

describe('what the package says of locking', () => {
  it.each([
    ['<sheetProtection sheet="1"/>', { formatCells: false }],
    ['<sheetProtection sheet="1" formatCells="0"/>', { formatCells: true }],
    ['<sheetProtection sheet="true" formatCells="false" insertRows="0"/>', { formatCells: true }],
    ['<sheetProtection sheet="1" formatCells="1"/>', { formatCells: false }],
    ['<sheetProtection formatCells="0"/>', null],
  ])('%s allows %p', (xml, allows) => {
    expect(sheetAllows(`<worksheet><sheetData/>${xml}</worksheet>`)).toEqual(allows);
  });

  it('finds the unlocked cell formats of styles.xml: only locked="0" or "false" unlocks (Excel’s default is locked)', () => {
    const styles =
      '<styleSheet><cellStyleXfs count="1"><xf numFmtId="0"><protection locked="0"/></xf></cellStyleXfs><cellXfs count="5">' +
      '<xf numFmtId="0"/>' +
      '<xf numFmtId="0" applyProtection="1"><protection locked="0"/></xf>' +
      '<xf numFmtId="0"><alignment wrapText="1"/><x:protection locked="false" hidden="1"/></xf>' +
      '<xf numFmtId="0"><protection hidden="1"/></xf>' +
      '<xf numFmtId="0"><protection locked="1"/></xf>' +
      '</cellXfs></styleSheet>';
    expect([...unlockedFormats(styles)]).toEqual([1, 2]);
  });
});

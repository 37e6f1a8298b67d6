/**
 * A new measure in a row her filter hid (review r30), on the file path: the row is shown, her filter kept (Excel does
 * not apply a filter again when it opens the file), and the write names the row (WorkbookPort.rowsShown); a row
 * already in sight gets no edit and no words. The example's tblTiltakDrift (A1:U12, D-001…D-011 in rows 2–12) made
 * A1:U14, rows 13 and 14 empty.
 */
import { planAddMeasure, readPlan, type RowInput } from '../../../src/domain';
import { rowsShownLines } from '../../../src/i18n/rowsShown';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { examplePkg, operatingTablePart } from '../../review/r30/herTable';

const ROW: RowInput = { values: { measure: 'Ny bolig', section: 'Samfunn og tjenester' }, years: [100, 200, 0, 0] };
const FILTER = '<filterColumn colId="6"><filters><filter val="Beregnet"/></filters></filterColumn>';

async function addInto(hidden: readonly number[]) {
  const { pkg } = await examplePkg();
  pkg.edit(operatingTablePart(pkg), (x) =>
    x
      .replace('ref="A1:U12"', 'ref="A1:U14"')
      .replace('<autoFilter ref="A1:U12"/>', `<autoFilter ref="A1:U14">${FILTER}</autoFilter>`),
  );
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    hidden.reduce((s, r) => s.replace(`<row r="${r}">`, `<row r="${r}" hidden="1">`), x),
  );
  const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
  const snapshot = await wb.read();
  const planned = planAddMeasure(readPlan(snapshot, { defaultStartYear: 2027 }).plan, 'operating', ROW, snapshot);
  if (!planned.ok) throw new Error('blocked');
  await wb.apply(planned.edits);
  const after = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).read();
  return { edits: planned.edits, wb, after };
}

it('shows row 13, where the measure goes, keeps row 14 hidden and the filter, and names row 13', async () => {
  const { edits, wb, after } = await addInto([5, 13, 14]);
  expect(edits.filter((e) => e.kind === 'showRows')).toEqual([
    { kind: 'showRows', sheet: 'Tiltak drift', range: 'A13:U13', table: 'tblTiltakDrift' },
  ]);
  expect(after.sheets.find((s) => s.sheet === 'Tiltak drift')?.hiddenRows).toEqual([5, 14]);
  expect(wb.rowsShown()).toEqual([{ sheet: 'Tiltak drift', table: 'tblTiltakDrift', filtered: false, row: 13 }]);
  expect(rowsShownLines(wb.rowsShown(), 'nb')).toEqual([
    'Rad 13 på arket «Tiltak drift», der det nye tiltaket står, var skjult (av et filter på tabellen over driftstiltak eller for hånd) og vises nå. Filteret står som før: bruker du det på nytt i Excel, skjules tiltaket hvis det ikke passer med filteret.',
  ]);
});

it('plans nothing to show and says nothing when row 13 is in sight', async () => {
  const { edits, wb } = await addInto([5, 14]);
  expect(edits.some((e) => e.kind === 'showRows')).toBe(false);
  expect(wb.rowsShown()).toEqual([]);
});

it.each([
  [
    'nn',
    'Rad 13 på arket «Tiltak drift», der det nye tiltaket står, var gøymd (av eit filter på tabellen over driftstiltak',
  ],
  [
    'en',
    'Row 13 on the sheet "Tiltak drift", where the new measure is, was hidden (by a filter on the operating measures table',
  ],
] as const)('names the row shown in %s', (lang, start) => {
  const line = rowsShownLines([{ sheet: 'Tiltak drift', table: 'tblTiltakDrift', filtered: false, row: 13 }], lang);
  expect(line[0]?.startsWith(start)).toBe(true);
});

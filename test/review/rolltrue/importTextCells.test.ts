/**
 * Found while folding the domain's spellings of a logical value onto read/sheetCells' cellText; fixed by the owner's
 * SPEC §11 decision (docs/spec.md, import: a text column's cell). legacyImport/grid.ts's own text of a cell (now
 * gridText) was what every text column of a legacy table (Tiltak, Ansvarlig, a column read into Kommentar …) got,
 * JavaScript's String() of the value:
 *  - a logical value (SANN in her Excel) became JavaScript's «true»/«false»: it is now written as her Excel shows it
 *    in the import's language (SANN/USANN in nb, as an amount cell's is named in Kommentar, review r28);
 *  - a formula saved without its result (UNCALCULATED) became the reader's marker «#UNCALCULATED»: the cell is now
 *    left empty and the log names it (`text-formula-no-result`).
 *
 * By hand: a legacy Drift table (Prioritet, Tiltak, 2027, 2028, Samlet kostnad, Nye midler, Ansvarlig, Merknad);
 * Miljøteam's Ansvarlig TRUE and Merknad (→ Kommentar) FALSE; row 2's Tiltak TRUE and Merknad (H4) a formula with no
 * result.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import { UNCALCULATED, type CellValue } from '../../../src/domain/model/snapshot';
import { shownExcelValue } from '../../../src/i18n/excelValues';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

function imported() {
  const values: CellValue[][] = [
    ['Prioritet', 'Tiltak', '2027', '2028', 'Samlet kostnad', 'Nye midler', 'Ansvarlig', 'Merknad'],
    ['SAMFUNN OG TJENESTER'],
    [1, 'Miljøteam', 100, 100, 2400, 2400, true, false],
    [2, true, 150, 150, 150, 150, 'Boligkontoret', UNCALCULATED],
  ];
  return importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
    {
      defaultStartYear: 2027,
      unit: '1000 kr',
      commentNote: importCommentNote('nb'),
      excelValue: (text) => shownExcelValue(text, 'nb'),
    },
  );
}

test('a logical value in a text column is imported as her Excel shows it in bokmål: SANN, USANN', () => {
  const [first, second] = imported().content.operating.map((r) => r.values);
  expect([first?.responsible, first?.comment, second?.measure]).toEqual(['SANN', 'USANN', 'SANN']);
});

test('a formula without its result in a text column is imported as an empty cell, and the log names Drift!H4', () => {
  const result = imported();
  const [, second] = result.content.operating.map((r) => r.values);
  expect(second?.comment).toBe('');
  const lines = result.log.filter((d) => d.code === 'text-formula-no-result');
  expect(lines.map((d) => `${d.sheet}!${d.cell}: ${renderImportDecision(d, 'nb')}`)).toEqual([
    'Drift!H4: Formelen i cellen (Kommentar) er lagret uten resultat, så teksten er ikke tatt med. ' +
      'Åpne og lagre filen i Excel, og importer den på nytt.',
  ]);
});

/**
 * Review r28 (low, message language): the import names a logical or an error value in a legacy amount cell as
 * «true» (lower case: JavaScript's, not even English Excel's TRUE) and «#N/A» in its nb log, «Teksten «true» er ikke
 * et beløp; den er flyttet til Kommentar», and writes «2027: true; 2028: #N/A» into the measure's Kommentar. Her
 * Norwegian Excel showed the cells as SANN and #I/T. i18n/excelValues.ts (de800548, 86d91890) names such values as
 * her Excel shows them in the check's messages; the import's log does not use it. SPEC §8: a message in the chosen
 * language.
 *
 * What she did: a legacy sheet «Drift» (Prioritet, Tiltak, 2027, 2028, …) whose Miljøteam row has =1=1 in 2027
 * (a logical cell, SANN) and a pasted #N/A in 2028 (#I/T); `import` in nb.
 *
 * By hand: the two log lines at C3 and D3 name «SANN» and «#I/T», not «true» and «#N/A».
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

test('the nb import log names a legacy SANN and #I/T as her Excel showed them', () => {
  const values: CellValue[][] = [
    ['Prioritet', 'Tiltak', '2027', '2028', 'Samlet kostnad', 'Nye midler', 'Ansvarlig'],
    ['SAMFUNN OG TJENESTER'],
    [1, 'Miljøteam', true, { error: '#N/A' }, 2400, 2400, 'Rådmannen'],
    [2, 'Bo Kart', 150, 150, 150, 150, 'Boligkontoret'],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );
  const message = (cell: string) => {
    const d = result.log.find((x) => x.cell === cell);
    return d ? renderImportDecision(d, 'nb') : '';
  };
  expect(message('C3')).toContain('«SANN»');
  expect(message('D3')).toContain('«#I/T»');
});

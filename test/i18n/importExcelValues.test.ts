/**
 * The import names a logical or an error value in a legacy amount cell as her Excel showed it (review r28; SPEC §8:
 * a message in the chosen language), in its log and in the measure's Kommentar, which is written in the plan's
 * language: SANN and #I/T in nb and nn, TRUE and #N/A in en (Microsoft's names, excelValues.ts). The text «true»
 * she typed is hers: quoted as typed.
 */
import { importLegacy } from '../../src/domain/legacyImport/import';
import type { CellValue } from '../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../src/i18n/importLog';

/** The legacy sheet with the Miljøteam row's 2027 and 2028 cells `y2027`, `y2028`, imported in `lang`. */
function imported(y2027: CellValue, y2028: CellValue, lang: 'nb' | 'nn' | 'en') {
  const values: CellValue[][] = [
    ['Prioritet', 'Tiltak', '2027', '2028', 'Samlet kostnad', 'Nye midler', 'Ansvarlig'],
    ['SAMFUNN OG TJENESTER'],
    [1, 'Miljøteam', y2027, y2028, 2400, 2400, 'Rådmannen'],
    [2, 'Bo Kart', 150, 150, 150, 150, 'Boligkontoret'],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote(lang) },
  );
  const log = (cell: string) => {
    const d = result.log.find((x) => x.cell === cell);
    return d ? renderImportDecision(d, lang) : '';
  };
  const comment = String(result.content.operating[0]?.values.comment ?? '');
  return { c3: log('C3'), d3: log('D3'), comment };
}

test('nb: «Verdien «SANN»» and «#I/T» in the log, «2027: SANN; 2028: #I/T» in Kommentar', () => {
  const { c3, d3, comment } = imported(true, { error: '#N/A' }, 'nb');
  expect(c3).toBe('Verdien «SANN» er ikke et beløp; den er flyttet til Kommentar.');
  expect(d3).toBe('Verdien «#I/T» er ikke et beløp; den er flyttet til Kommentar.');
  expect(comment).toContain('2027: SANN; 2028: #I/T');
});

test('nn: USANN and #NAVN?', () => {
  const { c3, d3, comment } = imported(false, { error: '#NAME?' }, 'nn');
  expect(c3).toBe('Verdien «USANN» er ikkje eit beløp; han er flytta til Kommentar.');
  expect(d3).toContain('«#NAVN?»');
  expect(comment).toContain('2027: USANN; 2028: #NAVN?');
});

test('en: the file’s names, TRUE (not JavaScript’s «true») and #N/A', () => {
  const { c3, d3, comment } = imported(true, { error: '#N/A' }, 'en');
  expect(c3).toBe('The value "TRUE" is not an amount; it is moved to Kommentar.');
  expect(d3).toContain('"#N/A"');
  expect(comment).toContain('2027: TRUE; 2028: #N/A');
});

test('the text «true» and «#N/A» she typed stay as typed', () => {
  const { c3, d3, comment } = imported('true', '#N/A', 'nb');
  expect(c3).toBe('Teksten «true» er ikke et beløp; den er flyttet til Kommentar.');
  expect(d3).toContain('«#N/A»');
  expect(comment).toContain('2027: true; 2028: #N/A');
});

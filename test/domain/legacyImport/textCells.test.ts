/**
 * A text column's cell in a legacy table (textValue.ts, SPEC §11 as built): a logical or an error value is imported
 * as her Excel shows it in the import's language, a formula saved without its result as nothing, logged; in a column
 * with no place a logical value is named the same way. Expectations by hand from Microsoft's Norwegian names
 * (SANN, USANN, #VERDI!, #I/T).
 */
import { importLegacy, type ImportOptions } from '../../../src/domain/legacyImport/import';
import { UNCALCULATED, type CellValue } from '../../../src/domain/model/snapshot';
import type { Lang } from '../../../src/domain';
import { shownExcelValue } from '../../../src/i18n/excelValues';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', '2027', 'Samlet kostnad', 'Ansvarlig', 'Fase', 'Merknad'];

function run(rows: CellValue[][], lang: Lang | null, formulas?: string[][]) {
  const opts: ImportOptions = {
    defaultStartYear: 2027,
    unit: '1000 kr',
    commentNote: importCommentNote(lang ?? 'nb'),
    ...(lang && { excelValue: (text: string) => shownExcelValue(text, lang) }),
  };
  const values = [HEADER, ['TJENESTER'], ...rows];
  const result = importLegacy({ sheets: [{ sheet: 'Drift', origin: 'A1', values, formulas }], tables: [] }, opts);
  return { values: result.content.operating.map((r) => r.values), log: result.log };
}

describe('a logical or an error value in Ansvarlig', () => {
  const rows: CellValue[][] = [
    [1, 'Miljøteam', 100, 100, true],
    [2, 'Boligkontor', 100, 100, false],
    [3, 'Kartlegging', 100, 100, { error: '#VALUE!' }],
    [4, 'Tilskudd', 100, 100, { error: '#N/A' }],
  ];

  it('bokmål and nynorsk: SANN, USANN, #VERDI!, #I/T', () => {
    expect(run(rows, 'nb').values.map((v) => v.responsible)).toEqual(['SANN', 'USANN', '#VERDI!', '#I/T']);
    expect(run(rows, 'nn').values.map((v) => v.responsible)).toEqual(['SANN', 'USANN', '#VERDI!', '#I/T']);
  });

  it('English: TRUE, FALSE, #VALUE!, #N/A', () => {
    expect(run(rows, 'en').values.map((v) => v.responsible)).toEqual(['TRUE', 'FALSE', '#VALUE!', '#N/A']);
  });

  it('without the shell’s words: the names in the file, TRUE and FALSE, not JavaScript’s true', () => {
    expect(run(rows, null).values.map((v) => v.responsible)).toEqual(['TRUE', 'FALSE', '#VALUE!', '#N/A']);
  });
});

describe('a formula saved without its result in a text column', () => {
  it('Ansvarlig (E3) is empty, and the log names E3 once, in nynorsk and English too', () => {
    const { values, log } = run([[1, 'Miljøteam', 100, 100, UNCALCULATED]], 'nn');
    expect(values.map((v) => v.responsible)).toEqual(['']);
    const lines = log.filter((d) => d.code === 'text-formula-no-result');
    expect(lines.map((d) => `${d.sheet}!${d.cell}`)).toEqual(['Drift!E3']);
    expect(lines.map((d) => renderImportDecision(d, 'nn'))).toEqual([
      'Formelen i cella (Ansvarlig) er lagra utan resultat, så teksten er ikkje teken med. ' +
        'Opne og lagre fila i Excel, og importer ho på nytt.',
    ]);
    expect(lines.map((d) => renderImportDecision(d, 'en'))).toEqual([
      'The formula in the cell (Ansvarlig) is saved without its result, so the text is not imported. ' +
        'Open and save the file in Excel, and import it again.',
    ]);
  });

  it('Merknad on a row of notes under the measure (G4) adds nothing to Kommentar, and the log names G4', () => {
    const { values, log } = run(
      [
        [1, 'Miljøteam', 100, 100, 'Rådmannen', null, 'Se vedlegg'],
        [null, null, null, null, null, null, UNCALCULATED],
      ],
      'nb',
    );
    expect(values.map((v) => v.comment)).toEqual(['Se vedlegg']);
    expect(log.filter((d) => d.code === 'text-formula-no-result').map((d) => d.cell)).toEqual(['G4']);
  });
});

describe('a column with no place (Fase) goes to Kommentar as her Excel shows it', () => {
  it('TRUE is «Fase: SANN» in bokmål, «Fase: TRUE» in English', () => {
    const rows: CellValue[][] = [[1, 'Miljøteam', 100, 100, 'Rådmannen', true]];
    expect(run(rows, 'nb').values.map((v) => v.comment)).toEqual(['Fase: SANN']);
    expect(run(rows, 'en').values.map((v) => v.comment)).toEqual(['Fase: TRUE']);
  });

  it('FALSE on a row of notes under the measure is «Fase: USANN»', () => {
    const rows: CellValue[][] = [
      [1, 'Miljøteam', 100, 100, 'Rådmannen'],
      [null, null, null, null, null, false],
    ];
    expect(run(rows, 'nb').values.map((v) => v.comment)).toEqual(['Fase: USANN']);
  });

  it('a formula saved without its result is its formula, as before: «Fase: =F1*2»', () => {
    const formulas = [[], [], ['', '', '', '', '', '=F1*2']];
    const rows: CellValue[][] = [[1, 'Miljøteam', 100, 100, 'Rådmannen', UNCALCULATED]];
    expect(run(rows, 'nb', formulas).values.map((v) => v.comment)).toEqual(['Fase: =F1*2']);
  });
});

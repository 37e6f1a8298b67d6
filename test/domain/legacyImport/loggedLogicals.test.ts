/**
 * A logical value in a cell the import only logs (a Prioritet, a legacy ID, a value merged down over a section row)
 * is named as her Excel shows it in the import's language (SANN/USANN in nb and nn, TRUE/FALSE in en), as a text
 * column's cell is imported (textValue.ts), never as JavaScript writes it («true»). Expectations by hand from
 * Microsoft's Norwegian names.
 */
import { importLegacy, type ImportOptions } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import type { Lang } from '../../../src/domain';
import { shownExcelValue } from '../../../src/i18n/excelValues';
import { importCommentNote } from '../../../src/i18n/importLog';

const HEADER: CellValue[] = ['ID', 'Prioritet', 'Tiltak', '2027', 'Ansvarlig'];

function logOf(rows: CellValue[][], lang: Lang, merges: string[], section: CellValue[] = ['TJENESTER']) {
  const opts: ImportOptions = {
    defaultStartYear: 2027,
    unit: '1000 kr',
    commentNote: importCommentNote(lang),
    excelValue: (text: string) => shownExcelValue(text, lang),
  };
  const values = [HEADER, section, ...rows];
  const sheets = [{ sheet: 'Drift', origin: 'A1', values, merges }];
  return importLegacy({ sheets, tables: [] }, opts).log.map((d) => [d.cell, d.code, d.params]);
}

describe('a Prioritet TRUE merged down over two measure rows (B3:B4)', () => {
  const rows: CellValue[][] = [
    [null, true, 'Familieteam', 250, 'Rådmannen'],
    [null, null, 'Leksehjelp', 100, 'Skolesjef'],
  ];

  it.each([
    ['nb', 'SANN'],
    ['nn', 'SANN'],
    ['en', 'TRUE'],
  ] as const)('%s: the log names it %s on B3 and on B4', (lang, shown) => {
    const log = logOf(rows, lang, ['B3:B4']).filter(([cell]) => cell === 'B3' || cell === 'B4');
    expect(log).toEqual([
      ['B3', 'priority-not-number', { value: shown }],
      ['B4', 'priority-merged', { value: shown, range: 'B3:B4', row: 3 }],
    ]);
  });
});

describe('a legacy ID FALSE (A3)', () => {
  it.each([
    ['nb', 'USANN'],
    ['en', 'FALSE'],
  ] as const)('%s: the log names it %s', (lang, shown) => {
    const log = logOf([[false, 1, 'Familieteam', 250, 'Rådmannen']], lang, []);
    expect(log.filter(([cell]) => cell === 'A3')).toEqual([
      ['A3', 'id-not-kept', { typed: shown, reason: 'form', form: 'D-nnn', id: 'D-001' }],
    ]);
  });
});

describe('an Ansvarlig TRUE merged down from the section row (E2:E4)', () => {
  it.each([
    ['nb', 'SANN'],
    ['en', 'TRUE'],
  ] as const)('%s: the section row logs it as %s', (lang, shown) => {
    const rows: CellValue[][] = [
      [null, 1, 'Familieteam', 250, null],
      [null, 2, 'Leksehjelp', 100, null],
    ];
    const section = ['TJENESTER', null, null, null, true];
    const values = logOf(rows, lang, ['E2:E4'], section).filter(([, code]) => code === 'merged-section');
    expect(values).toEqual([['E2', 'merged-section', { text: 'TJENESTER', value: shown, range: 'E2:E4' }]]);
  });
});

/**
 * The «ID» column of a legacy table (SPEC §11, import decisions: "A legacy ID"). Its values were dropped and
 * every measure got a new ID, though the economy plan's Tiltak lines may name the old ones (§6 Ref.). Now an ID
 * of its table's form (D-nnn in drift, I-nnn in investering), not used before, is kept; the others go to
 * Kommentar as «ID: <value>», logged at their cell; new IDs follow the highest kept one, in reading order.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

const run = (drift: CellValue[][], investment: CellValue[][]): ImportResult =>
  importLegacy(
    {
      sheets: [
        { sheet: 'Drift', origin: 'A1', values: drift, merges: [] },
        { sheet: 'Investering', origin: 'A1', values: investment, merges: [] },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

describe('an ID column in the legacy tables', () => {
  const result = run(
    [
      ['ID', 'Prioritet', 'Tiltak', '2027', '2028', 'Kommentar'],
      ['DRIFT'],
      ['D-007', 1, 'Familieteam', 250, 400, null], // row 3: kept
      [null, 2, 'Leksehjelp', 100, 100, null], // row 4: none typed, new
      ['D-7', 3, 'Ungdomskontakt', 50, 50, 'Fra høsten'], // row 5: not D-nnn
      ['D-007', 4, 'Natteravn', 10, 10, null], // row 6: D-007 is row 3's
      ['I-002', 5, 'Ballbinge', 0, 0, null], // row 7: an investment ID in the drift table
      ['D-010', 6, 'Skolehelse', 20, 20, null], // row 8: kept
    ],
    [
      ['ID', 'Prioritet', 'Tiltak', 'År', 'Kostnadsramme'],
      ['INVESTERING'],
      ['I-003', 1, 'Kunstgress', 2027, 2000], // row 3: kept
      [null, 2, 'Sykkelvei', 2028, 500], // row 4: new
    ],
  );
  const drift = result.content.operating;

  it('keeps D-007 and D-010, and numbers the others on from the highest kept (10): D-011 … D-014', () => {
    expect(drift.map((r) => r.values.id)).toEqual(['D-007', 'D-011', 'D-012', 'D-013', 'D-014', 'D-010']);
    // I-003 kept; the next is 3 + 1.
    expect(result.content.investment.map((r) => r.values.id)).toEqual(['I-003', 'I-004']);
  });

  it('puts an ID it cannot keep in Kommentar as «ID: <value>», after the cell’s own text', () => {
    expect(drift.map((r) => r.values.comment)).toEqual(['', '', 'Fra høsten; ID: D-7', 'ID: D-007', 'ID: I-002', '']);
  });

  it('keeps the amounts as typed: 250 and 400 (1000 kr) for Familieteam', () => {
    expect(drift[0]?.years).toEqual([250, 400, null, null]);
  });

  it('logs each ID it did not keep, and each new ID of a row under the ID column, at the ID cell', () => {
    const ids = result.log
      .filter((d) => d.code === 'id-not-kept' || d.code === 'id-new')
      .map((d) => [d.sheet, d.cell, d.code, d.params]);
    expect(ids).toEqual([
      ['Drift', 'A4', 'id-new', { id: 'D-011' }],
      ['Drift', 'A5', 'id-not-kept', { typed: 'D-7', reason: 'form', form: 'D-nnn', id: 'D-012' }],
      ['Drift', 'A6', 'id-not-kept', { typed: 'D-007', reason: 'duplicate', form: 'D-nnn', id: 'D-013' }],
      ['Drift', 'A7', 'id-not-kept', { typed: 'I-002', reason: 'form', form: 'D-nnn', id: 'D-014' }],
      ['Investering', 'A4', 'id-new', { id: 'I-004' }],
    ]);
    const a6 = result.log.find((d) => d.cell === 'A6' && d.code === 'id-not-kept');
    expect(a6 && renderImportDecision(a6, 'nb')).toContain('D-013');
    expect(a6 && renderImportDecision(a6, 'en')).toContain('D-007');
  });
});

describe('a table without an ID column', () => {
  const result = run(
    [['Prioritet', 'Tiltak', '2027'], ['DRIFT'], [1, 'Familieteam', 100], [2, 'Leksehjelp', 50]],
    [['Prioritet', 'Tiltak', 'År', 'Kostnadsramme'], ['INVESTERING'], [1, 'Kunstgress', 2027, 2000]],
  );

  it('numbers the measures from 1 in reading order, as before, with nothing logged about IDs', () => {
    expect(result.content.operating.map((r) => r.values.id)).toEqual(['D-001', 'D-002']);
    expect(result.content.investment.map((r) => r.values.id)).toEqual(['I-001']);
    expect(result.log.filter((d) => d.code.startsWith('id-'))).toEqual([]);
  });
});

describe('an ID column headed «Tiltak ID»', () => {
  // «Tiltak ID» starts with the words of «Tiltak»: a prefix match made it a second Tiltak column, and with
  // Verdal's long Tiltak heading (not exactly «Tiltak») the first of the two, the ID column, was read as the
  // measure's text (D-007) and the real text went to Kommentar.
  it.each(['Tiltak ID', 'Tiltak-ID', 'Tiltak id.', 'TiltakID', 'Tiltaks ID', 'Tiltaks-ID'])(
    '%p is the ID column: D-007 and D-010 kept, the Tiltak column the text, nothing in Kommentar',
    (header) => {
      const result = run(
        [
          [header, 'Prioritet', 'Tiltak inkl. investeringer med en kostnad under kr. 100.000', '2027', '2028'],
          ['DRIFT'],
          ['D-007', 1, 'Familieteam', 250, 400],
          ['D-010', 2, 'Leksehjelp', 100, 100],
        ],
        [],
      );
      expect(result.content.operating.map((r) => [r.values.id, r.values.measure, r.values.comment])).toEqual([
        ['D-007', 'Familieteam', ''],
        ['D-010', 'Leksehjelp', ''],
      ]);
      // 250 and 400 (1000 kr) stay 250 and 400 in the 1000 kr workbook.
      expect(result.content.operating[0]?.years).toEqual([250, 400, null, null]);
      expect(result.log).toContainEqual(
        expect.objectContaining({ cell: 'A1', code: 'column-mapped', params: { column: header, header: 'ID' } }),
      );
    },
  );

  it('after the Tiltak column it is the ID too, not a repeated Tiltak', () => {
    const result = run([['Prioritet', 'Tiltak', 'Tiltak ID', '2027'], ['DRIFT'], [1, 'Familieteam', 'D-003', 250]], []);
    expect(result.content.operating[0]?.values).toMatchObject({ id: 'D-003', measure: 'Familieteam', comment: '' });
    expect(result.log.filter((d) => d.code === 'column-repeated')).toEqual([]);
  });
});

describe('an ID merged down over several rows', () => {
  // Excel keeps a merge's value in its top-left cell only: A3:A5 holding D-007 is row 3's ID. Rows 4 and 5 are
  // other measures (their own priorities and texts); reading the merge as their ID made them «duplicates» of
  // D-007, with «ID: D-007» in their Kommentar, as if someone had typed it there.
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [
            ['ID', 'Prioritet', 'Tiltak', '2027', '2028'],
            ['DRIFT'],
            ['D-007', 1, 'Familieteam', 250, 400], // row 3: the merge's own cell
            [null, 2, 'Leksehjelp', 100, 100], // row 4: covered by A3:A5
            [null, 3, 'Natteravn', 10, 10], // row 5: covered by A3:A5
          ],
          merges: ['A3:A5'],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

  it('gives the top row D-007 and the rows below new IDs after it (D-008, D-009), with nothing in Kommentar', () => {
    expect(result.content.operating.map((r) => [r.values.id, r.values.measure, r.values.comment])).toEqual([
      ['D-007', 'Familieteam', ''],
      ['D-008', 'Leksehjelp', ''],
      ['D-009', 'Natteravn', ''],
    ]);
  });

  it('logs each covered cell with the merge, the row its ID belongs to and the new ID, not as a duplicate', () => {
    const ids = result.log
      .filter((d) => d.code.startsWith('id-') || d.code === 'merged-cell')
      .map((d) => [d.cell, d.code, d.params]);
    expect(ids).toEqual([
      ['A4', 'id-merged', { typed: 'D-007', range: 'A3:A5', row: 3, id: 'D-008' }],
      ['A5', 'id-merged', { typed: 'D-007', range: 'A3:A5', row: 3, id: 'D-009' }],
    ]);
    const a4 = result.log.find((d) => d.cell === 'A4' && d.code === 'id-merged');
    expect(a4 && renderImportDecision(a4, 'nb')).toContain('D-008');
    expect(a4 && renderImportDecision(a4, 'nn')).toContain('A3:A5');
    expect(a4 && renderImportDecision(a4, 'en')).toContain('D-007');
  });
});

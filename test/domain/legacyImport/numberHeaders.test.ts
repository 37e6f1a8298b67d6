/**
 * Number headers a municipality abbreviates (SPEC §11, import decisions: "Number headers"): «Pri.», «Prio»,
 * «Nr.», «Nr», «Tiltak nr», «Tiltaksnr.». «Nr.» before Tiltak in a table with no Prioritet column is the
 * priority; beside a Prioritet column it is the Ref.; it never takes a Ref. column's place. «Tiltak nr» is a
 * number, never the measure's text. Figures worked out by hand from the typed tables.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import { matchLegacyHeader } from '../../../src/domain/legacyImport/columns';
import type { CellValue } from '../../../src/domain/model/snapshot';

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: rows, merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => `<${n.code}>` },
  );

/** Priority, Ref., Tiltak, years and Kommentar of each operating measure. */
const measures = (r: ImportResult): unknown[][] =>
  r.content.operating.map((m) => [m.values.priority, m.values.ref, m.values.measure, ...m.years, m.values.comment]);

describe('«Pri.», «Prio» and «Nr.» as the only number before Tiltak', () => {
  it.each([
    ['Pri.', 'column-mapped'],
    ['Pri', 'column-mapped'],
    ['Prio', 'column-mapped'],
    ['Prio.', 'column-mapped'],
    ['Nr.', 'column-number-priority'],
    ['Nr', 'column-number-priority'],
    ['Tiltak nr', 'column-number-priority'],
    ['Tiltaksnr.', 'column-number-priority'],
    ['Tiltaksnummer', 'column-number-priority'],
  ])('%p | Tiltak: the priority; the table is found and its 150 and 300 kept (logged %p)', (header, code) => {
    // 150 and 300 (1000 kr) = 150 000 kr and 300 000 kr in 2027 and 2028.
    const result = run([
      [header, 'Tiltak', '2027', '2028'],
      ['DRIFT'],
      [1, 'Familieteam', 150, 300],
      [2, 'Leksehjelp', 0, 0],
    ]);
    expect(measures(result)).toEqual([
      [1, '', 'Familieteam', 150, 300, null, null, ''],
      [2, '', 'Leksehjelp', 0, 0, null, null, ''],
    ]);
    expect(result.log).toContainEqual(
      expect.objectContaining({ cell: 'A1', code, params: expect.objectContaining({ column: header }) }),
    );
  });
});

describe('«Nr.» in a table that has Prioritet', () => {
  it('is the Ref.', () => {
    const result = run([['Prioritet', 'Nr.', 'Tiltak', '2027'], ['DRIFT'], [1, '14', 'Utvidelse miljøteam', 600]]);
    expect(measures(result)).toEqual([[1, '14', 'Utvidelse miljøteam', 600, null, null, null, '']]);
    expect(result.log).toContainEqual(
      expect.objectContaining({ cell: 'B1', code: 'column-number-ref', params: { column: 'Nr.' } }),
    );
  });

  it('does not take the place of a Ref. column: its numbers go to Kommentar', () => {
    // «Nr.» stands before «Ref.»: first of two columns for one key, it used to push the real Ref. out.
    const result = run([['Prioritet', 'Nr.', 'Ref.', 'Tiltak', '2027'], ['DRIFT'], [1, 3, '7.1', 'Boligkontor', 100]]);
    expect(result.content.operating[0]?.values).toMatchObject({ priority: 1, ref: '7.1', measure: 'Boligkontor' });
    expect(result.content.operating[0]?.values.comment).toBe('<column-unplaced>');
  });
});

describe('«Nr.» beside a Ref. column in a table without Prioritet', () => {
  it('is the priority; Ref. stays the Ref.', () => {
    const result = run([
      ['Nr.', 'Ref.', 'Tiltak', '2027'],
      ['DRIFT'],
      [1, '14', 'Utvidelse miljøteam', 600],
      [2, '2', 'Boligplan', 0],
    ]);
    expect(measures(result)).toEqual([
      [1, '14', 'Utvidelse miljøteam', 600, null, null, null, ''],
      [2, '2', 'Boligplan', 0, null, null, null, ''],
    ]);
  });
});

describe('«Tiltak nr» beside the real Tiltak column', () => {
  it('is a number column: the text column is the measure, and the number is the Ref. beside Prioritet', () => {
    const result = run([
      ['Prioritet', 'Tiltak nr', 'Tiltak', '2027', '2028'],
      ['DRIFT'],
      [1, 14, 'Utvidelse miljøteam', 600, 1200],
    ]);
    // Before: «Tiltak nr» was the Tiltak (text "14") and the real Tiltak column was ignored as a repeat.
    expect(measures(result)).toEqual([[1, '14', 'Utvidelse miljøteam', 600, 1200, null, null, '']]);
    expect(result.log.filter((d) => d.code === 'column-repeated')).toEqual([]);
  });

  it('«Tiltaksnr.» first, without Prioritet: the priority', () => {
    const result = run([['Tiltaksnr.', 'Tiltak', '2027'], ['DRIFT'], [1, 'Utvidelse miljøteam', 600]]);
    expect(measures(result)).toEqual([[1, '', 'Utvidelse miljøteam', 600, null, null, null, '']]);
  });
});

describe('header words that stay what they were', () => {
  it.each([
    ['Tiltak', 'measure'],
    ['Tiltak inkl. investeringer med en kostnad under kr. 100.000', 'measure'],
    ['Prioritet', 'priority'],
    ['Pris', null],
    ['Ref.', 'ref'],
  ])('%p → %p', (header, key) => {
    expect(matchLegacyHeader(header)).toBe(key);
  });
});

describe('two tables side by side, each with «Nr.»', () => {
  it('splits at the second «Nr.»', () => {
    const result = run([
      ['Nr.', 'Tiltak', '2027', null, 'Nr.', 'Tiltak', 'År', 'Kostnadsramme'],
      ['DRIFT', null, null, null, 'INVESTERING'],
      [1, 'Familieteam', 100, null, 1, 'Småhus', 2027, 3000],
    ]);
    expect(result.tables.map((t) => [t.cell, t.kind])).toEqual([
      ['A1', 'operating'],
      ['E1', 'investment'],
    ]);
    expect(result.content.investment[0]?.values).toMatchObject({ priority: 1, measure: 'Småhus', budget: 3000 });
  });
});

describe('two tables side by side, one with «Nr.» and one with «Prioritet»', () => {
  // The row's Prioritet (of the table on the right) made every «Nr.» of the row a Ref., so the left table had no
  // priority and nothing split the row: one investment table from A to I, Familieteam with the right table's
  // Kostnadsramme 2000 as its budget and year. Amounts in 1000 kr, as typed: drift Familieteam 250 (2027) and
  // 400 (2028), Leksehjelp 100 and 100; investering Kunstgress 2 000 in 2027, Sykkelvei 500 in 2028.
  it.each([
    ['«Nr.» left, «Prioritet» right', 'Nr.', 'Prioritet'],
    ['«Prioritet» left, «Nr.» right', 'Prioritet', 'Nr.'],
  ])('%s: two tables, each keeping its own measures and money', (_name, left, right) => {
    const result = run([
      [left, 'Tiltak', '2027', '2028', null, right, 'Tiltak', 'År', 'Kostnadsramme'],
      ['DRIFT', null, null, null, null, 'INVESTERING'],
      [1, 'Familieteam', 250, 400, null, 1, 'Kunstgress', 2027, 2000],
      [2, 'Leksehjelp', 100, 100, null, 2, 'Sykkelvei', 2028, 500],
    ]);
    expect(result.tables.map((t) => [t.cell, t.kind])).toEqual([
      ['A1', 'operating'],
      ['F1', 'investment'],
    ]);
    expect(measures(result)).toEqual([
      [1, '', 'Familieteam', 250, 400, null, null, ''],
      [2, '', 'Leksehjelp', 100, 100, null, null, ''],
    ]);
    expect(
      result.content.investment.map((m) => [m.values.priority, m.values.measure, m.values.budget, ...m.years]),
    ).toEqual([
      [1, 'Kunstgress', 2000, 2000, null, null, null],
      [2, 'Sykkelvei', 500, null, 500, null, null],
    ]);
    expect(result.content.lists.sections).toEqual(['Drift', 'Investering']);
  });
});

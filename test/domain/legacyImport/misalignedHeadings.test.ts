/**
 * A header that does not stand over its data (seed 003 as typed): read as it stands, money would go to another
 * year or column. The importer names the amount heading with no number under it and the number beside it
 * (alignment.ts), and the CLI writes nothing (test/cli/importMisaligned.test.ts).
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';
import { VERDAL_ROWS, verdalSnapshot } from '../../fixtures/make/legacyVerdal';

function imported(values: readonly (readonly CellValue[])[]): ReturnType<typeof importLegacy> {
  return importLegacy(
    { sheets: [{ sheet: 'Ark1', origin: 'A1', values: values.map((r) => [...r]), merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );
}

describe('seed 003, table 6.1 as typed', () => {
  // Both header rows as the seed types them (lines 219–220 of seeds/003): the group «Finansiering av helårsvirkning»
  // over H–J only, «Oppfølgings- ansvarlig …» in K5 and «Berørte …» in L5; the second row's two empty cells stand
  // before «Øk. plan Nye midler», which lands in M6. Under them the rows are as in the fixture: K8 2,4 (Nye
  // midler: Samlet kostnad 2,4 = Felles ---- + Endr. drift ---- + Annen ---- + 2,4 new money), L8 «Rådmannen …»,
  // M8 «Helse, velferd, pleie og omsorg». So M holds no number on any measure row (text on rows 8 and 13, dashes
  // nowhere), and K, under «Oppfølgings- ansvarlig», holds 2,4 on row 8, two columns left of M.
  const header1: CellValue[] = [
    'Prioritet',
    'Tiltak inkl. investeringer med en kostnad under kr. 100.000',
    'Kostnad – Mill kr.',
    null,
    null,
    null,
    null,
    'Finansiering av helårsvirkning',
    null,
    null,
    'Oppfølgings- ansvarlig En funksjon/ en person',
    'Berørte kommune- delplan- områder',
  ];
  const header2: CellValue[] = [
    null,
    null,
    'Samlet kostnad Mill. kr',
    2011,
    2012,
    2013,
    2014,
    'Felles tiltak V/L',
    'Endr. drift',
    'Annen finans. Tilsk. oa.',
    null,
    null,
    'Øk. plan Nye midler',
  ];
  const rows = VERDAL_ROWS.map((r, i) => (i === 4 ? header1 : i === 5 ? header2 : r));

  it('names «Øk. plan Nye midler» (M6) and the 2,4 in K8 under Oppfølgingsansvarlig, once', () => {
    expect(imported(rows).misaligned).toEqual([
      {
        sheet: 'Ark1',
        heading: 'Øk. plan Nye midler',
        headingCell: 'M6',
        cell: 'K8',
        value: 2.4,
        under: 'Oppfølgings- ansvarlig En funksjon/ en person',
      },
    ]);
  });

  it('finds nothing in the seed with its headings over their figures (the fixture), nor in its 6.2', () => {
    const fixture = importLegacy(
      { sheets: [verdalSnapshot()], tables: [] },
      { defaultStartYear: 2027, commentNote: importCommentNote('nb') },
    );
    expect(fixture.misaligned).toEqual([]);
  });
});

describe('a row of year headings one column off its figures', () => {
  // Figures 100, 200, 300, 400 (2027–2030) in D–G. Headings one right (E–H): read as they stand 2027 would be
  // 200, 2028 300, 2029 400 and 2030 the text «Rektor»; the 100 in D would stand under no heading.
  it('right of them: names 2030 (H1), which has only text under it, and D2 (100)', () => {
    const result = imported([
      ['Prioritet', 'Tiltak', 'Samlet kostnad', null, '2027', '2028', '2029', '2030', 'Ansvarlig'],
      [1, 'Familieteam', 1000, 100, 200, 300, 400, 'Rektor'],
      [2, 'Leksehjelp', 80, 20, 20, 20, 20, 'NAV'],
    ]);
    expect(result.misaligned).toEqual([
      { sheet: 'Ark1', heading: '2030', headingCell: 'H1', cell: 'D2', value: 100, under: '' },
    ]);
  });

  // Headings in D–G, figures in E–H: read as they stand 2027 would be empty and 400 in H under no heading.
  it('left of them: names 2027 (D1), with nothing under it, and H2 (400)', () => {
    const result = imported([
      ['Prioritet', 'Tiltak', 'Samlet kostnad', '2027', '2028', '2029', '2030', null, 'Ansvarlig'],
      [1, 'Familieteam', 1000, null, 100, 200, 300, 400, 'Rektor'],
    ]);
    expect(result.misaligned).toEqual([
      { sheet: 'Ark1', heading: '2027', headingCell: 'D1', cell: 'H2', value: 400, under: '' },
    ]);
  });
});

describe('a whole row one column off', () => {
  // The measure rows start one column right of the header: priority 1 under «Tiltak» (B1), «Familieteam» under 2027
  // (C1), 100 and 200 (2027, 2028) under 2028 and «Ansvarlig», «Rektor» under no heading. Read as they stand 2028
  // would be 100 and 2027 nothing; no priority is read, so the rows were not measure rows to the check before.
  it('data right of the header: names 2027 (C1), with text under it, and B2 and E2 beside it', () => {
    const result = imported([
      ['Prioritet', 'Tiltak', '2027', '2028', 'Ansvarlig'],
      [null, 1, 'Familieteam', 100, 200, 'Rektor'],
    ]);
    expect(result.misaligned.map((m) => [m.headingCell, m.cell, m.value, m.under])).toEqual([
      ['C1', 'B2', 1, 'Tiltak'],
      ['C1', 'E2', 200, 'Ansvarlig'],
    ]);
  });

  // The header one column right of the rows: «Familieteam» under «Prioritet» (B1), 100 under «Tiltak» (C1), 200
  // under 2027 (D1), «Rektor» under 2028 (E1). Read as they stand 2027 would be 200, the 2027 money.
  it('header right of the data: names 2028 (E1), with text under it, and the 100 in C2 under «Tiltak»', () => {
    const result = imported([
      [null, 'Prioritet', 'Tiltak', '2027', '2028', 'Ansvarlig'],
      [1, 'Familieteam', 100, 200, 'Rektor'],
    ]);
    expect(result.misaligned.map((m) => [m.headingCell, m.cell, m.value, m.under])).toEqual([
      ['E1', 'C2', 100, 'Tiltak'],
    ]);
  });
});

describe('headings that do stand over their figures', () => {
  it.each([
    [
      'an empty financing column beside Ansvarlig',
      [
        ['Prioritet', 'Tiltak', '2027', '2028', 'Felles tiltak', 'Ansvarlig'],
        [1, 'Familieteam', 100, 200, '----', 'Rektor'],
      ],
    ],
    [
      'a column of its own heading with numbers beside an empty one',
      [
        ['Prioritet', 'Tiltak', '2027', '2028', 'Felles tiltak', 'Budsjett 2026'],
        [1, 'Familieteam', 100, 200, null, 90],
      ],
    ],
    [
      'a Ref. of digits beside an empty year',
      [
        ['Prioritet', 'Ref.', '2027', '2028', 'Tiltak'],
        [1, 14, null, 200, 'Familieteam'],
      ],
    ],
  ])('%s: nothing named', (_name, values) => {
    expect(imported(values).misaligned).toEqual([]);
  });

  // An empty row between the header and the first measure: the figures are read under their headings
  // (2027 100, 2028 200, 2029 300, 2030 400), and nothing is named.
  it('a header with an empty row before the data', () => {
    const result = imported([
      ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', 'Ansvarlig'],
      [],
      [1, 'Familieteam', 100, 200, 300, 400, 'Rektor'],
    ]);
    expect(result.content.operating.map((r) => r.years)).toEqual([[100, 200, 300, 400]]);
    expect(result.misaligned).toEqual([]);
  });
});

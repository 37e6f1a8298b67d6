/**
 * A cell text that wraps onto the next row (wrapped.ts): a Word table pasted into Excel puts each line of a
 * cell on a row of its own. A row with nothing but text in the Tiltak, Ansvarlig or plan-area column, right
 * under a measure, that reads as the rest of the text above, is added to that measure; a capitalised line
 * stays a section. Expected measures worked out by hand from the typed tables.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

/** Columns A–H: Prioritet, Tiltak, four years (1000 kr), Nye midler, Ansvarlig. */
const HEADER: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', '2029', '2030', 'Nye midler', 'Ansvarlig'];

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: [HEADER, ...rows], merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

/** Each imported measure as [ID, priority, measure text, Kostnadsstatus]. */
const measures = (r: ImportResult): CellValue[][] =>
  r.content.operating.map((m) => [
    m.values.id ?? null,
    m.values.priority ?? null,
    m.values.measure ?? null,
    m.values.costStatus ?? null,
  ]);

describe('a Tiltak text wrapped onto the next rows', () => {
  const result = run([
    ['BOLIG'],
    [1, '14. Utvidelse miljøteam: trappes opp fra 1 til 5', 100, 200, 300, 400, 400, 'Rådmannen'], // row 3
    [null, 'årsverk innen 2015,'], // row 4: lower case → the rest of row 3's text
    [null, 'jf. handlingsplanen.'], // row 5: lower case again → still row 3's measure
    [2, 'Samordnet saksbehandling mellom NAV, boligkontor og', 50, 50, 50, 50, 50, 'NAV'], // row 6
    [null, 'Husbanken'], // row 7: capital, but row 6 ends with «og» → row 6's text
    [3, 'Ta i bruk Bo Kart.', 10, 10, 10, 10, 10, 'NAV'], // row 8
  ]);

  it('gives three measures, not six: rows 4–5 join row 3 and row 7 joins row 6, each with one space', () => {
    expect(measures(result)).toEqual([
      ['D-001', 1, 'Utvidelse miljøteam: trappes opp fra 1 til 5 årsverk innen 2015, jf. handlingsplanen.', 'Beregnet'],
      ['D-002', 2, 'Samordnet saksbehandling mellom NAV, boligkontor og Husbanken', 'Beregnet'],
      ['D-003', 3, 'Ta i bruk Bo Kart.', 'Beregnet'],
    ]);
    // The money is row 3's alone: 100 + 200 + 300 + 400 thousand over the period, Ref. still «14».
    expect(result.content.operating[0]?.years).toEqual([100, 200, 300, 400]);
    expect(result.content.operating[0]?.values.ref).toBe('14');
    expect(result.content.lists.sections).toEqual(['Bolig']);
  });

  it('logs each joined cell with its text and the row of the measure it joins', () => {
    const logged = result.log.filter((d) => d.code === 'wrapped-text');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([
      ['B4', { text: 'årsverk innen 2015,', row: 3 }],
      ['B5', { text: 'jf. handlingsplanen.', row: 3 }],
      ['B7', { text: 'Husbanken', row: 6 }],
    ]);
    // A joined row is no measure: no «no amounts: Ukjent» for it.
    expect(result.log.filter((d) => d.code === 'status-none')).toEqual([]);
  });
});

describe('how a wrapped line joins the text above', () => {
  it.each([
    ['a word split by a hyphen joins without space or hyphen', 'Etablere bolig-', 'kontor', 'Etablere boligkontor'],
    [
      'a suspended compound keeps its hyphen and space',
      'Revidere helse-',
      'og omsorgsplanen',
      'Revidere helse- og omsorgsplanen',
    ],
    [
      'a hyphen after capitals is a real hyphen',
      'Flytte saksbehandlingen til NAV-',
      'kontoret',
      'Flytte saksbehandlingen til NAV-kontoret',
    ],
    ['a hyphen after one letter is a real hyphen', 'Ta i bruk e-', 'læring', 'Ta i bruk e-læring'],
    ['a year range split after its hyphen', 'Boligplan for perioden 2011-', '2014', 'Boligplan for perioden 2011-2014'],
    [
      'a dash with a space before it is a dash',
      'Boligkontor –',
      'flytting av ressurser',
      'Boligkontor – flytting av ressurser',
    ],
    [
      'a text ending with a preposition',
      'Styrke samarbeidet med',
      'Sykehuset Levanger',
      'Styrke samarbeidet med Sykehuset Levanger',
    ],
    [
      'a line starting with an ellipsis',
      'Styrke samhandlingen med NAV',
      '… og Trondheim fengsel',
      'Styrke samhandlingen med NAV … og Trondheim fengsel',
    ],
    ['a line starting with a parenthesis', 'Boligplan', '(se kapittel 7)', 'Boligplan (se kapittel 7)'],
  ])('%s: «%s» + «%s» → «%s»', (_name, first, second, joined) => {
    const result = run([['BOLIG'], [1, first, 10, 10, 10, 10, 10, 'NAV'], [null, second]]);
    expect(measures(result)).toEqual([['D-001', 1, joined, 'Beregnet']]);
  });
});

describe('rows with only text that are not the rest of a measure text', () => {
  it('a capitalised line right under a measure ending in «og» stays a section', () => {
    const result = run([
      ['BOLIG'],
      [1, 'Samordne NAV og', 10, 10, 10, 10, 10, 'NAV'],
      [null, 'ORGANISASJON'],
      [1, 'Ta i bruk Bo Kart', 20, 20, 20, 20, 20, 'NAV'],
    ]);
    expect(measures(result)).toEqual([
      ['D-001', 1, 'Samordne NAV og', 'Beregnet'],
      ['D-002', 1, 'Ta i bruk Bo Kart', 'Beregnet'],
    ]);
    expect(result.content.lists.sections).toEqual(['Bolig', 'Organisasjon']);
  });

  it('a capitalised sentence under a text ending with a full stop is not joined (a measure of its own, as before)', () => {
    const result = run([['BOLIG'], [1, 'Ta i bruk Bo Kart.', 10, 10, 10, 10, 10, 'NAV'], [null, 'Bolig for alle']]);
    expect(measures(result)).toEqual([
      ['D-001', 1, 'Ta i bruk Bo Kart.', 'Beregnet'],
      ['D-002', null, 'Bolig for alle', 'Ukjent'],
    ]);
    expect(result.log.some((d) => d.code === 'wrapped-text')).toBe(false);
  });

  it('a lower-case line under a section row, not a measure, is not joined to the measure above the section', () => {
    const result = run([
      ['BOLIG'],
      [1, 'Samordne NAV og', 10, 10, 10, 10, 10, 'NAV'],
      [null, 'ORGANISASJON'],
      [null, 'og boligkontor'],
      [1, 'Ta i bruk Bo Kart', 20, 20, 20, 20, 20, 'NAV'],
    ]);
    expect(measures(result)[0]).toEqual(['D-001', 1, 'Samordne NAV og', 'Beregnet']);
    expect(result.log.some((d) => d.code === 'wrapped-text')).toBe(false);
  });

  it('a lower-case line after an empty row is not joined', () => {
    const result = run([
      ['BOLIG'],
      [1, 'Utvidelse miljøteam: trappes opp fra 1 til 5', 10, 10, 10, 10, 10, 'NAV'],
      [],
      [null, 'årsverk innen 2015.'],
      [2, 'Ta i bruk Bo Kart', 20, 20, 20, 20, 20, 'NAV'],
    ]);
    expect(measures(result)[0]).toEqual(['D-001', 1, 'Utvidelse miljøteam: trappes opp fra 1 til 5', 'Beregnet']);
    expect(result.log.some((d) => d.code === 'wrapped-text')).toBe(false);
  });

  it('a row with text and an amount is a measure of its own', () => {
    const result = run([['BOLIG'], [1, 'Samordne NAV og', 10, 10, 10, 10, 10, 'NAV'], [null, 'boligkontor', 5]]);
    expect(measures(result)).toEqual([
      ['D-001', 1, 'Samordne NAV og', 'Beregnet'],
      ['D-002', null, 'boligkontor', 'Beregnet'],
    ]);
  });
});

describe('a wrapped Ansvarlig', () => {
  const responsibles = (r: ImportResult): CellValue[] => r.content.operating.map((m) => m.values.responsible ?? null);

  it('«v/kommunalsjef velferd» alone under «Rådmannen» is the rest of that Ansvarlig, not a section', () => {
    const result = run([
      ['BOLIG'],
      [1, 'Boligkontor', 10, 10, 10, 10, 10, 'Rådmannen'], // row 3
      [null, null, null, null, null, null, null, 'v/kommunalsjef velferd'], // row 4
      [2, 'Startlån', 20, 20, 20, 20, 20, 'NAV'], // row 5
    ]);
    expect(responsibles(result)).toEqual(['Rådmannen v/kommunalsjef velferd', 'NAV']);
    // Before: «v/kommunalsjef velferd» was read as a section row, and Startlån landed in it.
    expect(result.content.operating.map((m) => m.values.section)).toEqual(['Bolig', 'Bolig']);
    expect(result.content.lists.sections).toEqual(['Bolig']);
    expect(result.log.filter((d) => d.code === 'wrapped-text').map((d) => [d.cell, d.params])).toEqual([
      ['H4', { text: 'v/kommunalsjef velferd', row: 3 }],
    ]);
  });

  it('a row wrapping both Tiltak and Ansvarlig joins both', () => {
    const result = run([
      ['BOLIG'],
      [1, 'Boligkontor – flytting av', 10, 10, 10, 10, 10, 'Rådmannen'],
      [null, 'ressurser', null, null, null, null, null, 'v/kommunalsjef velferd'],
    ]);
    expect(measures(result)).toEqual([['D-001', 1, 'Boligkontor – flytting av ressurser', 'Beregnet']]);
    expect(responsibles(result)).toEqual(['Rådmannen v/kommunalsjef velferd']);
  });

  it('seed 6.2: the row under «Rådmannen» has its own priority and «?»: a measure, its Ansvarlig its own', () => {
    // «Behov for renovering …» has priority 2: it is a measure, so nothing on it is moved to the row above.
    const result = run([
      ['SAMFUNN OG TJENESTER'],
      [1, '20. 4 Småhus', 3, null, null, null, 3, 'Rådmannen'],
      [
        2,
        'Behov for renovering eller kjøp er først kjent når boligplanen er utarbeidet',
        '?',
        null,
        null,
        null,
        null,
        'v/kommunalsjef velferd',
      ],
    ]);
    expect(measures(result)).toEqual([
      ['D-001', 1, '4 Småhus', 'Beregnet'],
      ['D-002', 2, 'Behov for renovering eller kjøp er først kjent når boligplanen er utarbeidet', 'Ukjent'],
    ]);
    expect(responsibles(result)).toEqual(['Rådmannen', 'v/kommunalsjef velferd']);
  });
});

describe("the last measure's wrapped line above the next table", () => {
  // Row 4 wraps row 3's text; an empty row, then table 2's header on row 6 (no title above it).
  const values: CellValue[][] = [
    HEADER,
    ['BOLIG'],
    [1, 'Utvidelse miljøteam: trappes opp fra 1 til 5', 100, 100, 100, 100, 100, 'Rådmannen'],
    [null, 'årsverk innen 2015.'],
    [],
    ['Prioritet', 'Tiltak', 'År', 'Samlet kostnad', 'Lån', 'Ansvarlig'],
    ['BOLIG'],
    [1, 'Småhus', 2027, 3, 3, 'NAV'],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

  it('stays with that measure: it is not read as the title of the table below', () => {
    expect(measures(result)).toEqual([
      ['D-001', 1, 'Utvidelse miljøteam: trappes opp fra 1 til 5 årsverk innen 2015.', 'Beregnet'],
    ]);
    expect(result.tables.map((t) => [t.kind, t.cell])).toEqual([
      ['operating', 'A1'],
      ['investment', 'A6'],
    ]);
    expect(result.content.investment.map((m) => [m.values.measure, m.values.budget])).toEqual([['Småhus', 3]]);
  });
});

/**
 * Notes typed on rows that are no measure (SPEC §11, import decisions: "Notes on rows that are no measure"). A
 * comment beside a section heading made the row a measure with no text (and lost the section); a note right of
 * the table on a section, total or empty row was dropped without a word; a row of notes with no Tiltak, priority
 * or amount under a measure became a measure of its own. Now no such row is a measure, and nothing on it is lost:
 * a row of notes right under a measure goes to that measure's Kommentar, every other note is logged at its cell.
 * The legacy sheet is typed as a municipality types it; the figures are worked out by hand.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: rows, merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', 'Ansvarlig', 'Kommentar'];

/** Section, priority, Tiltak, 2027, 2028, Ansvarlig and Kommentar of each operating measure. */
const measures = (r: ImportResult): unknown[][] =>
  r.content.operating.map((m) => [
    m.values.section,
    m.values.priority,
    m.values.measure,
    ...m.years.slice(0, 2),
    m.values.responsible,
    m.values.comment,
  ]);

const logged = (r: ImportResult, code: string): unknown[][] =>
  r.log.filter((d) => d.code === code).map((d) => [d.cell, d.params]);

describe('a plan with notes beside its section, total and empty rows', () => {
  const result = run([
    HEADER,
    ['OPPVEKST', null, null, null, null, 'Nye tiltak fra 2027'],
    [1, 'Leksehjelp', 100, 100, 'Skolesjef', null],
    [null, null, null, null, 'Rektor', 'Gjelder også SFO'],
    ['Helse', null, null, null, null, 'Ny seksjon', 'se vedtak'],
    [1, 'Familieteam', 200, 200, 'Helsesjef', null, 'sjekk tall'],
    [null, null, null, null, null, null, 'gjelder hele seksjonen'],
    [2, 'Helsestasjon', 50, 50, 'Helsesjef', null],
    // 100 + 200 + 50 = 350 in each year: the total row.
    ['Sum', null, 350, 350, null, 'inkl. mva'],
  ]);

  it('reads three measures in the sections Oppvekst and Helse, none from a row of notes or a heading', () => {
    expect(measures(result)).toEqual([
      ['Oppvekst', 1, 'Leksehjelp', 100, 100, 'Skolesjef', 'Ansvarlig: Rektor; Gjelder også SFO'],
      ['Helse', 1, 'Familieteam', 200, 200, 'Helsesjef', 'Kolonne G: sjekk tall'],
      ['Helse', 2, 'Helsestasjon', 50, 50, 'Helsesjef', ''],
    ]);
    expect(result.content.lists.sections).toEqual(['Oppvekst', 'Helse']);
  });

  it('logs the section headings as sections, with their notes beside them', () => {
    expect(logged(result, 'section-row')).toEqual([
      ['A2', { text: 'OPPVEKST', section: 'Oppvekst' }],
      ['A5', { text: 'Helse', section: 'Helse' }],
    ]);
  });

  it('puts the notes under Leksehjelp in its Kommentar, each logged at its cell with the measure’s row', () => {
    expect(logged(result, 'row-note-measure')).toEqual([
      ['E4', { row: 3, column: 'Ansvarlig', typed: 'Rektor' }],
      ['F4', { row: 3, column: 'Kommentar', typed: 'Gjelder også SFO' }],
    ]);
  });

  it('logs every other note at its cell, on the section, empty and total rows alike', () => {
    expect(logged(result, 'row-note')).toEqual([
      ['F2', { row: 2, typed: 'Nye tiltak fra 2027' }],
      ['F5', { row: 5, typed: 'Ny seksjon' }],
      ['G5', { row: 5, typed: 'se vedtak' }],
      ['G7', { row: 7, typed: 'gjelder hele seksjonen' }],
      ['F9', { row: 9, typed: 'inkl. mva' }],
    ]);
  });
});

describe('a section heading in the Tiltak column with a comment beside it', () => {
  const result = run([
    HEADER,
    [null, 'BOLIG', null, null, null, 'Flyttet fra 6.2'],
    [1, 'Startlån', 20, 20, 'Boligkontor', null],
  ]);

  it('is the section Bolig, not a measure', () => {
    expect(measures(result)).toEqual([['Bolig', 1, 'Startlån', 20, 20, 'Boligkontor', '']]);
    expect(logged(result, 'row-note')).toEqual([['F2', { row: 2, typed: 'Flyttet fra 6.2' }]]);
  });
});

describe('a line wrapped onto the next row with a note right of the table', () => {
  const result = run([
    HEADER,
    ['BOLIG'],
    [1, 'Utvidelse miljøteam: trappes opp fra 1 til 5', 600, 1200, 'Rådmannen', null],
    [null, 'årsverk innen 2015.', null, null, null, null, 'jf. 7.1'],
  ]);

  it('joins the line and puts the note in that measure’s Kommentar', () => {
    expect(measures(result)).toEqual([
      [
        'Bolig',
        1,
        'Utvidelse miljøteam: trappes opp fra 1 til 5 årsverk innen 2015.',
        600,
        1200,
        'Rådmannen',
        'Kolonne G: jf. 7.1',
      ],
    ]);
  });
});

describe('a heading «TILTAK FOR BARN» right under a one-row header, with a note right of the header', () => {
  // The note stands under no heading, so the row read as a second header row under a group: the heading became a
  // column «Prioritet – TILTAK FOR BARN», Leksehjelp's priority 1 went to Kommentar and the section was lost.
  const result = run([
    HEADER,
    ['TILTAK FOR BARN', null, null, null, null, null, 'ny seksjon fra 2027'],
    [1, 'Leksehjelp', 100, 100, 'Skolesjef', null],
  ]);

  it('is the section Tiltak for barn, and the header stays one row', () => {
    expect(measures(result)).toEqual([['Tiltak for barn', 1, 'Leksehjelp', 100, 100, 'Skolesjef', '']]);
    expect(result.log.filter((d) => d.code === 'column-repeated')).toEqual([]);
    expect(logged(result, 'row-note')).toEqual([['G2', { row: 2, typed: 'ny seksjon fra 2027' }]]);
  });
});

describe('a heading in the ID column of «ID | Prioritet | Tiltak», with a comment beside it', () => {
  const result = run([
    ['ID', 'Prioritet', 'Tiltak', '2027', 'Kommentar'],
    ['OPPVEKST', null, null, null, 'Nye tiltak fra 2027'],
    ['D-007', 1, 'Leksehjelp', 100, null],
    // An ID with a note and no Tiltak is no heading: the row stays as typed (a measure without text, for check).
    ['D-008', null, null, null, 'Utgår'],
  ]);

  it('is the section Oppvekst; an ID beside a note is no heading', () => {
    const rows = result.content.operating.map((m) => [
      m.values.section,
      m.values.priority,
      m.values.measure,
      m.years[0],
    ]);
    expect(rows).toEqual([
      ['Oppvekst', 1, 'Leksehjelp', 100],
      ['Oppvekst', null, '', null],
    ]);
    expect(logged(result, 'row-note')).toEqual([['E2', { row: 2, typed: 'Nye tiltak fra 2027' }]]);
  });
});

describe('rows after an empty row: a heading with a note, a priority and amounts without Tiltak', () => {
  // 1 Leksehjelp 100 + 100; an empty row; HELSE with a note, then 1 Familieteam 200 + 200: the table goes on. The
  // note made HELSE no lone heading, so the table ended at row 3 and Familieteam was logged as lacking a priority.
  const goesOn = run([
    HEADER,
    ['OPPVEKST'],
    [1, 'Leksehjelp', 100, 100, 'Skolesjef', null],
    [],
    ['HELSE', null, null, null, null, 'ny seksjon'],
    [1, 'Familieteam', 200, 200, 'Helsesjef', null],
  ]);

  it('reads the section with a note and the measures under it', () => {
    expect(measures(goesOn)).toEqual([
      ['Oppvekst', 1, 'Leksehjelp', 100, 100, 'Skolesjef', ''],
      ['Helse', 1, 'Familieteam', 200, 200, 'Helsesjef', ''],
    ]);
    expect(logged(goesOn, 'row-note')).toEqual([['F5', { row: 5, typed: 'ny seksjon' }]]);
  });

  // Priority 2 with 200 + 200 but no Tiltak after the empty row: the table ends at row 3 (no measure row follows)
  // and the row was dropped without a word, its 400 with it.
  const ends = run([
    HEADER,
    ['OPPVEKST'],
    [1, 'Leksehjelp', 100, 100, 'Skolesjef', null],
    [],
    [2, null, 200, 200, 'Rektor', 'tekst mangler'],
  ]);

  it('logs a row with a priority and amounts but no Tiltak after the table’s end', () => {
    expect(measures(ends)).toEqual([['Oppvekst', 1, 'Leksehjelp', 100, 100, 'Skolesjef', '']]);
    expect(logged(ends, 'unread-row-priority')).toEqual([['A5', { row: 5, priority: 2, last: 3 }]]);
  });
});

describe('a wrapped line under a measure whose «Fase» is merged down over both rows', () => {
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [
            ['Prioritet', 'Tiltak', '2027', 'Fase'],
            ['BOLIG'],
            [1, 'Utvidelse miljøteam: trappes opp fra 1 til 5', 600, 'Fase 1'],
            [null, 'årsverk innen 2015.', null, null, 'jf. 7.1'],
          ],
          merges: ['D3:D4'],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

  it('gives the measure its «Fase» once and the note right of the table', () => {
    expect(result.content.operating.map((m) => m.values.comment)).toEqual(['Fase: Fase 1; Kolonne E: jf. 7.1']);
  });
});

describe('a total row with a name in Ansvarlig and a spare row with a note in Kommentar', () => {
  const result = run([
    HEADER,
    ['OPPVEKST'],
    [1, 'Leksehjelp', 100, 100, 'Skolesjef', null],
    [2, 'Skolemat', 50, 50, 'Skolesjef', null],
    ['----', null, '----', '----', null, 'ikke avklart'],
    // 100 + 50 = 150 in each year: the total row; its Ansvarlig names no measure.
    ['Sum', null, 150, 150, 'Rådmannen', null],
  ]);

  it('reads two measures and logs both notes at their cells', () => {
    expect(measures(result).map((m) => m[2])).toEqual(['Leksehjelp', 'Skolemat']);
    expect(logged(result, 'row-note')).toEqual([
      ['F5', { row: 5, typed: 'ikke avklart' }],
      ['E6', { row: 6, typed: 'Rådmannen' }],
    ]);
  });
});

describe('a priority typed «2)» with notes beside it and no Tiltak', () => {
  const result = run([HEADER, ['OPPVEKST'], ['2)', null, null, null, 'Rektor', 'Utgår']]);

  it('is no heading: the row stays as typed, a measure without text for the check to flag', () => {
    expect(result.content.lists.sections).toEqual(['Oppvekst']);
    expect(measures(result)).toEqual([['Oppvekst', null, '', null, null, 'Rektor', 'Utgår']]);
  });
});

/**
 * Headings written as one word with «Tiltak» (SPEC §11, import decisions: "Headings that start with Tiltak"):
 * «Tiltaksansvarlig», «Tiltaksbeskrivelse», «Tiltaksnavn», «Tiltakskostnad», «Tiltakseier». They matched no
 * column (only «Tiltak» and a space was read as a prefix), so a table headed «Tiltaksnummer | Tiltaksbeskrivelse»
 * had no Tiltak heading and was not found at all, and «Tiltaksansvarlig» went to Kommentar as an unknown column.
 * «Tiltaks» glued to another column's heading is that column; to a word about the measure's text it is Tiltak; to
 * any other word, a column with no place. «Tiltak» alone keeps its meaning. Figures worked out by hand.
 */
import { matchLegacyHeader, TOTAL } from '../../../src/domain/legacyImport/columns';
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Tiltak', origin: 'A1', values: rows, merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => `<${n.code}>` },
  );

describe('one-word headings with «Tiltaks»', () => {
  it.each([
    ['Tiltaksansvarlig', 'responsible'],
    ['Tiltaks-ansvarlig', 'responsible'],
    ['Tiltaks- ansvarlig', 'responsible'],
    ['Tiltaksansvarleg', 'responsible'],
    ['Tiltaksansvar', 'responsible'],
    ['Tiltakseier', 'responsible'],
    ['Tiltakets eier', 'responsible'],
    ['Tiltaksbeskrivelse', 'measure'],
    ['Tiltaksbeskrivelse og mål', 'measure'],
    ['Tiltaks beskrivelse', 'measure'],
    ['Tiltakets beskrivelse', 'measure'],
    ['Tiltaksnavn', 'measure'],
    ['Tiltakets navn', 'measure'],
    ['Tiltaksnamn', 'measure'],
    ['Tiltakskostnad', TOTAL],
    ['Tiltakskostnad (mill kr)', TOTAL],
    ['Tiltaksprioritet', 'priority'],
    ['Tiltakskommentar', 'comment'],
    ['Tiltaksnummer', 'number'],
    ['Tiltaksnr.', 'number'],
    ['Tiltakstype', 'kind'],
    ['Tiltaks-ID', 'id'],
  ])('%p is %p', (header, key) => {
    expect(matchLegacyHeader(header)).toBe(key);
  });

  it.each(['Tiltaksstatus', 'Tiltaksfrist', 'Tiltaksområde', 'Tiltaksplan 2011-2014', 'Tiltakets', 'Tiltaksår'])(
    '%p names no column: a column with no place, never the measure’s text',
    (header) => {
      expect(matchLegacyHeader(header)).toBeNull();
    },
  );

  it.each(['Tiltak', 'Tiltaket', 'Tiltak for barn og unge', 'Tiltak/prosjekt', 'Tiltak år'])(
    '%p is still the Tiltak heading',
    (header) => {
      expect(matchLegacyHeader(header)).toBe('measure');
    },
  );
});

describe('a table headed «Tiltaksnummer | Tiltaksbeskrivelse | Tiltakskostnad | 2027 | 2028 | Tiltaksansvarlig»', () => {
  const result = run([
    ['Tiltaksnummer', 'Tiltaksbeskrivelse', 'Tiltakskostnad', '2027', '2028', 'Tiltaksansvarlig'],
    ['OPPVEKST'],
    [1, 'Leksehjelp på alle skoler', 400, 150, 250, 'Kommunalsjef oppvekst'],
    [2, 'Familieteam', 900, 450, 450, 'Helsesjef'],
  ]);

  it('is found, and reads each measure’s priority, text, Helårsvirkning, years and Ansvarlig from those headings', () => {
    // Kr in 1000 kr as typed (--unit 1000 kr): 400 = 150 + 250 and 900 = 450 + 450.
    const rows = result.content.operating.map((r) => [
      r.values.priority,
      r.values.measure,
      r.values.fullYear,
      ...r.years.slice(0, 2),
      r.values.responsible,
      r.values.comment,
    ]);
    expect(rows).toEqual([
      [1, 'Leksehjelp på alle skoler', 400, 150, 250, 'Kommunalsjef oppvekst', ''],
      [2, 'Familieteam', 900, 450, 450, 'Helsesjef', ''],
    ]);
  });

  it('logs each heading as the column it was read as', () => {
    const mapped = result.log
      .filter((d) => ['column-mapped', 'column-number-priority', 'column-unknown'].includes(d.code))
      .map((d) => [d.cell, d.code, d.params]);
    expect(mapped).toEqual([
      ['A1', 'column-number-priority', { column: 'Tiltaksnummer' }],
      ['B1', 'column-mapped', { column: 'Tiltaksbeskrivelse', header: 'Tiltak' }],
      ['C1', 'column-mapped', { column: 'Tiltakskostnad', header: 'Helårsvirkning' }],
      ['F1', 'column-mapped', { column: 'Tiltaksansvarlig', header: 'Ansvarlig' }],
    ]);
  });
});

describe('«Prioritet | Tiltaksnavn | Tiltaksbeskrivelse | 2027 | Tiltakseier | Tiltaksstatus»', () => {
  const result = run([
    ['Prioritet', 'Tiltaksnavn', 'Tiltaksbeskrivelse', '2027', 'Tiltakseier', 'Tiltaksstatus'],
    [1, 'Boligkontor', 'Flytte ressurser til boligkontoret', 250, 'Rådmannen', 'Pågår'],
  ]);

  it('reads the name as Tiltak, the description (a second Tiltak) and the status into Kommentar, the owner as Ansvarlig', () => {
    const rows = result.content.operating.map((r) => [
      r.values.measure,
      r.years[0],
      r.values.responsible,
      r.values.comment,
    ]);
    expect(rows).toEqual([['Boligkontor', 250, 'Rådmannen', '<column-unplaced>; <column-unplaced>']]);
    expect(result.log.filter((d) => d.code === 'column-unplaced-cell').map((d) => [d.cell, d.params])).toEqual([
      ['C2', { column: 'Tiltaksbeskrivelse', typed: 'Flytte ressurser til boligkontoret' }],
      ['F2', { column: 'Tiltaksstatus', typed: 'Pågår' }],
    ]);
  });
});

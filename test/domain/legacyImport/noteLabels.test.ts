/**
 * A remark typed on a row of its own in a legacy table — «Merk:», «Merk: tallene er foreløpige», «NB! Se vedtak»,
 * «Kilde: Verdal kommune» — is a note, not a section and not a measure. «Merk:» read as a label heading
 * («Oppvekst:») made a section «Merk:» and moved every measure under it there; a remark in the Tiltak column was a
 * measure of its own (no priority, status Ukjent), counted among the plan's measures. Now such a row is a row of
 * notes (SPEC §11 import decisions, "Notes on rows that are no measure"): right under a measure its text goes to
 * that measure's Kommentar as typed, elsewhere it is logged at its cell. Figures by hand from the typed rows.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

/** Columns A–F: Prioritet, Tiltak, 2027, 2028 (1000 kr), Ansvarlig, Kommentar. */
const HEADER: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', 'Ansvarlig', 'Kommentar'];

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: [HEADER, ...rows], merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

/** Section, priority, Tiltak, 2027, 2028 and Kommentar of each operating measure. */
const measures = (r: ImportResult): unknown[][] =>
  r.content.operating.map((m) => [
    m.values.section,
    m.values.priority,
    m.values.measure,
    ...m.years.slice(0, 2),
    m.values.comment,
  ]);

const logged = (r: ImportResult, code: string): unknown[][] =>
  r.log.filter((d) => d.code === code).map((d) => [d.cell, d.params]);

describe('remarks on rows of their own in the Tiltak column and left of it', () => {
  const result = run([
    ['BOLIG'], // row 2
    [1, 'Familieteam', 100, 100, 'NAV', null], // row 3
    [null, 'Merk:'], // row 4: a label with a colon, but a remark's word
    [2, 'Natteravn', 10, 10, 'Rektor', null], // row 5
    [null, 'Merk: tallene er foreløpige'], // row 6: the remark under Natteravn
    [3, 'Skolehelse', 5, 5, 'Helsesøster', 'Ny'], // row 7
    ['NB! Se vedtak'], // row 8: in the Prioritet column, under Skolehelse
    ['OPPVEKST'], // row 9
    ['Obs: gjelder fra 2028'], // row 10: under a heading, no measure above
    [1, 'Leksehjelp', 20, 20, 'Skolesjef', null], // row 11
    [null, 'Kilde: Verdal kommune'], // row 12: under the last measure
  ]);

  it('keeps four measures in their sections: no section «Merk:», no measure of a remark', () => {
    // Amounts as typed in 1000 kr: 2027 = 100 + 10 + 5 + 20 = 135, 2028 the same.
    expect(measures(result)).toEqual([
      ['Bolig', 1, 'Familieteam', 100, 100, 'Merk:'],
      ['Bolig', 2, 'Natteravn', 10, 10, 'Merk: tallene er foreløpige'],
      ['Bolig', 3, 'Skolehelse', 5, 5, 'Ny; NB! Se vedtak'],
      ['Oppvekst', 1, 'Leksehjelp', 20, 20, 'Kilde: Verdal kommune'],
    ]);
    expect(result.content.operating.reduce((s, m) => s + (m.years[0] ?? 0), 0)).toBe(135);
    expect(result.content.lists.sections).toEqual(['Bolig', 'Oppvekst']);
    expect(logged(result, 'section-row-label')).toEqual([]);
  });

  it('logs each remark at its cell: with the measure it went to, or as placed nowhere', () => {
    expect(logged(result, 'row-remark-measure').map(([cell, p]) => [cell, (p as { row: number }).row])).toEqual([
      ['B4', 3],
      ['B6', 5],
      ['A8', 7],
      ['B12', 11],
    ]);
    expect(logged(result, 'row-note')).toEqual([['A10', { row: 10, typed: 'Obs: gjelder fra 2028' }]]);
    const line = result.log.find((d) => d.code === 'row-remark-measure' && d.cell === 'B6');
    expect(line && renderImportDecision(line, 'nb')).toBe(
      'Raden har bare en merknad, «Merk: tallene er foreløpige» i kolonnen Tiltak, og står rett under tiltaket på ' +
        'rad 5: merknaden er lagt i det tiltakets Kommentar, ikke lest som seksjon eller tiltak.',
    );
  });
});

describe('a label heading that is no remark stays a section', () => {
  it('«Oppvekst:» and «Merknader og tiltak:» head their measures', () => {
    const result = run([
      [null, 'Oppvekst:'], // row 2
      [1, 'Leksehjelp', 20, 20, 'Skolesjef', null], // row 3
      [null, 'Merknader og tiltak:'], // row 4: starts with a remark's word, but is a heading of its own
      [1, 'Natteravn', 10, 10, 'Rektor', null], // row 5
    ]);
    expect(measures(result)).toEqual([
      ['Oppvekst:', 1, 'Leksehjelp', 20, 20, ''],
      ['Merknader og tiltak:', 1, 'Natteravn', 10, 10, ''],
    ]);
  });
});

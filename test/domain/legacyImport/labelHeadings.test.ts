/**
 * Headings written as a label with a colon, not in capitals ("Innsatsområde: Helse", "Oppvekst:"), in the Tiltak
 * column of a legacy table (SPEC §11: section rows; the import's own decision where the SPEC names capitals only).
 * Such a row was read as a measure with no priority and Status Ukjent, and the measures under it stayed in the
 * section above. Now a text alone in the Tiltak column, with no priority, ID, Ref. or amount, is a section heading
 * when it reads as one: it ends on a colon ("Oppvekst:"), or it starts with a heading word and a colon
 * ("Innsatsområde: Helse", "Mål 2: Alle skal bo godt"). A note such as "Merk: …" is no heading (noteLabels.test.ts). A heading not in
 * capitals keeps its words as typed ("Innsatsområde: Bolig" is not made "Innsatsområde: bolig").
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

/** Columns A–E: ID, Prioritet, Tiltak, 2027, 2028 (1000 kr). */
const HEADER: CellValue[] = ['ID', 'Prioritet', 'Tiltak', '2027', '2028'];

const run = (rows: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: [HEADER, ...rows], merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

describe('a plan whose headings are labels with a colon', () => {
  const result = run([
    ['Innsatsområde: Bolig'], // row 2: in the ID column, a section as before
    ['D-001', 1, 'Startlån', 250, 400], // row 3
    [null, null, 'Innsatsområde: Helse'], // row 4: in the Tiltak column
    ['D-002', 1, 'Familieteam', 100, 100], // row 5
    [null, null, 'Oppvekst:'], // row 6: ends on a colon
    ['D-003', 1, 'Leksehjelp', 10, 10], // row 7
    [null, null, 'Mål 2: Alle skal bo godt'], // row 8: a heading word with its number
    ['D-004', 1, 'Bostøtte', 20, 20], // row 9
    [null, null, 'Merk: tallene er foreløpige'], // row 10: a remark, to Bostøtte's Kommentar
  ]);
  const rows = result.content.operating;

  it('gives four measures in four sections, the headings as typed; the note goes to the measure above it', () => {
    expect(rows.map((r) => [r.values.id, r.values.section, r.values.priority, r.values.measure])).toEqual([
      ['D-001', 'Innsatsområde: Bolig', 1, 'Startlån'],
      ['D-002', 'Innsatsområde: Helse', 1, 'Familieteam'],
      ['D-003', 'Oppvekst:', 1, 'Leksehjelp'],
      ['D-004', 'Mål 2: Alle skal bo godt', 1, 'Bostøtte'],
    ]);
    expect(rows[3]?.values.comment).toBe('Merk: tallene er foreløpige');
    expect(result.content.lists.sections).toEqual([
      'Innsatsområde: Bolig',
      'Innsatsområde: Helse',
      'Oppvekst:',
      'Mål 2: Alle skal bo godt',
    ]);
  });

  it('keeps the money of each measure: 250 + 100 + 10 + 20 = 380 in 2027, 400 + 100 + 10 + 20 = 530 in 2028', () => {
    expect(rows.reduce((s, r) => s + (r.years[0] ?? 0), 0)).toBe(380);
    expect(rows.reduce((s, r) => s + (r.years[1] ?? 0), 0)).toBe(530);
  });

  it('logs each heading in the Tiltak column as read from its label, in nb, nn and en', () => {
    const label = result.log.filter((d) => d.code === 'section-row-label');
    expect(label.map((d) => [d.cell, d.params])).toEqual([
      ['C4', { text: 'Innsatsområde: Helse', section: 'Innsatsområde: Helse' }],
      ['C6', { text: 'Oppvekst:', section: 'Oppvekst:' }],
      ['C8', { text: 'Mål 2: Alle skal bo godt', section: 'Mål 2: Alle skal bo godt' }],
    ]);
    const [c4] = label;
    expect(c4 && renderImportDecision(c4, 'nb')).toBe(
      'Raden har bare «Innsatsområde: Helse» i Tiltak-kolonnen, skrevet som en overskrift med kolon, og ingen ' +
        'prioritet, ID eller beløp: lest som seksjonsrad, seksjon «Innsatsområde: Helse».',
    );
    expect(c4 && renderImportDecision(c4, 'nn')).toContain('seksjon «Innsatsområde: Helse»');
    expect(c4 && renderImportDecision(c4, 'en')).toContain('section "Innsatsområde: Helse"');
  });
});

describe('a label heading in the Tiltak column with a note beside it', () => {
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [
            ['Prioritet', 'Tiltak', '2027', 'Kommentar'],
            [null, 'Innsatsområde: Helse', null, 'Nytt fra 2027'], // row 2
            [1, 'Familieteam', 100, null], // row 3
          ],
          merges: [],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

  it('is the section, its note logged at its cell; one measure of 100 (1000 kr) in 2027', () => {
    expect(result.content.operating.map((r) => [r.values.section, r.values.measure, r.years[0]])).toEqual([
      ['Innsatsområde: Helse', 'Familieteam', 100],
    ]);
    expect(result.log.filter((d) => d.code === 'row-note').map((d) => [d.cell, d.params])).toEqual([
      ['D2', { row: 2, typed: 'Nytt fra 2027' }],
    ]);
  });
});

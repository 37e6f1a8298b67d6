/**
 * Review r38 (SPEC §13: above Excel on the web's 5 MB cap, row blocks sized to stay under 4 MB): a read estimates
 * every value at 24 bytes of JSON (payload.ts BYTES_PER_CELL), Avstemming's Forklaring alone at 200. A measure table
 * whose Tiltak and Kommentar hold sentences is far above that: at 5 000 measures with a Tiltak of 119 characters and
 * a Kommentar of 442 (æ, ø, å two bytes each) on every row, Tiltak drift is estimated at 5 001 × 21 × 24 ≈ 2.5 MB and
 * read in one sync, whose response is 4 170 881 bytes on the fake (about 130 + 460 of the two texts and some 250 of
 * the other 19 cells a row): over the 4 MB SPEC §13 sizes blocks for, under the 5 MB cap: nothing fails or tells.
 * With a Kommentar twice that long the response passes 5 MB and is loaded again (readBlocks.ts). Fixed: the read
 * loads the first rows of each table with its header row and estimates its cells by the heaviest of them
 * (payload.ts sampledBytesPerCell), in the sync it takes anyway; a plan of short texts keeps its 24 bytes a cell.
 */
import type { Edit } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { generateWorkbookEdits } from '../../../bench/generate';
import { recordingRunner, RecordingContext, type FakeModel } from '../../workbook/excel/recordingContext';

const NAME =
  'Økt bemanning i skolefritidsordningen på Årstad, Ødegården og Æsebø – særskilt tilrettelagt tilbud for elever med behov';
const SENTENCE =
  'Tiltaket forutsetter at økonomiplanens ramme for oppvekst økes; øvrige kostnader dekkes av tilskudd fra staten. ' +
  'Særlig vurdering av årsverk må gjøres før vedtak, og rådmannen må avklare bemanningsbehov med tillitsvalgte. ';
const COMMENT = SENTENCE + SENTENCE;

/** The generated plan with NAME as every Tiltak (E) and COMMENT as every Kommentar (U) of Tiltak drift. */
function withTexts(edits: readonly Edit[]): Edit[] {
  return edits.map((e) =>
    e.kind === 'setCells' && e.sheet === 'Tiltak drift' && e.origin === 'A2'
      ? { ...e, values: e.values.map((r) => r.map((c, j) => (j === 4 ? NAME : j === 20 ? COMMENT : c))) }
      : e,
  );
}

describe('a check read of 5 000 measures with sentences in Tiltak and Kommentar (review r38)', () => {
  // A structure read (repair, writing Avstemming) reads the measure sheets' used ranges whole: 4 056 166 bytes in
  // one response before those blocks took the table's sampled estimate too (fixA).
  test.each(['check', 'structure'] as const)(
    'keeps every response of a %s read under 4 MB',
    async (scope) => {
      expect([NAME.length, COMMENT.length]).toEqual([119, 442]);
      const model: FakeModel = { sheets: [], tables: [], names: [] };
      const write = new RecordingContext(model);
      await new ExcelWorkbook({ run: recordingRunner(write), isSetSupported: () => true }).apply(
        withTexts(generateWorkbookEdits(5000)),
      );
      const ctx = new RecordingContext(model);
      await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true }).read(scope);
      expect(Math.max(...ctx.payloads.map((p) => p.response))).toBeLessThanOrEqual(4_000_000);
    },
    600_000,
  );
});

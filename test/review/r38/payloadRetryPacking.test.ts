/**
 * Review r38 (the Excel path, SPEC §13): a read whose texts are longer than the estimate per cell (24 bytes) gets
 * a response over Excel on the web's 5 MB cap; the reader loads it again. Measured on the recording fake at
 * 5 000 measures with a Kommentar of some 860 characters (æøå) on every row: the check read took 37 syncs instead of
 * 5, for after the one refused response every block of that batch, the smallest format piece too, was halved and
 * given a sync of its own. The estimate was wrong by a factor: the blocks should go again packed at a larger
 * estimate per cell, not one per sync (SPEC §13: a fixed number of syncs per block).
 */
import { loadPieces } from '../../../src/workbook/excel/readBlocks';
import type { Piece } from '../../../src/workbook/excel/readPlan';
import { fakeModel, RecordingContext } from '../../workbook/excel/recordingContext';

const LONG = 'ø'.repeat(2750); // 5 500 bytes of UTF-8, 5 502 of JSON with its quotes

/** Column A rows 1–1 000 each LONG; columns B…J rows 1–10 each "y". */
function model() {
  const rows = Array.from({ length: 1000 }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => (c === 0 ? LONG : r < 10 ? 'y' : null)),
  );
  return fakeModel({ S: rows });
}

const column = (col: number, bottom: number): Piece => ({
  sheet: 'S',
  rect: { top: 1, left: col, bottom, right: col },
  field: 'values',
});

describe('a read Excel refuses as too large (review r38)', () => {
  it('loads the blocks again packed at a larger estimate, not each in a sync of its own', async () => {
    const ctx = new RecordingContext(model());
    const pieces = [column(1, 1000), ...Array.from({ length: 9 }, (_, i) => column(2 + i, 10))];
    const loaded = await loadPieces(ctx as unknown as Excel.RequestContext, pieces, 3_000_000);
    // Estimated: A 1 000 × 24 + 64 = 24 064, each small column 10 × 24 + 64 = 304: 26 800 in all, one sync.
    // Its response is some 5.5 MB (1 000 × 5 503 bytes): refused. Then, with A's estimate raised to what a
    // response over 5 MB means (5 000 000 / 26 800 → 187 times, 4 488 per cell), A goes in blocks of 167 rows
    // ((750 000 − 64) / 4 488), 919 000 bytes each: four in the second sync (3.7 MB), the last two with the nine
    // small columns in the third. Three syncs; before, 1 + 20 (each of the ten blocks halved, one per sync).
    expect(ctx.syncCount).toBe(3);
    const answered = ctx.payloads.filter((p) => p.response <= 5_000_000);
    expect(Math.max(...answered.map((p) => p.response))).toBeLessThanOrEqual(4_000_000);
    const a = loaded.filter((l) => l.piece.rect.left === 1);
    expect(a.reduce((n, l) => n + l.grid.length, 0)).toBe(1000);
    expect(a.every((l) => l.grid.every((row) => row[0] === LONG))).toBe(true);
  });
});

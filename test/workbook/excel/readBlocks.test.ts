import { loadPieces } from '../../../src/workbook/excel/readBlocks';
import type { Piece } from '../../../src/workbook/excel/readPlan';
import { fakeModel, RecordingContext } from './recordingContext';

/** Rows `top`…`bottom` of column A of sheet S, values. */
const column = (top: number, bottom: number): Piece => ({
  sheet: 'S',
  rect: { top, left: 1, bottom, right: 1 },
  field: 'values',
});

describe('loadPieces', () => {
  // Budget 3 000: pieces are cut in blocks of at most 750 estimated bytes, 24 per value plus 64 per block, so
  // of 28 rows (736 bytes) of one column. A (70 rows): 736, 736, 400. B (56): 736, 736. C (10): 304. D (84):
  // 736, 736, 736. In order: A A A B (2 608; B's second would make 3 344) | B C D D (2 512) | D: three syncs.
  // First fit: A A A B C (2 912) | B D D D (2 944): two, the least for 5 856 bytes.
  it('fills each sync with the later blocks that still fit: two syncs where blocks in order took three', async () => {
    const ctx = new RecordingContext(fakeModel({ S: [['x']] }));
    const pieces = [column(1, 70), column(101, 156), column(201, 210), column(301, 384)];
    const loaded = await loadPieces(ctx as unknown as Excel.RequestContext, pieces, 3000);
    expect(ctx.syncCount).toBe(2);
    const rows = loaded.map((l) => [l.piece.rect.top, l.piece.rect.bottom]).sort((a, b) => a[0]! - b[0]!);
    expect(rows).toEqual([
      [1, 28],
      [29, 56],
      [57, 70],
      [101, 128],
      [129, 156],
      [201, 210],
      [301, 328],
      [329, 356],
      [357, 384],
    ]);
  });

  it('loads the probes first and what they ask for in the same syncs as the rest', async () => {
    const ctx = new RecordingContext(fakeModel({ S: [['x']] }));
    const asked: number[] = [];
    const loaded = await loadPieces(ctx as unknown as Excel.RequestContext, [column(1, 70)], 3000, {
      pieces: [column(501, 505)],
      follow: (probes) => {
        asked.push(ctx.syncCount, probes.length);
        return [column(101, 156)];
      },
    });
    // Sync 1: the probe (184) and A (736, 736, 400). B is asked for once the probe is in, after sync 1 (so its
    // first block, which would have fitted there, goes in sync 2 with its second). The probe is not returned.
    expect(asked).toEqual([1, 1]);
    expect(ctx.syncCount).toBe(2);
    expect(loaded.map((l) => l.piece.rect.top).sort((a, b) => a - b)).toEqual([1, 29, 57, 101, 129]);
  });
});

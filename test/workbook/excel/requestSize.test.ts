/**
 * Many small writes in one apply (amounts typed as text converted where they are scattered, one call per cell):
 * every request stays under 4 MB although each Office.js call costs some 460 bytes of request besides its value
 * (measured with office.js, recordingContext.ts), not the 200 the adapter once estimated.
 */
import type { Edit } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { fakeModel, recordingRunner, RecordingContext } from './recordingContext';

describe('a write of many single cells', () => {
  it('is cut in requests under 4 MB: 20 000 cells in five syncs', async () => {
    const model = fakeModel({ 'Tiltak drift': [['ID']] });
    const ctx = new RecordingContext(model);
    const port = new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });
    // Every other row of H from H2 (no two cells next to each other): 20 000 calls of one cell each.
    const edits: Edit[] = Array.from({ length: 20_000 }, (_, i) => ({
      kind: 'setCells',
      sheet: 'Tiltak drift',
      origin: `H${2 + 2 * i}`,
      values: [[1500]],
    }));
    await port.apply(edits);
    // Each call is estimated at 500 (OP_OVERHEAD) + 6 ("[1500]") + 1 = 507 bytes: 3 000 000 / 507 = 5 917 per
    // request, so 20 000 go in 4 requests, after the one sync that learns the sheets: 5. The fake counts each
    // 460 + about 19 ("Tiltak drift!H40000") + 8 ("[[1500]]"), some 487 bytes: 5 917 × 487 ≈ 2.9 MB. At 200 per
    // call it was 14 492 per request, about 7 MB, which Excel on the web refuses.
    expect(ctx.syncCount).toBe(5);
    expect(ctx.largestPayload).toBeLessThanOrEqual(4_000_000);
    expect(model.sheets[0]?.cells.get('H40000')).toEqual({ value: 1500 });
    expect(model.sheets[0]?.cells.get('H40001')).toBeUndefined();
  });
});

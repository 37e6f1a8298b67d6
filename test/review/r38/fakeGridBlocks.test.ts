/**
 * Review r38: the recording fake counts what office.js adds to a large grid write (it cuts one of more than 1 500
 * cells into row blocks, each with calls of its own: recordingContext.ts GRID_BLOCK_OVERHEAD), so that a budget
 * test sees a request as office.js builds it, not only its data.
 */
import { jsonBytes } from '../../../src/workbook/excel/payload';
import { fakeModel, RecordingContext } from '../../workbook/excel/recordingContext';

describe('the fake counts office.js cutting a large grid (review r38)', () => {
  it('5 000 × 21 numbers: 71 blocks of 71 rows, 680 bytes each besides the call and the data', async () => {
    const ctx = new RecordingContext(fakeModel({ 'Tiltak drift': [['ID']] }));
    const grid = Array.from({ length: 5000 }, () => Array.from({ length: 21 }, () => 1500));
    ctx.workbook.worksheets.getItem('Tiltak drift').getRange('A2:U5001').values = grid;
    await ctx.sync();
    // round(1 500 / 21) = 71 rows a block, ceil(5 000 / 71) = 71 blocks: 71 × 680 = 48 280.
    const target = 'Tiltak drift!A2:U5001';
    expect(ctx.payloads[0]?.request).toBe(460 + target.length + jsonBytes(grid) + 48_280);
  });

  it('a grid of 1 500 cells or fewer is one call, as before', async () => {
    const ctx = new RecordingContext(fakeModel({ 'Tiltak drift': [['ID']] }));
    const grid = Array.from({ length: 1500 }, () => [0]);
    ctx.workbook.worksheets.getItem('Tiltak drift').getRange('H2:H1501').values = grid;
    await ctx.sync();
    expect(ctx.payloads[0]?.request).toBe(460 + 'Tiltak drift!H2:H1501'.length + jsonBytes(grid));
  });
});

/**
 * The pane reads a plan whose measure table the user renamed (Driftstiltak, on Tiltak drift) with a note typed two
 * rows under it: the table's range is loaded with the sheet, so the reader takes the table's two rows and not the
 * note (read/locateTable.ts), as the file adapter does; before, the note was read as a third measure.
 */
import { readPlan } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { fakeModel, recordingRunner, RecordingContext } from './recordingContext';

function model() {
  const m = fakeModel({
    'Tiltak drift': [
      ['ID', 'Tiltak', '2027', 'Sum periode'],
      ['D-001', 'Miljøteam', 600, 600],
      ['D-002', 'Boligplan', 300, 300],
      [],
      ['Merknad: tallene for 2030 er foreløpige'],
    ],
  });
  m.tables.push({ name: 'Driftstiltak', sheet: 'Tiltak drift', ref: 'A1:D3' });
  return m;
}

describe('a measure table the user renamed, read in Excel', () => {
  it('comes with its range, and the note under it is no measure', async () => {
    const ctx = new RecordingContext(model());
    const port = new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, retryDelayMs: 0 });
    const snapshot = await port.read();
    expect(snapshot.tables).toContainEqual({ name: 'Driftstiltak', sheet: 'Tiltak drift', ref: 'A1:D3' });
    const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
    // Header in row 1, D-001 and D-002 in rows 2 and 3; the note in A5 is below the table.
    expect(plan.operating.map((m) => m.id)).toEqual(['D-001', 'D-002']);
    expect(plan.layouts.operating?.tableName).toBe('Driftstiltak');
  });
});

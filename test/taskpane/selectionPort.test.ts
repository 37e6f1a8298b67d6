import type { Edit } from '../../src/domain/model/edits';
import { withSelection, type Selection } from '../../src/taskpane/browser/selectionPort';
import { FakePort } from './fakePort';

describe('withSelection', () => {
  it('sends select edits to the preview and everything else to the file', async () => {
    const file = new FakePort();
    const seen: Selection[] = [];
    const port = withSelection(file, (s) => seen.push(s));
    const write: Edit = { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A9', values: [['x']] };
    await port.apply([
      write,
      { kind: 'select', sheet: 'Tiltak drift', cell: 'B3' },
      { kind: 'select', sheet: 'Økonomiplan', cell: 'H4' },
    ]);
    expect(file.applied).toEqual([[write]]);
    expect(seen).toEqual([{ sheet: 'Økonomiplan', cell: 'H4' }]);
  });

  it('does not touch the file for a selection alone', async () => {
    const file = new FakePort();
    await withSelection(file, () => undefined).apply([{ kind: 'select', sheet: 'Innstillinger', cell: 'A1' }]);
    expect(file.applied).toHaveLength(0);
  });

  it('tells what the file showed in the write it passed on, nothing after a selection alone', async () => {
    // The file adapter cleared her filter on tblAvstemming in the last write it applied (editTables.ts).
    const shown = [{ sheet: 'Avstemming', table: 'tblAvstemming', filtered: true }];
    class Filtered extends FakePort {
      rowsShown() {
        return shown;
      }
    }
    const port = withSelection(new Filtered(), () => undefined);
    await port.apply([{ kind: 'setCells', sheet: 'Avstemming', origin: 'A1', values: [['x']] }]);
    expect(port.rowsShown?.()).toEqual([{ sheet: 'Avstemming', table: 'tblAvstemming', filtered: true }]);
    await port.apply([{ kind: 'select', sheet: 'Avstemming', cell: 'A1' }]);
    expect(port.rowsShown?.()).toEqual([]);
  });
});

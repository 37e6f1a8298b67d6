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
});

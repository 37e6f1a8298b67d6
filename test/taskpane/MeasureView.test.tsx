/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Edit } from '../../src/domain/model/edits';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const written = (edits: readonly Edit[]) =>
  edits.flatMap((e) => (e.kind === 'setCells' && e.sheet === 'Tiltak drift' ? e.values.flat() : []));

const twoMeasures = () =>
  canonicalSnapshot({ operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' })] });

describe('MeasureView', () => {
  it('adds a measure with the next ID, typed in Norwegian numbers', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'measure');
    expect(screen.getByRole('textbox', { name: 'ID' })).toHaveProperty('value', 'D-002');
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Ansvarlig/ }), 'Leder boligkontor');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Oppvekst' }));
    await userEvent.type(screen.getByRole('textbox', { name: '2027' }), '1 200,5');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'addMeasure') }));
    await screen.findByText(tp('nb', 'measureAdded', { id: 'D-002' }));
    const cells = written(port.edits);
    expect(cells).toEqual(expect.arrayContaining(['D-002', 'Boveileder', 'Organisasjon', 1200.5]));
  });

  it('flags an amount that is not a number and will not write the row', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'measure');
    await userEvent.type(screen.getByRole('textbox', { name: '2028' }), 'mye');
    // The example is a figure of the plan's unit (1000 kr): 1 200 is 1,2 mill kr, not 1 200,5 (1 200 500 kr).
    expect(screen.getByText('Skriv et tall i 1000 kr, f.eks. 1 200')).toBeTruthy();
    expect(screen.getByRole('button', { name: tp('nb', 'addMeasure') })).toHaveProperty('disabled', true);
    expect(port.applied).toHaveLength(0);
  });

  it('checks the row live with the domain checker before writing', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'measure');
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Uten seksjon');
    await waitFor(() => expect(screen.getByText(/^Raden har \d+ feil/)).toBeTruthy());
  });

  it('loads an existing measure for editing and moves it', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002 · Bostøtte');
    expect(screen.getByRole('textbox', { name: /^Tiltak/ })).toHaveProperty('value', 'Bostøtte');
    expect(screen.getByRole('textbox', { name: '2027' })).toHaveProperty('value', '600');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    await screen.findByText(tp('nb', 'measureMoved', { id: 'D-002' }));
    expect(port.applied).toHaveLength(1);
  });
});

/**
 * After a save or a move the form shows the measure as the workbook now holds it: a move swaps priorities, and
 * a later save compares with what was written, not with what was loaded before the first save.
 */
describe('MeasureView after a write', () => {
  const cellsWritten = (port: FakePort) =>
    port.edits.flatMap((e) => (e.kind === 'setCells' ? [`${e.origin}=${JSON.stringify(e.values)}`] : []));
  const pickD002 = () =>
    userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002 · Bostøtte');

  it('writes a value typed back to what it was before the previous save (2030: 2 400 → 900 → 2 400)', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await pickD002();
    const y2030 = () => screen.getByRole('textbox', { name: '2030' });
    await userEvent.clear(y2030());
    await userEvent.type(y2030(), '900');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'saveMeasure') }));
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    await userEvent.clear(y2030());
    await userEvent.type(y2030(), '2 400');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'saveMeasure') }));
    await waitFor(() => expect(port.applied).toHaveLength(2));
    // 2030 is column K of D-002's row 3: first 900, then 2 400 again.
    expect(cellsWritten(port)).toEqual(['K3=[[900]]', 'K3=[[2400]]']);
  });

  it('shows the priority the move wrote (D-002 up: 2 → 1), and no duplicate-priority error', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await pickD002();
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    await screen.findByText(tp('nb', 'measureMoved', { id: 'D-002' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Prioritet' })).toHaveProperty('value', '1'));
    expect(screen.queryByText(/^Raden har \d+ feil/)).toBeNull();
  });
});

/**
 * The pane plans on the check it read last; the user may have sorted the table since (Excel's events arrive a
 * moment later, or not at all when the subscription failed). A write must land in the measure's row as it is
 * now, and must not put back fields the user changed in Excel since the form was filled.
 */
describe('MeasureView on a table sorted after the pane read it', () => {
  const sorted = () =>
    canonicalSnapshot({ operating: [operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' }), operatingRow()] });
  const cellsWritten = (port: FakePort) =>
    port.edits.flatMap((e) => (e.kind === 'setCells' ? [`${e.origin}=${JSON.stringify(e.values)}`] : []));

  it('saves an edited measure into its row as the table is now (row 2 after the sort, not row 3)', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002 · Bostøtte');
    port.snapshot = sorted(); // D-002 now on row 2, D-001 on row 3; no change event yet
    await userEvent.clear(screen.getByRole('textbox', { name: /^Tiltak/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Bostøtte utvidet');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'saveMeasure') }));
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    // Tiltak is column E of the canonical table: the edit lands on D-002's row now, and writes only that field.
    expect(cellsWritten(port)).toEqual(['E2=[["Bostøtte utvidet"]]']);
  });

  it('keeps a field the user changed in Excel after the form was filled', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002 · Bostøtte');
    port.snapshot = canonicalSnapshot({
      operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte', Kommentar: 'Ny' })],
    });
    await userEvent.clear(screen.getByRole('textbox', { name: '2030' }));
    await userEvent.type(screen.getByRole('textbox', { name: '2030' }), '900');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'saveMeasure') }));
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    // Only the year the user typed (2030 is column K); Kommentar keeps «Ny».
    expect(cellsWritten(port)).toEqual(['K3=[[900]]']);
  });

  it('moves the measure that is on the row now', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002 · Bostøtte');
    port.snapshot = sorted();
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    await screen.findByText(tp('nb', 'measureMoved', { id: 'D-002' }));
    // Prioritet is column C: D-002 (row 2 now) becomes 1 and D-001 (row 3 now) 2. On the rows the pane read
    // first, the same move would give D-001 priority 1 and D-002 priority 2: no move at all.
    expect(cellsWritten(port).sort()).toEqual(['C2=[[1]]', 'C3=[[2]]']);
  });

  it('adds below the table as it is now, with the next free ID, never over a measure added since', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'measure');
    port.snapshot = twoMeasures(); // D-002 typed in Excel on row 3 since the pane read
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'addMeasure') }));
    await screen.findByText(tp('nb', 'measureAdded', { id: 'D-003' }));
    expect(cellsWritten(port).filter((c) => /^[A-Z]+3=/.test(c))).toEqual([]);
    expect(cellsWritten(port).some((c) => c.startsWith('A4=') && c.includes('D-003'))).toBe(true);
  });

  it('writes nothing and says so when the measure is gone from the table', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002 · Bostøtte');
    port.snapshot = canonicalSnapshot({ operating: [operatingRow()] });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    expect(await screen.findByText(tp('nb', 'errorMeasureGone', { id: 'D-002' }))).toBeTruthy();
    expect(port.applied).toHaveLength(0);
  });
});

/**
 * Two measures with ID D-002 (id-duplicate, rows 3 and 4): the user must be able to pick the second one, see
 * its values and write its row only; a row changed in Excel since the pick is refused, never written.
 */
describe('MeasureView with two measures sharing an ID', () => {
  const dup = (extra: Record<string, string | number> = {}) =>
    operatingRow({ ID: 'D-002', Prioritet: 3, Tiltak: 'Husbank-lån', '2027': 300, ...extra });
  const shared = () =>
    canonicalSnapshot({
      operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' }), dup()],
    });
  const cellsWritten = (port: FakePort) =>
    port.edits.flatMap((e) => (e.kind === 'setCells' ? [`${e.origin}=${JSON.stringify(e.values)}`] : []));
  const pickSecond = () =>
    userEvent.selectOptions(
      screen.getByRole('combobox', { name: tp('nb', 'editExisting') }),
      'D-002 · Husbank-lån (rad 4)',
    );

  it('tells the two apart by their row in the drop-down, and leaves a unique ID as it was', async () => {
    await renderPane(new FakePort(shared()), 'measure');
    const select = screen.getByRole('combobox', { name: tp('nb', 'editExisting') });
    const labels = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(labels).toEqual([
      tp('nb', 'newMeasureOption'),
      'D-001 · Utvidelse miljøteam',
      'D-002 · Bostøtte (rad 3)',
      'D-002 · Husbank-lån (rad 4)',
    ]);
  });

  it('edits the second one: the form shows row 4, and the save writes row 4 only', async () => {
    const port = new FakePort(shared());
    await renderPane(port, 'measure');
    await pickSecond();
    expect(screen.getByRole('textbox', { name: /^Tiltak/ })).toHaveProperty('value', 'Husbank-lån');
    expect(screen.getByRole('textbox', { name: '2027' })).toHaveProperty('value', '300');
    await userEvent.clear(screen.getByRole('textbox', { name: /^Tiltak/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Startlån');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'saveMeasure') }));
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    // Tiltak is column E: row 4, and nothing on row 3 (the first D-002).
    expect(cellsWritten(port)).toEqual(['E4=[["Startlån"]]']);
  });

  it('moves the second one: rows 3 and 4 swap priorities 2 and 3', async () => {
    const port = new FakePort(shared());
    await renderPane(port, 'measure');
    await pickSecond();
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    await screen.findByText(tp('nb', 'measureMoved', { id: 'D-002' }));
    // Prioritet is column C. Moving the first D-002 up instead would write C2=2 and C3=1.
    expect(cellsWritten(port).sort()).toEqual(['C3=[[3]]', 'C4=[[2]]']);
  });

  it('follows the second one to the row a sort in Excel moved it to', async () => {
    const port = new FakePort(shared());
    await renderPane(port, 'measure');
    await pickSecond();
    port.snapshot = canonicalSnapshot({
      operating: [operatingRow(), dup(), operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' })],
    });
    await userEvent.clear(screen.getByRole('textbox', { name: '2030' }));
    await userEvent.type(screen.getByRole('textbox', { name: '2030' }), '900');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'saveMeasure') }));
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    // 2030 is column K; Husbank-lån is on row 3 now.
    expect(cellsWritten(port)).toEqual(['K3=[[900]]']);
  });

  it('writes nothing and says so when the row was changed in Excel since the pick', async () => {
    const port = new FakePort(shared());
    await renderPane(port, 'measure');
    await pickSecond();
    port.snapshot = canonicalSnapshot({
      operating: [
        operatingRow(),
        operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' }),
        dup({ Tiltak: 'Noe annet' }),
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    // The message names the row where the user must look: row 4 of «Tiltak drift» (not of «Tiltak investering»).
    const said = await screen.findByText(/flere tiltak har ID D-002/);
    expect(said.textContent).toContain('rad 4 på arket «Tiltak drift»');
    expect(port.applied).toHaveLength(0);
  });

  it('after a move, can move the same one again (picked anew on its row as written)', async () => {
    const port = new FakePort(shared());
    await renderPane(port, 'measure');
    await pickSecond();
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    await screen.findByText(tp('nb', 'measureMoved', { id: 'D-002' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: tp('nb', 'editExisting') })).toHaveProperty('value', '4'),
    );
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    await screen.findAllByText(tp('nb', 'measureMoved', { id: 'D-002' }));
    await waitFor(() => expect(port.applied).toHaveLength(2));
    // Now first in the section: row 4 gets 1, row 2 (D-001) 2.
    expect(cellsWritten(port).slice(2).sort()).toEqual(['C2=[[2]]', 'C4=[[1]]']);
  });
});

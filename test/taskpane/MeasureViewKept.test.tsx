/** @jest-environment jsdom */
/**
 * What she typed in Nytt tiltak and has not written is kept (review r26): over a move, which fills the form again
 * from the workbook, and while she looks at another tab. By hand: D-001 priority 1 on row 2, D-002 priority 2 on
 * row 3, 2030 (column K) = 2 400 in 1000 kr; Prioritet is column C.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const twoMeasures = () =>
  canonicalSnapshot({ operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' })] });
const cellsWritten = (port: FakePort) =>
  port.edits.flatMap((e) => (e.kind === 'setCells' ? [`${e.origin}=${JSON.stringify(e.values)}`] : []));
const picker = () => screen.getByRole('combobox', { name: tp('nb', 'editExisting') });
const y2030 = () => screen.getByRole('textbox', { name: '2030' });
const hint =
  'Flytt endrer bare rekkefølgen. Det du har skrevet i skjemaet, er ikke lagret ennå: trykk «Lagre endringer» for å lagre det.';

async function typeOnD002(): Promise<void> {
  await userEvent.selectOptions(picker(), 'D-002 · Bostøtte');
  expect(screen.queryByText(hint)).toBeNull();
  await userEvent.clear(y2030());
  await userEvent.type(y2030(), '2500');
}

describe('MeasureView keeps what she typed', () => {
  it('over a move: the priorities are written, the typed 2030 stays to save, and a save writes it alone', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await typeOnD002();
    expect(screen.getByText(hint)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    await screen.findByText(tp('nb', 'measureMoved', { id: 'D-002' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Prioritet' })).toHaveProperty('value', '1'));
    expect(cellsWritten(port).sort()).toEqual(['C2=[[2]]', 'C3=[[1]]']);
    expect([(y2030() as HTMLInputElement).value, screen.queryByText(hint) !== null]).toEqual(['2500', true]);
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'saveMeasure') }));
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    // The save writes 2030 alone: not the priority 2 the form was filled with before the move.
    await waitFor(() => expect(cellsWritten(port).slice(2)).toEqual(['K3=[[2500]]']));
    await waitFor(() => expect(screen.queryByText(hint)).toBeNull());
  });

  it('over a look at Kontroll: the measure picked and the typed 2030', async () => {
    await renderPane(new FakePort(twoMeasures()), 'measure');
    await typeOnD002();
    await userEvent.click(screen.getByRole('tab', { name: tp('nb', 'tabCheck') }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '2030' })).toBeNull());
    await userEvent.click(screen.getByRole('tab', { name: tp('nb', 'tabMeasure') }));
    await screen.findByRole('textbox', { name: '2030' });
    expect([(picker() as HTMLSelectElement).value, (y2030() as HTMLInputElement).value]).toEqual(['3', '2500']);
    expect(screen.getByText(hint)).toBeTruthy();
  });
});

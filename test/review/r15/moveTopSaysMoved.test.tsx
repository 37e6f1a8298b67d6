/** @jest-environment jsdom */
/**
 * Review r15: «Flytt opp» on the first measure of a section says «Tiltak D-001 er flyttet.» and moves nothing.
 *
 * The built-in example: D-001 «Utvidelse miljøteam …» is priority 1 in Samfunn og tjenester. She picks it under
 * «Rediger tiltak» and clicks «Flytt opp» (the button is enabled). What she sees: the green «Tiltak D-001 er
 * flyttet.» By hand nothing can move: D-001 stays 1, D-002 stays 2, and no cell is written (planMoveMeasure has no
 * neighbour above and plans no edit). She believes the order changed; the table, Sammendrag and the report show
 * the old one. The same goes for «Flytt ned» on the last measure of a section (D-011 in Organisasjon).
 *
 * Expected: the pane does not report a move that did not happen: the button is disabled at the top, or the
 * message says D-001 is already first.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exampleContent } from '../../../src/domain/example/example';
import { tp } from '../../../src/i18n/taskpane';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { FakePort } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

// Each test renders the pane and types a whole measure: on a loaded 2-core machine that passed 60 s once.
jest.setTimeout(120_000);

test('«Flytt opp» on D-001, first in its section, does not say it moved', async () => {
  const port = new FakePort(snapshotFromContent(exampleContent({ startYear: 2027 })));
  await renderPane(port, 'measure');
  const picker = screen.getByRole('combobox', { name: tp('nb', 'editExisting') });
  const d001 = screen.getByRole('option', { name: /^D-001 · / }) as HTMLOptionElement;
  await userEvent.selectOptions(picker, d001.value);
  const up = screen.getByRole('button', { name: tp('nb', 'moveUp') });
  if (!(up as HTMLButtonElement).disabled) {
    await userEvent.click(up);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  }
  // No cell was written: D-001 has nowhere to go.
  expect(port.edits.filter((e) => e.kind === 'setCells')).toEqual([]);
  expect(screen.queryByText(tp('nb', 'measureMoved', { id: 'D-001' }))).toBeNull();
});

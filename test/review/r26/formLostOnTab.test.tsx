/** @jest-environment jsdom */
/**
 * Review r26 (a budget officer filling in a new measure, Nytt tiltak): halfway through — Tiltak written, 2027 typed
 * «0,25» — she opens «Summer» to see what the frame has, and comes back to «Nytt tiltak». The pane renders only the
 * open tab (Pane's renderView), so the form was thrown away with the view: Tiltak and 0,25 are gone, without a word.
 * The same for a measure picked for editing with a change typed. Nothing she types may be lost without a word.
 *
 * By hand: after Nytt tiltak → Summer → Nytt tiltak the Tiltak field holds «Aktivitetsguide» and 2027 «0,25».
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../../src/i18n/taskpane';
import { canonicalSnapshot } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

test('a half-typed new measure survives a look at another tab', async () => {
  await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'measure');
  await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Aktivitetsguide');
  await userEvent.type(screen.getByRole('textbox', { name: '2027' }), '0,25');
  await userEvent.click(screen.getByRole('tab', { name: tp('nb', 'tabTotals') }));
  await screen.findByText(tp('nb', 'bySection'));
  await userEvent.click(screen.getByRole('tab', { name: tp('nb', 'tabMeasure') }));
  const tiltak = await screen.findByRole('textbox', { name: /^Tiltak/ });
  expect([
    (tiltak as HTMLInputElement).value,
    (screen.getByRole('textbox', { name: '2027' }) as HTMLInputElement).value,
  ]).toEqual(['Aktivitetsguide', '0,25']);
});

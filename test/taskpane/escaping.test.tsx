/** @jest-environment jsdom */
/**
 * Workbook strings are text, never markup (issue "Security"): a measure named <img src=x onerror=alert(1)>
 * and a section "&'<script> show as typed in every view that shows them, and no element comes of them.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import type { ViewName } from '../../src/taskpane/components/Pane';
import { HOSTILE_MEASURE, HOSTILE_TEXT, hostileSnapshot } from '../helpers/hostilePlan';
import { FakePort } from './fakePort';
import { renderPane } from './renderPane';

/** Elements whose own text contains `text` (as typed, not escaped). */
const shown = (text: string, root: HTMLElement = document.body) => within(root).queryAllByText(text, { exact: false });

/** Nothing the workbook said became an element or an event handler. */
function expectNoMarkup(container: HTMLElement): void {
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('[onerror]')).toBeNull();
}

async function renderHostile(view: ViewName) {
  const { container } = await renderPane(new FakePort(hostileSnapshot()), view);
  return container;
}

describe('workbook strings in the task pane', () => {
  it('Kontroll: findings quoting <img …> and "&\'<script> show them as text', async () => {
    const container = await renderHostile('check');
    const sheet = screen.getByRole('region', { name: 'Tiltak drift' });
    expect(shown(HOSTILE_MEASURE, sheet).length).toBeGreaterThan(0); // area-invalid quotes the plan area
    expect(shown(HOSTILE_TEXT, sheet).length).toBeGreaterThan(0); // section-invalid quotes the section
    expectNoMarkup(container);
  });

  it('Nytt tiltak: the measure picker lists <img …> as text, and editing loads it as a value', async () => {
    const container = await renderHostile('measure');
    const picker = screen.getByRole('combobox', { name: tp('nb', 'editExisting') });
    const option = within(picker).getByText(`D-001 · ${HOSTILE_MEASURE}`);
    expect(option).toBeTruthy();
    // The option itself: selectOptions matches text by innerHTML, where the markup shows escaped.
    await userEvent.selectOptions(picker, option);
    expect(screen.getByRole('textbox', { name: /^Tiltak/ })).toHaveProperty('value', HOSTILE_MEASURE);
    expect(screen.getByRole('textbox', { name: /^Kommentar/ })).toHaveProperty('value', HOSTILE_TEXT);
    expectNoMarkup(container);
  });

  it('Avstemming: an economy plan line with Ref <img …> shows the Ref as text', async () => {
    const container = await renderHostile('reconcile');
    expect(shown(HOSTILE_MEASURE).length).toBeGreaterThan(0);
    expectNoMarkup(container);
  });

  it('Summer: a section named "&\'<script> shows as a row header', async () => {
    const container = await renderHostile('totals');
    expect(screen.getAllByText(HOSTILE_TEXT).length).toBeGreaterThan(0);
    expectNoMarkup(container);
  });
});

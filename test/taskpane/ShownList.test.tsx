/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { ShownList } from '../../src/taskpane/components/ShownList';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const items = (n: number) => Array.from({ length: n }, (_, i) => <li key={i}>{`Punkt ${i + 1}`}</li>);

describe('ShownList', () => {
  it('shows 100 items at a time and says how many of how many are shown', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ShownList lang="nb">{items(250)}</ShownList>
      </FluentProvider>,
    );
    // 250 items: 100 at first, then 200, then all 250 (the last page is 50) and no button.
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText('Punkt 100')).toBeTruthy();
    expect(screen.queryByText('Punkt 101')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Vis flere (viser 100 av 250)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    await userEvent.click(screen.getByRole('button', { name: 'Vis flere (viser 200 av 250)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(250);
    expect(screen.getByText('Punkt 250')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('has no button when everything fits', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ShownList lang="en">{items(100)}</ShownList>
      </FluentProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('pages the findings of a sheet in Kontroll, every finding still reachable', async () => {
    // 130 measures, none with its Tiltak text: 130 errors on Tiltak drift, cells E2 … E131 (header in row 1).
    const operating = Array.from({ length: 130 }, (_, i) =>
      operatingRow({ ID: `D-${String(i + 1).padStart(3, '0')}`, Prioritet: i + 1, Tiltak: null }),
    );
    await renderPane(new FakePort(canonicalSnapshot({ operating })), 'check');
    const sheet = screen.getByRole('region', { name: 'Tiltak drift' });
    const findings = () => within(sheet).getAllByRole('button', { name: /^E\d+\s*:/ });
    expect(findings()).toHaveLength(100);
    expect(within(sheet).queryByRole('button', { name: /^E102\s*:/ })).toBeNull();
    await userEvent.click(
      within(sheet).getByRole('button', { name: tp('nb', 'showMore', { shown: 100, count: 130 }) }),
    );
    expect(findings()).toHaveLength(130);
    expect(within(sheet).getByRole('button', { name: /^E131\s*:/ })).toBeTruthy();
  });
});

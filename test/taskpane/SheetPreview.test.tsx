/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { SheetPreview } from '../../src/taskpane/browser/SheetPreview';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { operatingRow } from './fakePort';

describe('SheetPreview', () => {
  it.each([
    ['E2', 'Utvidelse miljøteam'],
    ['A1', 'ID'],
    ['H2', '600'],
  ])('shows the sheet with %s highlighted', (cell, text) => {
    const snapshot = canonicalSnapshot({ operating: [operatingRow()] });
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <SheetPreview lang="nb" snapshot={snapshot} selection={{ sheet: 'Tiltak drift', cell }} />
      </FluentProvider>,
    );
    expect(screen.getByRole('region', { name: tp('nb', 'preview', { sheet: 'Tiltak drift' }) })).toBeTruthy();
    const selected = container.querySelectorAll('td[data-selected]');
    expect(selected).toHaveLength(1);
    expect(selected[0]?.getAttribute('data-cell')).toBe(cell);
    expect(selected[0]?.textContent).toBe(text);
  });

  it('shows nothing for a sheet that does not exist', () => {
    const { container } = render(
      <SheetPreview lang="nb" snapshot={canonicalSnapshot()} selection={{ sheet: 'Finnes ikke', cell: 'A1' }} />,
    );
    expect(container.querySelector('table')).toBeNull();
  });

  it('shows a cell far down the sheet, in a window of 100 rows around it', () => {
    // 300 rows, «r1» … «r300» in column A.
    const sheet = { sheet: 'S', origin: 'A1', values: Array.from({ length: 300 }, (_, i) => [`r${i + 1}`]) };
    const { container } = render(
      <SheetPreview lang="nb" snapshot={{ sheets: [sheet], tables: [] }} selection={{ sheet: 'S', cell: 'A250' }} />,
    );
    const selected = container.querySelector('td[data-selected]');
    expect(selected?.getAttribute('data-cell')).toBe('A250');
    expect(selected?.textContent).toBe('r250');
    // From row 250 − 50 = 200, and 100 rows: 200 … 299.
    const rows = [...container.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(rows).toHaveLength(100);
    expect([rows[0], rows[99]]).toEqual(['200', '299']);
  });

  it('ends the window at the last row near the end of the sheet', () => {
    const sheet = { sheet: 'S', origin: 'A1', values: Array.from({ length: 300 }, (_, i) => [`r${i + 1}`]) };
    const { container } = render(
      <SheetPreview lang="nb" snapshot={{ sheets: [sheet], tables: [] }} selection={{ sheet: 'S', cell: 'A299' }} />,
    );
    // 299 − 50 = 249 would run past row 300; the last 100 rows are 201 … 300.
    const rows = [...container.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect([rows[0], rows[rows.length - 1], rows.length]).toEqual(['201', '300', 100]);
  });
});

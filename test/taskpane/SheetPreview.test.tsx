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
});

/** @jest-environment jsdom */
/**
 * The pane's Endringer view warns first when Beløpsenhet changed since the saved version but the amounts were not
 * converted (docs/spec.md §14). The version holds D-001 as typed in 1000 kr: 600 / 1 200 / 1 800 / 2 400,
 * Helårsvirkning 2 400, Nye midler 2 400 — 6 amounts. The workbook now says mill kr: left as typed, each of them is
 * 1000 times what it was (600 000 kr → 600 000 000 kr); converted (0,6 … 2,4), none changed.
 */
import { screen } from '@testing-library/react';
import { ct } from '../../src/i18n/compare';
import { canonicalSnapshot, withSavedVersion } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const adopted = canonicalSnapshot({ operating: [operatingRow()] });

/** nb-NO groups digits with no-break spaces: match with plain ones. */
const plain = (s: string | null | undefined): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const warning = (): HTMLElement | undefined =>
  screen
    .queryAllByText(
      (_, el) =>
        el?.tagName === 'DIV' &&
        plain(el.textContent).startsWith('Beløpsenheten er endret fra 1000 kr til mill kr, men'),
    )
    .find((el) => el.children.length === 0);

describe('ChangesView: Beløpsenhet changed since the saved version', () => {
  it('amounts left as typed: one warning above the summary, with the counts and the factor', async () => {
    await renderPane(
      new FakePort(withSavedVersion(adopted, canonicalSnapshot({ operating: [operatingRow()], unit: 'mill kr' }))),
      'changes',
    );
    await screen.findByText(`${ct('nb', 'changed')} (1)`);
    const bar = warning();
    expect(plain(bar?.textContent)).toContain('6 av 6 endrede beløp er 1 000 ganger så store som før.');
    // Above the summary line, and the plain sentence of the change of unit is not said as well.
    const status = screen.getByRole('status');
    expect(bar && bar.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText(ct('nb', 'unitChanged', { old: '1000 kr', new: 'mill kr' }))).toBeNull();
  });

  it('amounts converted: the change of unit said plainly, no warning', async () => {
    const mill = operatingRow({
      '2027': 0.6,
      '2028': 1.2,
      '2029': 1.8,
      '2030': 2.4,
      Helårsvirkning: 2.4,
      'Nye midler': 2.4,
    });
    await renderPane(
      new FakePort(withSavedVersion(adopted, canonicalSnapshot({ operating: [mill], unit: 'mill kr' }))),
      'changes',
    );
    expect(await screen.findByText(ct('nb', 'unitChanged', { old: '1000 kr', new: 'mill kr' }))).toBeTruthy();
    expect(warning()).toBeUndefined();
  });
});

/** @jest-environment jsdom */
/**
 * Endringer on a workbook whose settings table is not found (the Innstillinger sheet deleted): read from the
 * defaults its period and unit are made up, so the pane does not compare it (SPEC §14, as roll and Lagre versjon
 * refuse it, §11) and says why, naming the finding's cell; before, it listed changes from the guessed unit.
 */
import { screen } from '@testing-library/react';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { ct } from '../../src/i18n/compare';
import { canonicalSnapshot, withSavedVersion } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

/** Adopted in «mill kr»: D-001 as the fake's row (its amounts typed in mill kr). */
const adopted = canonicalSnapshot({ operating: [operatingRow()], settings: { Beløpsenhet: 'mill kr' } });

/** The same workbook with its Innstillinger sheet (and tblInnstillinger on it) deleted. */
function withoutSettings(wb: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.filter((s) => s.sheet !== 'Innstillinger'),
    tables: wb.tables.filter((t) => t.sheet !== 'Innstillinger'),
  };
}

describe("Endringer: the open plan's settings not found", () => {
  it('as saved: compared, nothing changed', async () => {
    await renderPane(new FakePort(withSavedVersion(adopted, adopted)), 'changes');
    expect(await screen.findByText(`${ct('nb', 'changed')} (0)`)).toBeTruthy();
    expect(screen.queryByText(/innstillingene ble ikke funnet/)).toBeNull();
  });

  it('the Innstillinger sheet deleted: not compared, the refusal names the cell', async () => {
    await renderPane(new FakePort(withoutSettings(withSavedVersion(adopted, adopted))), 'changes');
    const bar = await screen.findByText(/innstillingene ble ikke funnet \(Innstillinger!A1\)/);
    expect(bar.textContent).toContain('Sammenligner ikke før det er rettet');
    // No change list: from the defaults every amount would be 1000 times smaller than adopted.
    expect(screen.queryByText(`${ct('nb', 'changed')} (1)`)).toBeNull();
    expect(screen.queryByText(`${ct('nb', 'changed')} (0)`)).toBeNull();
  });
});

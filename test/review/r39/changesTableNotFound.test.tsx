/** @jest-environment jsdom */
/**
 * Review r39 — the pane's Endringer on a workbook whose investment table is not found (the sheet «Tiltak investering»
 * deleted, or renamed with its table), against the version adopted in June that holds it. Compared as read, every
 * investment of the version stood as removed and the investment totals went to 0, a cut nobody made. As the command
 * line (test/review/r39/compareTableNotFound.test.ts), the pane does not compare it and says why, naming the cell
 * of the finding (docs/spec.md §14).
 */
import { screen } from '@testing-library/react';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { ct } from '../../../src/i18n/compare';
import { canonicalSnapshot, withSavedVersion } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

/** The adopted plan: D-001 in Tiltak drift, I-001 (1 000, 2 000, 0, 0) in Tiltak investering. */
const adopted = canonicalSnapshot({
  operating: [operatingRow()],
  investment: [
    {
      ID: 'I-001',
      Seksjon: 'Samfunn og tjenester',
      Prioritet: 1,
      Tiltak: 'Fire småhus',
      Kostnadsstatus: 'Beregnet',
      Prosjektnr: 'P-1',
      Formål: 'Lokaler',
      Kostnadsramme: 3000,
      'Tidligere bevilget': 0,
      2027: 1000,
      2028: 2000,
      2029: 0,
      2030: 0,
      'Etter perioden': 0,
      Lån: 3000,
      Ansvarlig: 'Eiendomssjef',
      'Berørte planområder': 'Helse',
    },
  ],
});

/** The same workbook with its Tiltak investering sheet (and tblTiltakInvestering on it) deleted. */
function withoutInvestment(wb: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.filter((s) => s.sheet !== 'Tiltak investering'),
    tables: wb.tables.filter((t) => t.sheet !== 'Tiltak investering'),
  };
}

describe('Endringer: a table the saved version holds is not found in the open plan', () => {
  it('as saved: compared, nothing changed', async () => {
    await renderPane(new FakePort(withSavedVersion(adopted, adopted)), 'changes');
    expect(await screen.findByText(`${ct('nb', 'changed')} (0)`)).toBeTruthy();
    expect(screen.queryByText(/ble ikke funnet/)).toBeNull();
  });

  it('Tiltak investering deleted: not compared (no I-001 removed), the refusal names the cell', async () => {
    await renderPane(new FakePort(withoutInvestment(withSavedVersion(adopted, adopted))), 'changes');
    const bar = await screen.findByText(
      /en tabell eller kolonne som Vedtatt har, ble ikke funnet \(Tiltak investering!A1\)/,
    );
    expect(bar.textContent).toContain('Sammenligner ikke før det er rettet');
    // Seen: «Fjernede tiltak (1)» with I-001, investment 1 000 → 0 and 2 000 → 0.
    expect(screen.queryByText(`${ct('nb', 'removed')} (1)`)).toBeNull();
    expect(screen.queryByText(`${ct('nb', 'changed')} (0)`)).toBeNull();
  });
});

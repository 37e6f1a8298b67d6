/** @jest-environment jsdom */
/**
 * SPEC §4: an ID is never reused. The add form's next free ID skips the IDs on the archive and version sheets, which
 * a check does not read in Excel (hidden sheets, megabytes at 10 000 measures): the form reads the versions once
 * when it opens, as Endringer does. By hand: D-001 in the table, D-002 and D-003 on «Arkiv 2026–2029» → D-004.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReadScope } from '../../src/workbook/port';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const ARCHIVE = 'Arkiv 2026–2029';

/** A port that, as Excel's, lists the archive by name but reads none of its cells for a check. */
class ScopedPort extends FakePort {
  override async read(scope: ReadScope = 'check'): Promise<WorkbookSnapshot> {
    const wb = await super.read(scope);
    if (scope === 'versions' || scope === 'roll') return wb;
    return { ...wb, sheets: wb.sheets.map((s) => (s.sheet === ARCHIVE ? { ...s, values: [] } : s)) };
  }
}

function withArchive(): WorkbookSnapshot {
  const wb = canonicalSnapshot({ operating: [operatingRow()] });
  const archive = {
    sheet: ARCHIVE,
    origin: 'A1',
    values: [
      ['ID', 'Tiltak'],
      ['D-002', 'Kurs'],
      ['D-003', 'Kartlegging'],
    ],
  };
  return { ...wb, sheets: [...wb.sheets, archive] };
}

test('the add form offers D-004 when D-002 and D-003 went to an archive, and writes it', async () => {
  const port = new ScopedPort(withArchive());
  await renderPane(port, 'measure');
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'ID' })).toHaveProperty('value', 'D-004'));
  expect(port.scopes).toContain('versions');
  await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Ansvarlig/ }), 'Leder boligkontor');
  await userEvent.click(screen.getByRole('button', { name: tp('nb', 'addMeasure') }));
  await screen.findByText(tp('nb', 'measureAdded', { id: 'D-004' }));
});

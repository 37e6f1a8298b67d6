/**
 * As test/domain/read/versionSettingsRow.test.ts, the settings sheet renamed by the user («Oppsett»): the plan
 * finds its settings by the table tblInnstillinger wherever it stands, and so does the test of a saved version
 * (SPEC §14): the sheet tblInnstillinger stands on is the plan's own, never a version.
 *
 * By hand: no saved version in the workbook → findVersions = []; the plan still reads its period 2027–2030.
 */
import { findVersions } from '../../../src/domain/read/versionHeader';
import { readVersion } from '../../../src/domain/read/version';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

describe('a user row «Versjon» in tblInnstillinger on a sheet the user renamed', () => {
  const base = canonicalSnapshot({ operating: [operatingRow()], settings: { Versjon: 'Høringsutkast 1' } });
  const rename = (s: string) => (s === 'Innstillinger' ? 'Oppsett' : s);
  const wb: WorkbookSnapshot = {
    ...base,
    sheets: base.sheets.map((s) => ({ ...s, sheet: rename(s.sheet) })),
    tables: base.tables.map((t) => ({ ...t, sheet: rename(t.sheet) })),
  };

  it('reads the plan’s settings from it (the premise)', () => {
    const { settings } = readPlan(wb, { defaultStartYear: 2031 }).plan;
    expect([settings.startYear, settings.yearCount]).toEqual([2027, 4]);
  });

  it('is no saved version', () => {
    expect(findVersions(wb)).toEqual([]);
    expect(readVersion(wb, 'Oppsett')).toBeNull();
  });
});

/**
 * A plan whose own settings table carries a row of the user's named «Versjon» (the plan document's version, e.g.
 * "Høringsutkast 1"; the product keeps a user's own rows in tblInnstillinger). SPEC §14: a saved version is the
 * measure tables and the economy plan copied as values onto a sheet «Versjon <n>» under a small header; the
 * plan's own Innstillinger sheet is none. read/version.ts knows a version by its header only — "Innstilling |
 * Verdi" near the top with a «Versjon» row and a valid period and unit — which tblInnstillinger itself then
 * has: findVersions names «Innstillinger» as a saved version (`compare plan.xlsx --version-sheet X` lists it,
 * the pane offers it), and comparing against it reads an empty plan, so every measure of the plan is "new".
 *
 * By hand: the workbook has no saved version → findVersions = []; readVersion of «Innstillinger» = null.
 */
import { findVersions, isVersionSheet } from '../../../src/domain/read/versionHeader';
import { readVersion } from '../../../src/domain/read/version';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

describe('a user row «Versjon» in the plan’s own settings table', () => {
  const wb = canonicalSnapshot({ operating: [operatingRow()], settings: { Versjon: 'Høringsutkast 1' } });

  it('leaves the settings sheet what it is: no saved version in the workbook', () => {
    expect(findVersions(wb)).toEqual([]);
  });

  it('Innstillinger is not read as a version (nor left alone as one)', () => {
    const settings = wb.sheets.find((s) => s.sheet === 'Innstillinger');
    expect(settings && isVersionSheet(settings)).toBe(false);
    expect(readVersion(wb, 'Innstillinger')).toBeNull();
  });
});

/**
 * Roll forward of a plan whose own settings table carries a user's row «Versjon» (the plan document's version,
 * e.g. "Høringsutkast 1", kept in tblInnstillinger). carryArchives carries the old workbook's archives and saved
 * versions as values after the rolled workbook is written; it asked isVersionSheet, which took Innstillinger for
 * a saved version (an Innstilling/Verdi table with a «Versjon» row and a valid period), so the old settings were
 * written back over the rolled ones and the sheet hidden as a version.
 *
 * By hand: plan 2027–2030 rolled one year → first plan year 2028, four years; the Innstillinger sheet is not
 * carried (no edit hides it) and no version is found in the rolled workbook but the archive «Arkiv 2027–2030».
 */
import { carryArchives } from '../../../src/domain/rollover/carry';
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { readPlan } from '../../../src/domain/read/plan';
import { findVersions } from '../../../src/domain/read/versionHeader';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

describe('roll: a user row «Versjon» in the plan’s own settings table', () => {
  const wb = canonicalSnapshot({ operating: [operatingRow()], settings: { Versjon: 'Høringsutkast 1' } });
  const { plan } = readPlan(wb, { defaultStartYear: 2027 });

  it('does not carry Innstillinger as a saved version', () => {
    expect(carryArchives(wb, 'Arkiv 2027–2030')).toEqual([]);
  });

  it('the rolled workbook starts in 2028, its Innstillinger in view, the new archive its only version', () => {
    const { edits } = planRolledWorkbook(wb, plan, { date: '2027-12-01' });
    expect(edits.some((e) => e.kind === 'ensureSheet' && e.sheet === 'Innstillinger' && e.hidden === true)).toBe(false);
    const rolled = applyEdits(EMPTY_WORKBOOK, edits);
    const settings = readPlan(rolled, { defaultStartYear: 2027 }).plan.settings;
    expect([settings.startYear, settings.yearCount]).toEqual([2028, 4]);
    expect(findVersions(rolled).map((v) => v.sheet)).toEqual(['Arkiv 2027–2030']);
  });
});

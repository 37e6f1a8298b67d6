/**
 * A Prioritet the user typed as text ("høy": priority-invalid, for the user to settle) is kept as typed by a roll
 * forward (SPEC §11: IDs and priorities are kept), on its archive and on a saved version (SPEC §14: the plan as it
 * stood), as the roll keeps a "?" in an amount cell: never silently emptied.
 */
import { readPlan } from '../../../src/domain/read/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';
import { planSaveVersion } from '../../../src/domain/sheets/version';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

describe('a Prioritet typed as text', () => {
  const wb = canonicalSnapshot({ operating: [operatingRow({ Prioritet: 'høy' })] });
  const { plan } = readPlan(wb, { defaultStartYear: 2027 });
  // Prioritet is the third column of Tiltak drift (ID, Seksjon, Prioritet …) in the canonical layout and on a version.
  const priorityOn = (rows: readonly (readonly unknown[])[]) => rows.find((r) => r[0] === 'D-001')?.[2];

  it('stays "høy" in the rolled table', () => {
    expect(rollContent(plan).content.operating[0]?.values.priority).toBe('høy');
  });

  it('stays "høy" on the archive of the old period', () => {
    expect(priorityOn(rollContent(plan).archive.rows)).toBe('høy');
  });

  it('stays "høy" on a saved version', () => {
    const { edits } = planSaveVersion(wb, plan, { label: 'Vedtatt', date: '2027-06-01' });
    const cells = edits.find((e) => e.kind === 'setCells');
    expect(priorityOn(cells?.kind === 'setCells' ? cells.values : [])).toBe('høy');
  });

  it('a number stays a number (2 is 2, not "2")', () => {
    const two = readPlan(canonicalSnapshot({ operating: [operatingRow({ Prioritet: 2 })] }), {
      defaultStartYear: 2027,
    });
    expect(rollContent(two.plan).content.operating[0]?.values.priority).toBe(2);
  });
});

/**
 * Which workbook given as a plan is none (SPEC §15), as the reader leaves it: a workbook without either measure
 * table is not-a-plan and left out; one that lacks only one of them is a plan with a structural error
 * (sheet-missing) and is compared. Pins the decision through checkConsolidated, whatever consolidate decides it by.
 */
import { checkConsolidated } from '../../../src/domain/checkConsolidated';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, withoutSheet } from '../../helpers/workbook';

const opts = { defaultStartYear: 2027, render: (f: { code: string }) => f.code };

const plan = canonicalSnapshot({ settings: { Plannavn: 'Boligsosial handlingsplan' } });
const economy: WorkbookSnapshot = canonicalSnapshot({});

function check(other: WorkbookSnapshot) {
  const checked = checkConsolidated(
    [
      { wb: plan, file: 'bolig.xlsx' },
      { wb: other, file: 'annet.xlsx' },
    ],
    { wb: economy, file: 'okonomiplan.xlsx' },
    opts,
  );
  if (!checked) throw new Error('the economy plan workbook has tblOkonomiplan');
  const { consolidation } = checked;
  return {
    compared: consolidation.plans.map((p) => p.compared),
    about: consolidation.items.filter((i) => i.ref === 'annet.xlsx').map((i) => i.code),
  };
}

describe('not-a-plan from what the reader found (SPEC §15)', () => {
  it('neither Tiltak drift nor Tiltak investering: not-a-plan, nothing else said of it, not compared', () => {
    const none = withoutSheet(withoutSheet(canonicalSnapshot({}), 'Tiltak drift'), 'Tiltak investering');
    expect(check(none)).toEqual({ compared: [true, false], about: ['not-a-plan'] });
  });

  it('only Tiltak investering missing: a plan (without Plannavn), compared', () => {
    const half = withoutSheet(canonicalSnapshot({}), 'Tiltak investering');
    expect(check(half)).toEqual({ compared: [true, true], about: ['plan-name-missing'] });
  });

  it('only Tiltak drift missing: a plan, compared', () => {
    const half = withoutSheet(canonicalSnapshot({}), 'Tiltak drift');
    expect(check(half)).toEqual({ compared: [true, true], about: ['plan-name-missing'] });
  });
});

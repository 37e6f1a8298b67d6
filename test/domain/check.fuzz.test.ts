/**
 * Fuzzing of the whole check (reader + validator + totals + reconciliation, messages in every language):
 * 10 000 generated workbooks, 4 000 from scratch and 6 000 mutated from a canonical plan, never make it
 * throw, and every result is well-formed (test/helpers/checkInvariants.ts). Fixed seeds; on a failure
 * fast-check prints the seed, the path and the shrunk workbook, so the case can be replayed by adding
 * `path` to the options. The mutated plans must reach (nearly) every finding code and every
 * reconciliation class, so that the fuzzer keeps testing the rules and not only "table missing".
 * readPlan.property.test.ts holds the reader's own laws.
 */
import fc from 'fast-check';
import { checkSnapshot } from '../../src/domain/check';
import { SEVERITY } from '../../src/domain/model/finding';
import type { Lang } from '../../src/domain/model/report';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { explainReconciliation, renderFinding } from '../../src/i18n';
import { checkResultProblems } from '../helpers/checkInvariants';
import { mutatedPlan } from '../helpers/fuzzMutations';
import { scratchWorkbook } from '../helpers/fuzzWorkbook';

const SEED = 20260611;
const SCRATCH_RUNS = 4000;
const MUTATED_RUNS = 6000;

const lang = fc.constantFrom<Lang>('nb', 'nn', 'en');

/** What the runs reached: finding codes and reconciliation classes. */
interface Reach {
  readonly codes: Set<string>;
  readonly classes: Set<string>;
}

/** Runs the check as the CLI does and returns the broken rules (rendering every text on the way). */
function problemsOf(wb: WorkbookSnapshot, l: Lang, reach?: Reach): string[] {
  const result = checkSnapshot(wb, {
    file: 'fuzz.xlsx',
    defaultStartYear: 2027,
    render: (f, unit) => renderFinding(f, l, unit),
  });
  const unit = result.plan.settings.unit;
  const unexplained = result.report.reconciliation.filter((item) => explainReconciliation(item, l, unit).trim() === '');
  for (const f of result.report.issues) reach?.codes.add(f.code);
  for (const item of result.report.reconciliation) reach?.classes.add(item.class);
  return [...checkResultProblems(wb, result), ...unexplained.map((i) => `no explanation: ${i.code} ${i.ref}`)];
}

describe(`checkSnapshot fuzzing (seed ${SEED})`, () => {
  it(`${SCRATCH_RUNS} workbooks from scratch (seed ${SEED})`, () => {
    fc.assert(
      fc.property(scratchWorkbook, lang, (wb, l) => {
        expect(problemsOf(wb, l)).toEqual([]);
      }),
      { seed: SEED, numRuns: SCRATCH_RUNS },
    );
  });

  it(`${MUTATED_RUNS} mutated canonical plans (seed ${SEED + 1})`, () => {
    const reach: Reach = { codes: new Set(), classes: new Set() };
    fc.assert(
      fc.property(mutatedPlan, lang, ({ wb }, l) => {
        expect(problemsOf(wb, l, reach)).toEqual([]);
      }),
      { seed: SEED + 1, numRuns: MUTATED_RUNS },
    );
    expect(reach.codes.size).toBeGreaterThanOrEqual(Object.keys(SEVERITY).length - 4);
    expect([...reach.classes].sort()).toEqual([
      'match',
      'mismatch',
      'not-costed',
      'rounding',
      'sign',
      'timing',
      'unit-suspect',
    ]);
  });
});

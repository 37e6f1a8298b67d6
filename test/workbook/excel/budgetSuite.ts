/**
 * The payload budget of every operation (SPEC §13, issue 15) for one plan size, shared by budget.test.ts (10
 * and 1 000 measures) and budget10000.large.test.ts (10 000, in `npm run test:large`, which .ci/run runs).
 * Measured on the recording fake, which also fails any sync over 5 MB as Excel on the web does. The hook's
 * timeout only guards against a hang: 10 000 measures take minutes on a loaded machine, and no test here
 * depends on how long they take.
 */
import { OPERATIONS, runOperations, type Operation, type OperationCost } from './operations';

const FOUR_MB = 4_000_000;
const HANG_GUARD_MS = 20 * 60_000;

/** Syncs allowed per operation (SPEC §13): 3 for a small plan, 12 at 10 000 measures. */
const syncLimit = (n: number): number => (n <= 10 ? 3 : 12);

export function budgetSuite(n: number): void {
  describe(`the payload budget of every operation at ${n} measures`, () => {
    let costs: Record<Operation, OperationCost>;
    beforeAll(async () => {
      costs = await runOperations(n);
    }, HANG_GUARD_MS);

    it('keeps every request and response of every operation under 4 MB', () => {
      for (const op of OPERATIONS) expect([op, costs[op].largestBytes <= FOUR_MB]).toEqual([op, true]);
    });

    // At 10 000 among them the reads of a workbook with a saved version of all the measures (twice the cells):
    // Endringer reads the version only, roll forward the version and the measure tables, neither Sammendrag nor
    // Avstemming.
    it(`takes at most ${syncLimit(n)} syncs per operation`, () => {
      for (const op of OPERATIONS) expect([op, costs[op].syncs <= syncLimit(n)]).toEqual([op, true]);
    });

    it('reads before a write on a workbook with a saved version take no more syncs than without one', () => {
      expect(costs['read structure, saved version'].syncs).toBeLessThanOrEqual(costs['read for repair'].syncs);
    });

    it('prints the measurements', () => {
      const rows = OPERATIONS.map(
        (op) => `${op} | ${costs[op].syncs} / ${Math.round(costs[op].largestBytes / 1000)} kB`,
      );
      expect(rows).toHaveLength(OPERATIONS.length);
      process.stdout.write(`${n} measures:\n${rows.join('\n')}\n`);
    });
  });
}

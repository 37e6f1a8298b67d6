/**
 * Every operation of the task pane stays inside Excel on the web's payload cap (5 MB per request and per
 * response; our budget 4 MB) and takes a fixed number of syncs per block: at most 3 for a plan of 10
 * measures and at most 12 for 10 000 (SPEC §13, issue 15). Measured on the recording fake, which also fails
 * any sync over 5 MB as Excel on the web does.
 */
import { OPERATIONS, runOperations, type Operation, type OperationCost } from './operations';

const FOUR_MB = 4_000_000;

describe('the payload budget of every operation', () => {
  const bySize = new Map<number, Record<Operation, OperationCost>>();
  beforeAll(async () => {
    for (const n of [10, 1_000, 10_000]) bySize.set(n, await runOperations(n));
  }, 300_000);

  it.each([10, 1_000, 10_000])('keeps every request and response of every operation under 4 MB at %i measures', (n) => {
    const costs = bySize.get(n)!;
    for (const op of OPERATIONS) expect([op, costs[op].largestBytes <= FOUR_MB]).toEqual([op, true]);
  });

  it('takes at most 3 syncs per operation for 10 measures', () => {
    const costs = bySize.get(10)!;
    for (const op of OPERATIONS) expect([op, costs[op].syncs <= 3]).toEqual([op, true]);
  });

  // Among them the reads of a workbook with a saved version of all 10 000 measures (twice the cells): Endringer
  // reads the version only, roll forward the version and the measure tables, neither Sammendrag nor Avstemming.
  it('takes at most 12 syncs per operation for 10 000 measures', () => {
    const costs = bySize.get(10_000)!;
    for (const op of OPERATIONS) expect([op, costs[op].syncs <= 12]).toEqual([op, true]);
  });

  it('reads before a write on a workbook with a saved version take no more syncs than without one', () => {
    for (const n of [10, 1_000, 10_000]) {
      const costs = bySize.get(n)!;
      expect([n, costs['read structure, saved version'].syncs <= costs['read for repair'].syncs]).toEqual([n, true]);
    }
  });

  it('prints the measurements', () => {
    const rows = OPERATIONS.map((op) =>
      [
        op,
        ...[10, 1_000, 10_000].map(
          (n) => `${bySize.get(n)![op].syncs} / ${Math.round(bySize.get(n)![op].largestBytes / 1000)} kB`,
        ),
      ].join(' | '),
    );
    expect(rows).toHaveLength(OPERATIONS.length);
    process.stdout.write(`${rows.join('\n')}\n`);
  });
});

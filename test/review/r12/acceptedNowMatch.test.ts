/**
 * Review r12: a row she accepted whose difference is since gone (the item now a match) says «vurder på nytt» run
 * after run, on a row with nothing left to review.
 *
 * docs/spec.md §10 (tonight's 45dcc9e): «Akseptert» whose Avvik changed gets «Akseptert ved avvik …; avviket er nå …
 * — vurder på nytt.», kept until the Avvik is back to the accepted one or she clears Forklaring; for «Rettet» the
 * same section says «a match, or a difference within the tolerance, is what Rettet means, and gets no note». A match
 * is no difference to accept either: nothing is covered by her acceptance any more, and the check counts it as an
 * info (SPEC §10: match → info).
 *
 * The example (1000 kr): D-003 2030 new money 500 against the line Økonomiplan!J6 400, Avvik 100; she accepts it.
 * Finance then types 500 in J6: by hand 500 − 500 = 0, class match («Samsvar», Merknad). What she sees, every month
 * from then on: «Akseptert ved avvik 100; avviket er nå 0 — vurder på nytt.» on a green row. Expected: no note on
 * the match (as for «Rettet»), or at most once — not on the run after.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { acceptedThenLineTyped, ARGS, d003In2030 } from './acceptedD003';

describe('a kept «Akseptert» on an item that now matches (docs/spec.md §10)', () => {
  test('does not say «vurder på nytt» run after run', async () => {
    const io = testIo();
    // She accepts the Avvik of 100; finance corrects the line: D-003 2030 is 500 in the economy plan too.
    const file = await acceptedThenLineTyped(io, 500);

    // Two monthly runs after the correction.
    await main(ARGS, testIo({ cwd: io.cwd }));
    await main(ARGS, testIo({ cwd: io.cwd }));

    const now = await d003In2030(file);
    expect([now.cell('Avvik').value, now.cell('Klasse').value, now.cell('Status').value]).toEqual([
      0,
      'Samsvar',
      'Akseptert',
    ]);
    expect(String(now.cell('Forklaring').value)).not.toContain('vurder på nytt');
  });
});

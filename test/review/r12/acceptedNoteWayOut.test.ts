/**
 * Review r12: «Akseptert ved avvik 100; avviket er nå 200 — vurder på nytt.» asks her to look again but not how to
 * accept the new Avvik once she has: nothing she is told is hers to change stops the note, so it nags run after run.
 *
 * docs/spec.md §10 (tonight's 45dcc9e): the note «stays run after run until the Avvik is back to it or the user
 * clears the Forklaring cell to accept the Avvik now there». README: «`Avstemming` (`tblAvstemming`): the
 * reconciliation; only Status and Kommentar are yours». So the one way to accept is to empty a cell she is told is
 * the product's, and the note does not say so. What she does, as a budget officer who has looked at it and accepts
 * 200: leaves Status «Akseptert» (or picks it again from the drop-down) and writes «200 ok» in Kommentar. By hand,
 * the next run: accepted 100 (from the note), Avvik 200 → the same note again, every month.
 *
 * The example (1000 kr): D-003 2030 new money 500 against the line Økonomiplan!J6 400, Avvik 100; she accepts it;
 * finance types 300 in J6: Avvik 200. Expected: the note tells her how to accept the Avvik now there (the cell to
 * empty, or another way), so that it does not stay forever.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { acceptedThenLineTyped, ARGS, d003In2030 } from './acceptedD003';

describe('a kept «Akseptert» whose Avvik changed (docs/spec.md §10)', () => {
  test('the note says how to accept the Avvik now there, once she has looked at it', async () => {
    const io = testIo();
    // She accepts the Avvik of 100; finance types 300 for D-003 in 2030: the Avvik is 200.
    const file = await acceptedThenLineTyped(io, 300);
    expect(await main(ARGS, testIo({ cwd: io.cwd }))).toBe(1);

    // She looks at it, accepts 200: Status stays «Akseptert», Kommentar «200 ok». Two more monthly runs.
    let row = await d003In2030(file);
    row.cell('Kommentar').value = '200 ok';
    await row.wb.xlsx.writeFile(file);
    expect(await main(ARGS, testIo({ cwd: io.cwd }))).toBe(1);
    expect(await main(ARGS, testIo({ cwd: io.cwd }))).toBe(1);

    row = await d003In2030(file);
    const forklaring = String(row.cell('Forklaring').value);
    expect(forklaring.startsWith('Akseptert ved avvik 100; avviket er nå 200 — vurder på nytt.')).toBe(true);
    // The sentence names what she can do to accept 200 (e.g. empty the Forklaring cell).
    const note = forklaring.slice(0, forklaring.indexOf('Nye midler for D-003'));
    expect(note).toMatch(/Forklaring|Status|Kommentar/);
  });
});

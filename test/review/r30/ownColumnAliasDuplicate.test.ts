/**
 * Review r30 (medium, unclear message, exit status 1): a column of her own whose header happens to be an alias of a
 * product column the table already has is an error that says the column «appears twice» — it does not.
 *
 * What she does: beside Kommentar (U) she adds a column of her own «Merknad» (V: «ferdig i fjor» on D-002, «venter på
 * NAV» on D-004), a common word for a note in a municipality. `check plan.xlsx`.
 *
 * What happens: «Merknad» is an alias of Kommentar (schema.ts), so the reader takes V for a second Kommentar:
 * error `column-duplicate` at V1, «Kolonnen «Merknad» finnes to ganger. Gi den ene et annet navn eller slett den.»
 * There is one «Merknad» in the table; nothing says that the product reads it as Kommentar, or which one it reads.
 * The same for a column of hers named «Ramme» beside Rammeområde. The exit status is 1 (errors found).
 *
 * What a careful user expects: SPEC §2 «Unknown columns are kept and ignored»; §8: every finding a message in the
 * chosen language that she can act on. By hand: either her «Merknad» is her own column (Kommentar is U, named
 * exactly), no finding; or the message names the column it clashes with: «Merknad» (V1) is read as «Kommentar»,
 * which U1 already is.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { addOwnColumn, examplePkg } from './herTable';

interface Issue {
  readonly code: string;
  readonly cell: string;
  readonly message: string;
}

test.each([
  ['Merknad', 'Kommentar'],
  ['Ramme', 'Rammeområde'],
])(
  'her own column «%s» beside %s: no «appears twice», or the message names the product column',
  async (own, product) => {
    const { pkg, cwd } = await examplePkg();
    addOwnColumn(pkg, own, { 3: 'ferdig i fjor', 5: 'venter på NAV' });
    writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', '--format', 'json'], io);
    const issues = (JSON.parse(io.out()) as { issues: Issue[] }).issues;
    const duplicates = issues.filter((i) => i.code === 'column-duplicate');
    expect(duplicates.every((i) => i.message.includes(`«${product}»`))).toBe(true);
  },
);

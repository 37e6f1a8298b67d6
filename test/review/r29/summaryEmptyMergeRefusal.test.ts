/**
 * Review r29 (medium, file path): an empty range she merged inside omrSammendrag but outside every block — L18:L19,
 * beside «Nye midler per år» (A17:F20), no value in it — makes check --write refuse with «Sammendrag!L18 har innhold
 * som ikke er Tiltaksplans, der Tiltaksplan måtte skrive. Flytt innholdet og prøv igjen.» L18 has no content, the new
 * block writes nothing in column L of row 18 (Nye midler per år is six columns wide), and moving «the content» is
 * impossible: she cannot do what the message asks, and the write is refused run after run.
 *
 * Why wrong: SPEC §11 — the product writes around her cell or refuses with a message naming the cell; docs/spec.md
 * (as built): «a range she merged there is named too». A refusal must say what is in the way (her merged range
 * L18:L19) so she can act; or, since the file path keeps her cells as they are, the merge outside the product's cells
 * is simply kept.
 *
 * By hand: either ut.xlsx is written with <mergeCell ref="L18:L19"/> kept, or nothing is written and the message
 * names the merged range «L18:L19» (not «har innhold», which L18 has not).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

test('an empty merged L18:L19 beside Nye midler per år is kept, or the refusal names the merge', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  const summary = pkg.sheetPart('Sammendrag');
  expect(pkg.text(summary)).not.toContain('r="L18"');
  pkg.edit(summary, (x) =>
    x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="L18:L19"/></mergeCells>'),
  );
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const run = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], run);
  const out = path.join(io.cwd, 'ut.xlsx');
  if (existsSync(out)) {
    const done = new FixturePkg(new Uint8Array(readFileSync(out)));
    expect(done.text(done.sheetPart('Sammendrag'))).toContain('<mergeCell ref="L18:L19"/>');
    return;
  }
  const said = run.out() + run.err();
  expect([said.includes('L18:L19'), said.includes('L18 har innhold')]).toEqual([true, false]);
});

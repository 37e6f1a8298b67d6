/**
 * Review r28 (low–medium, check: advice that counts money twice): a row of bare sums with «----» in Tiltak is read
 * by `check` as a measure with a text, so it is not the total row it would be with the cell empty. The import now
 * treats a dash-only cell as no text when judging a total row (62f1611d, docs/spec.md §11: «----» is a placeholder,
 * SPEC §7), and the check's total-row check (validate/status.ts looksLikeTotal) shares the idea but not the dashes.
 *
 * What she did: `new plan.xlsx --example --start 2027`; in «Tiltak drift» row 4 (D-003) she cleared ID, Seksjon,
 * Prioritet, Ref., Type, Kostnadsstatus and Ansvarlig and typed under D-001 and D-002 their sums, as in the Word table
 * she came from, with «----» in Tiltak; `check plan.xlsx --format json`.
 *
 * By hand: H4 (2027) = H2 + H3, and so every amount of the row: the sums of the two measures above, no ID, priority
 * or Ref. — with Tiltak empty the check says the row looks like a total row («summeringsrad», delete it); with «----»
 * it must say the same. It says instead «velg Beregnet hvis beløpene stemmer» and «Gi det ID-en D-012»: following it
 * counts D-001 and D-002 twice in Sammendrag.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Report } from '../../../src/domain/model/report';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

/** The example with row 4 the sums of rows 2 and 3 and `label` in Tiltak: the messages at A4 and H4. */
async function sumRow(label: string): Promise<{ a4: string; h4: string }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
    const num = (ref: string) => Number(new RegExp(`<c r="${ref}"[^>]*><v>([^<]*)</v>`).exec(x)?.[1] ?? 0);
    const cells = label === '' ? [] : [`<c r="E4" t="inlineStr"><is><t>${label}</t></is></c>`];
    for (const col of ['H', 'I', 'J', 'K']) cells.push(`<c r="${col}4"><v>${num(`${col}2`) + num(`${col}3`)}</v></c>`);
    cells.push(/<c r="L4".*?<\/c>/.exec(x)?.[0] ?? '');
    for (const col of ['M', 'N', 'O', 'P', 'Q'])
      cells.push(`<c r="${col}4"><v>${num(`${col}2`) + num(`${col}3`)}</v></c>`);
    return x.replace(/<row r="4"([^>]*)>.*?<\/row>/, `<row r="4"$1>${cells.join('')}</row>`);
  });
  writeFileSync(file, pkg.bytes());
  await main(['check', 'plan.xlsx', '--format', 'json'], io);
  const issues = (JSON.parse(io.out()) as Report).issues;
  const message = (cell: string) => issues.find((i) => i.cell === cell)?.message ?? '';
  return { a4: message('A4'), h4: message('H4') };
}

test('with Tiltak empty the row of sums is a total row (the baseline)', async () => {
  const { a4, h4 } = await sumRow('');
  expect(a4).toContain('summeringsrad');
  expect(h4).toContain('summeringsrad');
});

test('with «----» in Tiltak the row of sums is a total row too, not a measure to mark Beregnet', async () => {
  const { a4, h4 } = await sumRow('----');
  expect(a4).toContain('summeringsrad');
  expect(h4).toContain('summeringsrad');
  expect(h4).not.toContain('velg Beregnet');
});

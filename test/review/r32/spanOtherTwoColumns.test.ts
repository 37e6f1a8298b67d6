/**
 * Review r32 — severity: low (a message that misleads). check's Sum periode span finding (read/periodSumSpan.ts) joins
 * every column counted that is not a year with ", " into ONE {other} parameter, which the text quotes as one column:
 * «Kolonnen «Sum periode» teller også med kolonnen «Herav lønn, Kommentar», som ikke er et år … Flytt «Herav lønn,
 * Kommentar» ut …». No column has that name; she looks for one and finds none. A header with a comma of its own
 * («Lønn, fast») makes the list unreadable either way.
 *
 * Hand-built: the example plan (tblTiltakDrift A:U, years H–K, Sum periode L, Kommentar U) with her «Herav lønn» in
 * V, then U and V dragged between 2028 (I) and 2029: A–I, Kommentar (J), Herav lønn (K), 2029 (L), 2030 (M),
 * Sum periode (N) = SUM(H:M) as Excel keeps the span. Expected: each column quoted on its own, «Kommentar» and
 * «Herav lønn» (in sheet order), never «Kommentar, Herav lønn» inside one pair of quotes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { addOwnColumn, examplePkg, moveColumns, recalculateSums } from '../r30/herTable';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

test('two columns counted between the years are named as two columns', async () => {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'U', 'V', ...LETTERS.slice(9, 20)]);
  recalculateSums(pkg, 'N', ['H', 'I', 'J', 'K', 'L', 'M']);
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  const io = testIo({ cwd });
  await main(['check', 'plan.xlsx', '--format', 'json', '--lang', 'nb'], io);
  const issues = (JSON.parse(io.out()) as { issues: { code: string; cell: string; message: string }[] }).issues;
  const span = issues.filter((i) => i.code === 'formula-overwritten');
  expect(span.map((i) => i.cell)).toEqual(['N2']);
  const message = span[0]?.message ?? '';
  expect(message).toContain('«Kommentar»');
  expect(message).toContain('«Herav lønn»');
});

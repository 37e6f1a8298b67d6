/**
 * Review r19: a one-off measure of a legacy table (its cost in the first year only, «----» after, Samlet kostnad =
 * that cost) is imported as Varig with Helårsvirkning = the cost, and the next roll puts that cost into the new year.
 *
 * What she did: Verdal's 6.1 (seeds/003) pasted from Word, with its row «2. Utarbeide boligplan for bosetting av
 * vanskeligstilte» costed as what it is, a one-off piece of work: Samlet kostnad 0,3, 2011 0,3, 2012–2014 «----»,
 * Endr. drift 0,3, the other financing «----». `import legacy.xlsx --out plan.xlsx`, then `roll plan.xlsx --out
 * rullert.xlsx`.
 *
 * What she sees: D-002 imported Type Varig, Helårsvirkning 300, years 300 / 0 / 0 / 0; `check` warns «Siste planår
 * (2014) har 0, men helårsvirkningen er 300. Et varig tiltak bør nå helårsvirkningen innen siste år; kontroller
 * beløpene.» (a contradiction the importer made); after the roll D-002 stands in 2012–2015 as 0 / 0 / 0 / 300: the
 * boligplan costs 300 000 kr again in 2015, a cost no one planned (with Nye midler it would be new money asked of the
 * economy plan). The import log says nothing about the kind («Beløp er oppgitt: Kostnadsstatus Beregnet.»).
 *
 * Why it is wrong: SPEC §4: Helårsvirkning is «yearly cost at full effect; 0 for Engangs», and a Varig measure's
 * last year should reach it; §11 roll: «Varig measures get their Helårsvirkning» in the new year, and «An Engangs
 * measure with no cost left in the new period leaves the tables». The importer already reads a row as Engangs when
 * its Samlet kostnad is 0 or empty (amounts.ts); a row whose Samlet kostnad equals its period sum with every year
 * after the first «----» is the same one-off, and only that reading makes the row add up without a warning.
 *
 * By hand: one-off, Type Engangs, Helårsvirkning 0, financing base = Sum periode = 300 = Endret drift 300 (§4);
 * rolled to 2012–2015 it has no cost left (2012–2014 are 0) and leaves the tables, so the rolled plan holds no 300 in
 * 2015 for D-002. Miljøteam (D-001, Varig, 2 400) gets 2 400 in 2015 as before.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import {
  D,
  driftRows,
  header61,
  headerMerges,
  importLegacyFile,
  miljoteam,
  writeLegacy,
  type Cell,
} from './legacyBook';

async function importedAndRolled() {
  const rows: Cell[][] = [
    ...header61(),
    ['SAMFUNN OG TJENESTER'],
    miljoteam(),
    [2, '2. Utarbeide boligplan for bosetting av vanskeligstilte', 0.3, 0.3, D, D, D, D, 0.3, D, D].concat([
      'Leder boligkontor',
      'Helse, velferd, pleie og omsorg',
    ]),
  ];
  const io = await writeLegacy(rows, [...headerMerges(1), 'A3:M3']);
  await importLegacyFile(io, 'plan.xlsx');
  const imported = await driftRows(io, 'plan.xlsx');
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], testIo({ cwd: io.cwd }))).toBe(0);
  expect(io.files()).toContain('rullert.xlsx');
  return { imported, rolled: await driftRows(io, 'rullert.xlsx') };
}

describe('a legacy one-off (cost in the first year only, Samlet kostnad = that cost) through import and roll', () => {
  test('control: miljøteam is Varig, Helårsvirkning 2 400, and gets 2 400 in 2015', async () => {
    const { imported, rolled } = await importedAndRolled();
    expect([imported.get('D-001')?.Type, imported.get('D-001')?.['Helårsvirkning']]).toEqual(['Varig', 2400]);
    expect(rolled.get('D-001')?.['2015']).toBe(2400);
    expect(imported.get('D-002')?.['2011']).toBe(300);
  });

  test('the one-off is imported Engangs with Helårsvirkning 0', async () => {
    const { imported } = await importedAndRolled();
    // Before the fix: ['Varig', 300].
    expect([imported.get('D-002')?.Type, imported.get('D-002')?.['Helårsvirkning']]).toEqual(['Engangs', 0]);
  });

  test('the rolled plan does not put the one-off’s 300 into 2015', async () => {
    const { rolled } = await importedAndRolled();
    // Before the fix: D-002 2012–2015 = 0 / 0 / 0 / 300.
    expect(rolled.get('D-002')?.['2015'] ?? 0).toBe(0);
  });
});

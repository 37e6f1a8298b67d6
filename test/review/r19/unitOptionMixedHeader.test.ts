/**
 * Review r19: `import --unit "1000 kr"` — the default spelled out — reads a legacy table's Mill kr financing 1 000
 * times too small when one financing column states its own unit.
 *
 * What she did: Verdal's 6.1 (seeds/003) pasted from Word: «Kostnad – Mill kr.» merged over the year columns,
 * «Samlet kostnad Mill. kr», and the one financing column whose heading the finance office had given its own unit,
 * «Endr. drift (1000 kr)»; Felles tiltak, Annen finansiering and «Øk. plan Nye midler» state none, as in the seed.
 * Miljøteam: 2,4 | 0,6 1,2 1,8 2,4 | ---- ---- ---- 2,4. Boligplan: 0,7 | 0,1 0,3 0,5 0,7 | ---- 200 ---- 0,5.
 * `import legacy.xlsx --out a.xlsx` and, wanting the workbook in 1000 kr, `import legacy.xlsx --out b.xlsx --unit
 * "1000 kr"`.
 *
 * What she sees: a.xlsx has Nye midler 2 400 and 500 (log: «Tabellhodet oppgir flere enheter (mill kr, 1000 kr);
 * kolonner uten egen enhet får mill kr.»). b.xlsx has Nye midler 2,4 and 0,5 (log: «… kolonner uten egen enhet får
 * 1000 kr.», «Enhet for «Øk. plan Nye midler»: 1000 kr (fra --unit).»), and `check b.xlsx` reports D-001's
 * financing «1000 ganger mindre enn Helårsvirkning» and D-002's «Finansieringen (200,5) er ikke lik Helårsvirkning
 * (700)». The same table, the same target unit, figures 1 000 apart depending on whether the default was typed.
 *
 * Why it is wrong: SPEC §11: an amount column with no unit of its own or of its group «takes the unit stated
 * elsewhere in the same table's header (in the seed's 6.1 the financing columns are Mill kr), or `--unit` when the
 * header states none»; the CLI's help says the same («enheten for beløp når tabellhodet ikke oppgir noen»). This
 * header states units, Mill kr for every cost column; --unit is also the new workbook's Beløpsenhet, and choosing
 * the workbook's unit must not change what the old table's figures mean.
 *
 * By hand: Nye midler of miljøteam 2,4 mill kr = 2 400 (1000 kr); of boligplan 0,5 mill kr = 500; Endret drift
 * 200 (1000 kr, its own unit) = 200; boligplan's financing 0 + 200 + 0 + 500 = 700 = Helårsvirkning 0,7 mill = 700.
 */
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

async function newMoney(extra: string[]): Promise<unknown[]> {
  const rows: Cell[][] = [
    ...header61({ reallocation: 'Endr. drift (1000 kr)' }),
    ['SAMFUNN OG TJENESTER'],
    miljoteam(),
    [2, '2. Utarbeide boligplan for bosetting av vanskeligstilte', 0.7, 0.1, 0.3, 0.5, 0.7, D, 200, D, 0.5].concat([
      'Leder boligkontor',
      'Helse, velferd, pleie og omsorg',
    ]),
  ];
  const io = await writeLegacy(rows, [...headerMerges(1), 'A3:M3']);
  await importLegacyFile(io, 'plan.xlsx', extra);
  const drift = await driftRows(io, 'plan.xlsx');
  return ['D-001', 'D-002'].flatMap((id) => [drift.get(id)?.['Endret drift'], drift.get(id)?.['Nye midler']]);
}

describe('import of a header with Mill kr costs and one financing column «(1000 kr)»', () => {
  test('control: without --unit, Endret drift 0 / 200 and Nye midler 2 400 / 500', async () => {
    expect(await newMoney([])).toEqual([0, 2400, 200, 500]);
  });

  test('--unit "1000 kr" (the default typed out) gives the same figures', async () => {
    // Before the fix: [0, 2.4, 200, 0.5].
    expect(await newMoney(['--unit', '1000 kr'])).toEqual([0, 2400, 200, 500]);
  });
});

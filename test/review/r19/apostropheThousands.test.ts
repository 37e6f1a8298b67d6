/**
 * Review r19: an amount typed «600'» (Norwegian shorthand for 600 tusen) in a legacy table is dropped from the
 * measure's year, and nothing but the import log says so.
 *
 * What she did: Verdal's 6.1 (seeds/003) as a Word table pasted into Excel, «Kostnad – Mill kr.» merged over the
 * year columns, and a second measure «5. Spredt bosetting for å oppnå trivsel og økt aktivitet.» whose 2011 cost was
 * typed «600'» (the other years 0,6; Samlet kostnad 0,6; Endr. drift 0,6). `import legacy.xlsx --out plan.xlsx`.
 *
 * What she sees: the log line «Teksten «600'» er ikke et beløp; den er flyttet til Kommentar.», the measure imported
 * as Beregnet with 2011 empty (I: –, 600, 600, 600), Kommentar «600'». `check plan.xlsx` then has no finding about
 * 2011 at all, and its drift total for 2011 is 600 (only miljøteam), not 1 200: 600 000 kr of the old plan's 2011
 * cost is gone from the totals, the reconciliation and every roll after it.
 *
 * Why it is wrong: SPEC §11 (import) reads a legacy table «converting units»; docs/spec.md §11 «An amount typed with
 * its own unit» reads «250 tusen» and «250 tkr» as that number in 1000 kr, whatever the column's unit. «600'» is the
 * same statement with the apostrophe budget officers use for thousands (600' = 600 tusen kr = 0,6 mill kr): an
 * amount with its own unit, not text.
 *
 * By hand: 600' = 600 000 kr = 600 in the imported 1000 kr workbook, as the 0,6 mill kr of 2012–2014 are (0,6 × 1 000
 * = 600). So D-002's years are 600 / 600 / 600 / 600, and the drift total for 2011 is 600 + 600 = 1 200.
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

const spredt = (y2011: Cell): Cell[] => [
  2,
  '5. Spredt bosetting for å oppnå trivsel og økt aktivitet.',
  0.6,
  y2011,
  0.6,
  0.6,
  0.6,
  D,
  0.6,
  D,
  D,
  'Leder boligkontor',
  null,
];

async function importedYears(y2011: Cell): Promise<unknown[]> {
  const rows: Cell[][] = [...header61(), ['SAMFUNN OG TJENESTER'], miljoteam(), spredt(y2011)];
  const io = await writeLegacy(rows, [...headerMerges(1), 'A3:M3']);
  await importLegacyFile(io, 'plan.xlsx');
  const d002 = (await driftRows(io, 'plan.xlsx')).get('D-002');
  expect(d002?.Tiltak).toBe('Spredt bosetting for å oppnå trivsel og økt aktivitet.');
  return ['2011', '2012', '2013', '2014'].map((y) => d002?.[y]);
}

describe("a legacy amount typed «600'» (600 tusen) in a Mill kr year column", () => {
  test('control: «0,6» typed as text is read as 0,6 mill kr = 600', async () => {
    expect(await importedYears('0,6')).toEqual([600, 600, 600, 600]);
  });

  test("«600'» is read as 600 tusen kr = 600 in 1000 kr, not dropped to Kommentar", async () => {
    // Before the fix: [null, 600, 600, 600] and Kommentar «600'».
    expect(await importedYears("600'")).toEqual([600, 600, 600, 600]);
  });
});

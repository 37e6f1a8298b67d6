/**
 * Review r42: the seed's tables 6.1 and 6.2 (seeds/003 section 6) through `import`, every figure, priority, ID, Ref,
 * financing, responsible and plan area against the seed, read by hand (a guard of what she would check first).
 *
 * By hand from the seed (SPEC §4, §5, §11): the amounts of 6.1 are Mill kr («Kostnad – Mill kr.» over the years,
 * «Samlet kostnad Mill. kr», the financing columns under no unit take the table's Mill kr), converted to the canonical
 * 1000 kr: 2,4 → 2 400, 0,6 → 600 and so on; «Samlet kostnad» is Helårsvirkning; «----» in the financing of a measure
 * with amounts is 0. 6.2's «Samlet kostnad Mill. kr.» 3 → Kostnadsramme 3 000 and its single «År» 2011 puts all of
 * it in 2011; its financing columns sit under «Finansiering (1000 kr)», so the seed's Lån 3 is 3 (1000 kr) as the
 * header says (the check then proposes the factor 1000). Sections from the capital rows, Ref. split from the text.
 */
import ExcelJS from 'exceljs';
import { scratchDir } from '../../cli/cliRun';
import { writeVerdalWalk } from './verdalScenario';

type Row = Record<string, unknown>;

async function rowsOf(file: string, sheet: string): Promise<Row[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const out: Row[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const o: Row = {};
    headers.forEach((h, c) => {
      const v = row.getCell(c).value as unknown;
      if (h !== '' && v !== null && v !== undefined && typeof v !== 'object') o[h] = v;
    });
    out.push(o);
  });
  return out;
}

const pick = (r: Row, keys: string[]): unknown[] => keys.map((k) => (r[k] === undefined ? null : String(r[k])));

test('every imported operating measure is the seed’s 6.1 row', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    const { plan } = await writeVerdalWalk(dir);
    const rows = await rowsOf(plan, 'Tiltak drift');
    const keys = ['ID', 'Seksjon', 'Prioritet', 'Ref.', 'Kostnadsstatus', '2011', '2012', '2013', '2014'];
    const money = ['Helårsvirkning', 'Felles tiltak', 'Endret drift', 'Annen finansiering', 'Nye midler'];
    const who = ['Ansvarlig', 'Berørte planområder'];
    const S = 'Samfunn og tjenester';
    const O = 'Organisasjon';
    const none = [null, null, null, null];
    expect(rows.map((r) => pick(r, keys))).toEqual([
      ['D-001', S, '1', '14', 'Beregnet', '600', '1200', '1800', '2400'],
      ['D-002', S, '2', '2', 'Ingen kostnad', ...none],
      ['D-003', S, '3', '4', 'Ingen kostnad', ...none],
      ['D-004', S, '4', '5', 'Ingen kostnad', ...none],
      ['D-005', O, '1', '1', 'Ingen kostnad', ...none],
      ['D-006', O, '2', '5', 'Ingen kostnad', ...none],
      ['D-007', O, '3', '2', 'Ingen kostnad', ...none],
      ['D-008', O, '4', '7', 'Ingen kostnad', ...none],
      ['D-009', O, '5', '3', 'Ingen kostnad', ...none],
    ]);
    expect(rows.map((r) => r['Tiltak'])).toEqual([
      'Utvidelse miljøteam: Trappes opp fra 1 til 5 årsverk innen 2015.',
      'Utarbeide boligplan for bosetting av vanskeligstilte',
      'Samordnet saksbehandling',
      'Spredt bosetting for å oppnå trivsel og økt aktivitet.',
      'Boligkontor – flytting av ressurser',
      'Etablere et bredt fagmiljø for helhetlig boligsosialt arbeid',
      'Årlige medvirkningsmøter om boligbehov med fagmiljøene',
      'Ta i bruk Bo Kart',
      'Styrke samhandlingen mellom bo oppfølgingstjenesten, NAV, Rusbehandling Midt/ Sykehuset Levanger, Namsmannen og Trondheim fengsel',
    ]);
    expect(pick(rows[0]!, money)).toEqual(['2400', '0', '0', '0', '2400']);
    const R = 'Rådmannen v/kommunalsjef velferd';
    const H = 'Helse, velferd, pleie og omsorg';
    expect(rows.map((r) => pick(r, who))).toEqual([
      [R, H],
      ['Leder boligkontor', null],
      [null, null],
      [null, null],
      [R, H],
      ['Leder boligkontor', null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  } finally {
    cleanup();
  }
});

test('every imported investment is the seed’s 6.2 row', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    const { plan } = await writeVerdalWalk(dir);
    const rows = await rowsOf(plan, 'Tiltak investering');
    const keys = ['ID', 'Prioritet', 'Ref.', 'Tiltak', 'Kostnadsstatus', 'Kostnadsramme', '2011', '2012', 'Lån'];
    expect(rows.map((r) => pick(r, keys))).toEqual([
      ['I-001', '1', '20', '4 Småhus', 'Beregnet', '3000', '3000', null, '3'],
      [
        'I-002',
        '2',
        null,
        'Behov for renovering eller kjøp er først kjent når boligplanen er utarbeidet',
        'Ukjent',
        null,
        null,
        null,
        null,
      ],
      ['I-003', '3', '10', 'Omsorgsboliger', 'Må utredes', null, null, null, null],
    ]);
    // The seed's «2012» of Omsorgsboliger (no amount) is kept, not lost.
    expect(String(rows[2]?.['Kommentar'])).toContain('2012');
    expect(rows.map((r) => r['Ansvarlig'] ?? null)).toEqual(['Rådmannen', 'v/kommunalsjef velferd', null]);
  } finally {
    cleanup();
  }
});

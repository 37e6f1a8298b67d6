/**
 * Review (finance officer): after `roll`, tblOkonomiplan has a new last year (2031) with no amount on any line until
 * finance types it. SPEC §7: an empty amount cell is not given, not 0. So 2031 is not reconciled yet — no «økonomiplanen
 * 0», no «rammen er 0 … Reduser tiltakene» — and a warning at 2031's header cell says so once
 * (economy-plan-year-empty). The years that are typed are reconciled as before.
 *
 * By hand, the example rolled to 2028–2031 (1000 kr; Økonomiplan!G–J = 2028–2031, J empty on every line):
 * - D-001: new money 1 200 / 1 800 / 2 400 (= its costs, Nye midler = Helårsvirkning), line 1 200 / 1 800 / 2 400: match.
 * - D-003: 700 a year × 500/700 = 500; line 500 / 500 / 400: 2030 Δ 100; 2028–2030 sums 1 500 against 1 400: mismatch.
 * - D-005: 800 × 400/800 = 400; line 400 / 400 / 600: 2030 Δ −200; sums 1 200 against 1 400: mismatch.
 * - D-011: 200 a year, no line: measure-not-in-economy-plan with 800 (it reads no economy plan year: kept).
 * - R3 (D-001 + D-005 + D-011): 1 800 / 2 400 / 3 000 against its Ramme 1 800 / 2 400 / 3 000: match. R4 (D-003):
 *   500 against 500: match. R1: 0 against 0: match.
 * - Errors: D-003 2030, D-005 2030 and D-011; warnings: the two lines without measure (D-009, ØP23-117).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

type Issue = { code: string; severity: string; sheet: string; cell: string; message: string };
type Item = {
  code: string;
  class: string;
  severity: string;
  ref: string;
  year?: number;
  measures: number;
  economyPlan: number;
  message?: string;
};
type Doc = { summary: { errors: number; warnings: number }; issues: Issue[]; reconciliation: Item[] };

/** The example (2027–2030) rolled to 2028–2031 as `out`, then what `type` does to its sheets; the folder. */
async function rolled(type?: (wb: ExcelJS.Workbook) => void, out = 'plan.xlsx', cwd?: string): Promise<string> {
  const io = testIo(cwd === undefined ? {} : { cwd });
  expect(await main(['new', `ex-${out}`, '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['roll', `ex-${out}`, '--out', out], io)).toBe(0);
  if (type !== undefined) {
    const file = path.join(io.cwd, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    type(wb);
    await wb.xlsx.writeFile(file);
  }
  return io.cwd;
}

async function checkJson(cwd: string, lang = 'nb', file = 'plan.xlsx'): Promise<Doc> {
  const io = testIo({ cwd });
  await main(['check', file, '--format', 'json', '--lang', lang], io);
  return JSON.parse(io.out()) as Doc;
}

const key = (i: Item) => `${i.code} ${i.ref} ${i.year ?? ''} ${i.class}`;

describe('the example rolled, 2031 not typed in the economy plan', () => {
  it('reconciles nothing of 2031, says so once at its header, and reconciles 2028–2030 as before', async () => {
    const doc = await checkJson(await rolled());
    expect(doc.issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.cell}`)).toEqual([
      'economy-plan-year-empty warning Økonomiplan!J1',
    ]);
    expect(doc.reconciliation.filter((i) => i.year === 2031)).toEqual([]);
    expect(doc.reconciliation.filter((i) => i.severity === 'error').map(key)).toEqual([
      'measure-new-money D-003 2030 mismatch',
      'measure-new-money D-005 2030 mismatch',
      'measure-not-in-economy-plan D-011  mismatch',
    ]);
    expect(doc.summary).toEqual(expect.objectContaining({ errors: 3, warnings: 3 }));
    const r3 = doc.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R3');
    expect(r3.map((i) => [i.year, i.class, i.measures, i.economyPlan])).toEqual([
      [2028, 'match', 1_800_000, 1_800_000],
      [2029, 'match', 2_400_000, 2_400_000],
      [2030, 'match', 3_000_000, 3_000_000],
    ]);
    const d003 = doc.reconciliation.find((i) => i.ref === 'D-003' && i.year === 2030);
    expect([d003?.measures, d003?.economyPlan]).toEqual([500_000, 400_000]);
    // D-011 has no line: its 200 a year over 2028–2031 is what the line must hold.
    expect(doc.reconciliation.find((i) => i.ref === 'D-011')?.measures).toBe(800_000);
  });

  it.each([
    ['nb', 'Økonomiplanen har ingen beløp for 2031 ennå: 2031 avstemmes når tallene er lagt inn.'],
    ['nn', 'Økonomiplanen har ingen beløp for 2031 enno: 2031 blir avstemt når tala er lagde inn.'],
    ['en', 'The economy plan has no amounts for 2031 yet: 2031 is reconciled once they are entered.'],
  ])('%s: the one warning says 2031 waits for its figures', async (lang, text) => {
    const doc = await checkJson(await rolled(), lang);
    expect(doc.issues.map((i) => i.message)).toEqual([text]);
  });

  it('the text report says no comparison of 2031 was made, and quotes no 0 for it', async () => {
    const cwd = await rolled();
    const io = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx'], io)).toBe(1);
    const text = io.out().replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Økonomiplanen har ingen beløp for 2031 ennå: 2031 avstemmes når tallene er lagt inn.');
    expect(text).not.toContain('økonomiplanen 0');
    expect(text).not.toContain('rammen i økonomiplanen er 0');
    expect(text).toContain('Sammenligningene for 2031 er ikke gjort: de gjøres når økonomiplanen har beløp for 2031');
  });

  it('D-009’s line (0 / 0 / 0, 2031 empty; D-009 left the tables) is 0 in 2028–2030, not «0 i alle år»', async () => {
    const io = testIo({ cwd: await rolled() });
    await main(['check', 'plan.xlsx'], io);
    const d009 = io
      .out()
      .split('\n')
      .find((l) => l.includes(' D-009 '));
    expect(d009).toMatch(
      / Økonomiplanlinjen D-009 \(0\) svarer ikke til noe tiltak eller prosjekt\. Linjen er 0 i 2028–2030, og de andre årene er tomme: gjaldt den et tiltak som er avsluttet, kan den slettes\. Ellers kontroller Ref på linjen\.$/,
    );
  });

  it('judges timing by the years typed: a shift between 2029 and 2030 is Periodisering, not Avvik', async () => {
    // D-001's line typed 1 200 / 2 400 / 1 800: the 2028–2030 sums agree (5 400 both), so 2029 and 2030 are timing.
    // Counted with 2031 as 0 the sums would be 7 800 against 5 400: mismatch.
    const cwd = await rolled((wb) => {
      const ep = wb.getWorksheet('Økonomiplan')!;
      expect([ep.getCell('C5').value, ep.getCell('H5').value, ep.getCell('I5').value]).toEqual(['D-001', 1800, 2400]);
      ep.getCell('H5').value = 2400;
      ep.getCell('I5').value = 1800;
    });
    const doc = await checkJson(cwd);
    const d001 = doc.reconciliation.filter((i) => i.code === 'measure-new-money' && i.ref === 'D-001');
    expect(d001.map((i) => `${i.year} ${i.class}`)).toEqual(['2028 match', '2029 timing', '2030 timing']);
  });

  it('roll itself says 2031 is reconciled once the figures are typed, not that every amount will be a difference', async () => {
    const io = testIo();
    expect(await main(['new', 'ex.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    expect(await main(['roll', 'ex.xlsx', '--out', 'plan.xlsx'], io)).toBe(0);
    expect(io.out()).toContain(
      'Økonomiplanen har ingen beløp for 2031 ennå: kontrollen avstemmer ikke 2031 før tallene fra den nye ' +
        'økonomiplanen er lagt inn.',
    );
    expect(io.out()).not.toContain('meldt som avvik');
  });
});

describe('what the sheets say of a year not typed', () => {
  it('Sammendrag’s note on top says 2031 is reconciled once the economy plan has its figures', async () => {
    const cwd = await rolled();
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd }))).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(cwd, 'plan.xlsx'));
    expect(String(wb.getWorksheet('Sammendrag')!.getCell('A7').value)).toMatch(
      / Økonomiplanen har ingen beløp for 2031 ennå \(se kontrollen\): tiltakene i 2031 avstemmes når tallene er lagt inn\.$/,
    );
  });

  it('a row accepted on Avstemming whose item waits for a year’s figures is told so, not that its item is gone', async () => {
    // The example (2027–2030) checked and written; P-4102's Tilskudd (13 500 against its lines 4 500 + 9 000) accepted.
    // Then the whole 2030 column of Økonomiplan emptied: project-financing adds up every plan year, so it waits.
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
    const file = path.join(io.cwd, 'plan.xlsx');
    const rowOf = (sheet: ExcelJS.Worksheet) => {
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const at = (r: number, h: string) => sheet.getRow(r).getCell(header.indexOf(h) + 1);
      for (let r = 2; r <= sheet.rowCount; r++)
        if (at(r, 'Ref').value === 'P-4102' && at(r, 'Finansieringskilde').value === 'Tilskudd')
          return (h: string) => at(r, h);
      throw new Error('no P-4102 Tilskudd row');
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    rowOf(wb.getWorksheet('Avstemming')!)('Status').value = 'Akseptert';
    const ep = wb.getWorksheet('Økonomiplan')!;
    expect(ep.getCell('J1').value).toBe('2030');
    for (let r = 2; r <= 23; r++) ep.getCell(`J${r}`).value = null;
    await wb.xlsx.writeFile(file);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(file);
    const row = rowOf(again.getWorksheet('Avstemming')!);
    expect(row('Status').value).toBe('Akseptert');
    expect(String(row('Forklaring').value)).toMatch(
      /^Ikke avstemt i denne kjøringen: økonomiplanen har ingen beløp for året ennå, og sammenligningene som bruker det, gjøres når tallene er lagt inn\./,
    );
  });
});

describe('one cell of a typed year left empty (the example, 2027–2030)', () => {
  async function oneCellEmpty(cells: readonly string[]): Promise<Doc> {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    const file = path.join(io.cwd, 'plan.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ep = wb.getWorksheet('Økonomiplan')!;
    expect([ep.getCell('C5').value, ep.getCell('J5').value, ep.getCell('D2').value, ep.getCell('J2').value]).toEqual([
      'D-001',
      2400,
      'R3',
      3000,
    ]);
    for (const c of cells) ep.getCell(c).value = null;
    await wb.xlsx.writeFile(file);
    const check = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--format', 'json'], check);
    return JSON.parse(check.out()) as Doc;
  }

  it('D-001’s 2030 cell empty: still a difference (the line carries nothing), told as an empty cell, not a 0', async () => {
    // By hand: D-001 needs 2 400 in 2030; its line's 2030 cell (J5) is empty while the other lines have 2030.
    const doc = await oneCellEmpty(['J5']);
    expect(doc.issues.filter((i) => i.code === 'economy-plan-year-empty')).toEqual([]);
    const item = doc.reconciliation.find((i) => i.ref === 'D-001' && i.year === 2030);
    expect([item?.class, item?.severity, item?.measures, item?.economyPlan]).toEqual([
      'mismatch',
      'error',
      2_400_000,
      0,
    ]);
  });

  it.each([
    [
      'J5',
      'D-001',
      'Nye midler for D-001 i 2030: tiltaksplanen har 2 400, økonomiplanen har ikke noe beløp for 2030 (tom celle)',
    ],
    [
      'J2',
      'R3',
      'Nye midler i rammeområde R3 i 2030: tiltakene har 3 000, rammen i økonomiplanen har ikke noe beløp for 2030 (tom celle)',
    ],
  ])('%s empty: the Forklaring of %s 2030 says the cell is empty, not 0', async (cell, ref, start) => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    const file = path.join(io.cwd, 'plan.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Økonomiplan')!.getCell(cell).value = null;
    await wb.xlsx.writeFile(file);
    const check = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx'], check);
    const line = check
      .out()
      .replace(/[\u00a0\u202f]/g, ' ')
      .split('\n')
      .find((l) => l.includes(` ${ref} `) && l.includes(' 2030 '));
    expect(line).toContain(start);
    expect(line).not.toMatch(/økonomiplanen 0|er 0:/);
  });
});

describe('a consolidation against a rolled economy plan whose 2031 is not typed', () => {
  it('leaves 2031 out of the plan’s items and the frames, and says it once among the economy plan’s findings', async () => {
    const cwd = await rolled();
    await rolled(undefined, 'okonomiplan.xlsx', cwd);
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--format', 'json'], io);
    const doc = JSON.parse(io.out()) as {
      reports: Doc[];
      consolidation: {
        items: Item[];
        issues: Issue[];
        total: { economyPlan: Record<string, number | null> };
      };
    };
    const plan = doc.reports[0] as Doc;
    expect(plan.reconciliation.filter((i) => i.year === 2031)).toEqual([]);
    // The plan's items of 2028–2030 as in its own check (above): D-003 and D-005 2030 differ.
    expect(plan.reconciliation.filter((i) => i.severity === 'error').map(key)).toEqual([
      'measure-new-money D-003 2030 mismatch',
      'measure-new-money D-005 2030 mismatch',
      'measure-not-in-economy-plan D-011  mismatch',
    ]);
    expect(doc.consolidation.items.filter((i) => i.year === 2031)).toEqual([]);
    expect(doc.consolidation.items.filter((i) => i.code === 'frame-total' && i.ref === 'R3').map(key)).toEqual([
      'frame-total R3 2028 match',
      'frame-total R3 2029 match',
      'frame-total R3 2030 match',
    ]);
    expect(doc.consolidation.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual([
      'economy-plan-year-empty Økonomiplan!J1',
    ]);
    // Its total of new money per year: 2031 not typed, so null (not read), not 0.
    expect(doc.consolidation.total.economyPlan['2031']).toBeNull();
  });

  it('a plan rolled with its own 2031 empty, against finance’s workbook with 2031 typed: 2031 reconciled, no warning', async () => {
    // The plan's own Økonomiplan is not what a consolidation reconciles (SPEC §15). Finance's workbook: the rolled
    // example with 2031 typed as its 2030 (column J = column I). By hand, D-001's new money in 2031 is 2 400 (its
    // cost, Nye midler = Helårsvirkning) against 2 400: a match.
    const cwd = await rolled();
    await rolled(
      (wb) => {
        const ep = wb.getWorksheet('Økonomiplan')!;
        expect([ep.getCell('I1').value, ep.getCell('J1').value]).toEqual(['2030', '2031']);
        for (let r = 2; r <= 23; r++) ep.getCell(`J${r}`).value = ep.getCell(`I${r}`).value;
      },
      'okonomiplan.xlsx',
      cwd,
    );
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--format', 'json'], io);
    const doc = JSON.parse(io.out()) as { reports: Doc[]; consolidation: { issues: Issue[] } };
    const plan = doc.reports[0] as Doc;
    expect(plan.issues.filter((i) => i.code === 'economy-plan-year-empty')).toEqual([]);
    expect(doc.consolidation.issues.filter((i) => i.code === 'economy-plan-year-empty')).toEqual([]);
    const d001 = plan.reconciliation.find((i) => i.ref === 'D-001' && i.year === 2031);
    expect([d001?.class, d001?.measures, d001?.economyPlan]).toEqual(['match', 2_400_000, 2_400_000]);
  });
});

describe('an economy plan whose lines have Refs but no amounts at all (the example rolled, every amount deleted)', () => {
  const emptied = (columns: readonly string[]) => (wb: ExcelJS.Workbook) => {
    const ep = wb.getWorksheet('Økonomiplan')!;
    expect(['G1', 'H1', 'I1', 'J1'].map((c) => ep.getCell(c).value)).toEqual(['2028', '2029', '2030', '2031']);
    for (const col of columns) for (let r = 2; r <= 23; r++) ep.getCell(`${col}${r}`).value = null;
  };

  it.each([
    ['nb', 'Økonomiplanen har ingen beløp ennå: 2028–2031 avstemmes når tallene er lagt inn.'],
    ['nn', 'Økonomiplanen har ingen beløp enno: 2028–2031 blir avstemt når tala er lagde inn.'],
    ['en', 'The economy plan has no amounts yet: 2028–2031 are reconciled once they are entered.'],
  ])('%s: one warning at the first year header, not one per year', async (lang, text) => {
    const doc = await checkJson(await rolled(emptied(['G', 'H', 'I', 'J'])), lang);
    const empty = doc.issues.filter((i) => i.code === 'economy-plan-year-empty');
    expect(empty.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.message}`)).toEqual([
      `warning Økonomiplan!G1 ${text}`,
    ]);
    // Nothing of any year compared: only what reads no economy plan year (lines without measure, D-011) is left.
    expect(doc.reconciliation.filter((i) => i.year !== undefined)).toEqual([]);
  });

  it('2030 and 2031 empty: one warning per year, as before', async () => {
    const doc = await checkJson(await rolled(emptied(['I', 'J'])));
    const empty = doc.issues.filter((i) => i.code === 'economy-plan-year-empty');
    expect(empty.map((i) => `${i.cell} ${i.message}`)).toEqual([
      'I1 Økonomiplanen har ingen beløp for 2030 ennå: 2030 avstemmes når tallene er lagt inn.',
      'J1 Økonomiplanen har ingen beløp for 2031 ennå: 2031 avstemmes når tallene er lagt inn.',
    ]);
  });
});

describe('the sentence that project financing waits too (it adds up every plan year)', () => {
  const reportText = async (cwd: string) => {
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx'], io);
    return io.out().replace(/[\u00a0\u202f]/g, ' ');
  };
  const FINANCING = 'Det samme gjelder finansieringen av prosjektene, som summerer alle planårene.';

  it('is said when a comparison of it waits: P-4102 (nothing before or after the period) has Finansiering lines', async () => {
    // By hand: rolled, P-4102's Tidligere bevilget stays 0 (its 2027 was 0), so its financing is compared: it waits.
    const text = await reportText(await rolled());
    expect(text).toContain(
      `Sammenligningene for 2031 er ikke gjort: de gjøres når økonomiplanen har beløp for 2031 (se funnene). ${FINANCING}`,
    );
  });

  it('is said in a consolidation by the economy plan it used (the rolled example as finance’s workbook)', async () => {
    const cwd = await rolled();
    await rolled(undefined, 'okonomiplan.xlsx', cwd);
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', '--economy-plan', 'okonomiplan.xlsx'], io);
    expect(io.out().replace(/[\u00a0\u202f]/g, ' ')).toContain(`(se funnene). ${FINANCING}`);
  });

  it('is not said when no project is reconciled with lines (every Investering line deleted)', async () => {
    // By hand: no project has a Tiltak or Finansiering line, so none is compared per source (measure-not-in-economy-plan).
    const cwd = await rolled((wb) => {
      const ep = wb.getWorksheet('Økonomiplan')!;
      expect([ep.getCell('A10').value, ep.getCell('A23').value, ep.getCell('A24').value]).toEqual([
        'Investering',
        'Investering',
        null,
      ]);
      for (let r = 10; r <= 23; r++) for (const c of 'ABCDEFGHIJK') ep.getCell(`${c}${r}`).value = null;
    });
    const text = await reportText(cwd);
    expect(text).toContain(
      'Sammenligningene for 2031 er ikke gjort: de gjøres når økonomiplanen har beløp for 2031 (se funnene).',
    );
    expect(text).not.toContain(FINANCING);
  });
});

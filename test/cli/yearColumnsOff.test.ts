/**
 * Review (w115): Første planår typed 2028 by hand (no roll) in the built-in example, its year headers still
 * 2027–2030. The year-columns errors were right, but then came findings with figures the user cannot find in her
 * sheet: «Finansieringen (300) er ikke lik Sum periode (0)» at Tiltak drift!L3 where Sum periode shows 300 (2027 not
 * read, 2031 read as 0), «Siste planår (2031) har 0 …» for five Varig measures, investment-phasing on three projects,
 * and ten reconciliation errors. SPEC §8: a table whose year headers are not the period has its rules on the amounts
 * per year left out (they wait for the headers, as the year-columns message now says), and so have the reconciliation
 * items that read them; every other rule is collected as before.
 *
 * By hand, on the example (1000 kr): D-001 (row 2) is Varig, Helårsvirkning 2 400 (M2), Nye midler 2 400 (Q2). Typed
 * Nye midler 2 300 its financing (2 300) differs from its base, Helårsvirkning (2 400), whatever the years: that
 * financing-sum at M2 stays, and so does an Ansvarlig emptied (R2).
 */
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main';
import { checkSnapshot } from '../../src/domain';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { exampleTyped } from './exampleTyped';
import { testIo } from './testIo';

type Issue = { code: string; sheet: string; cell: string; message: string };
type Item = { code: string; ref: string; economyPlan: number; class: string };
type Doc = {
  summary: { errors: number; warnings: number };
  issues: Issue[];
  reconciliation: Item[];
  totals: { yearsNotRead?: unknown; operating: { all: { years: Record<string, number> } } };
};

async function checkJson(type: Parameters<typeof exampleTyped>[1], lang = 'nb'): Promise<Doc> {
  const io = testIo();
  await exampleTyped(io.cwd, type);
  await main(['check', 'plan.xlsx', '--format', 'json', '--lang', lang], io);
  return JSON.parse(io.out()) as Doc;
}

/** The example with Første planår 2028 typed, D-001's Nye midler 2 300 and its Ansvarlig emptied. */
const TYPED_2028: Parameters<typeof exampleTyped>[1] = (wb) => {
  const settings = wb.getWorksheet('Innstillinger')!;
  expect(settings.getCell('A2').value).toBe('Første planår');
  settings.getCell('B2').value = 2028;
  const op = wb.getWorksheet('Tiltak drift')!;
  expect([op.getCell('M2').value, op.getCell('Q2').value]).toEqual([2400, 2400]);
  op.getCell('Q2').value = 2300;
  op.getCell('R2').value = null;
};

describe('Første planår typed 2028, the year headers still 2027–2030', () => {
  const typed2028 = (lang = 'nb') => checkJson(TYPED_2028, lang);

  it('gives the three year-columns errors and the findings that do not read the years, nothing quoting them', async () => {
    const doc = await typed2028();
    expect(doc.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual([
      'year-columns Tiltak drift!H1',
      'financing-sum Tiltak drift!M2',
      'responsible-missing Tiltak drift!R2',
      'year-columns Tiltak investering!K1',
      'year-columns Økonomiplan!G1',
    ]);
    // The five findings and D-011's missing line (below).
    expect(doc.summary).toMatchObject({ errors: 6, warnings: 0 });
    // Every comparison reads the years of a table whose headers are not the period; D-011 has no line at all, which
    // reads no year (review r13): kept, by the years read. By hand: 200 a year in 2028–2030 (2031 has no column).
    expect(doc.reconciliation).toEqual([
      expect.objectContaining({
        code: 'measure-not-in-economy-plan',
        ref: 'D-011',
        measures: 600_000,
        economyPlan: 0,
        yearsNotRead: [2031],
      }),
    ]);
  });

  it.each([
    ['nb', 'Beløpene per år i tabellen kontrolleres og avstemmes når overskriftene stemmer.'],
    ['nn', 'Beløpa per år i tabellen blir kontrollerte og avstemde når overskriftene stemmer.'],
    ['en', 'The amounts per year in the table are checked and reconciled once the headers match.'],
  ])('%s: the year-columns message says the amounts per year wait for the headers', async (lang, wait) => {
    const doc = await typed2028(lang);
    const messages = doc.issues.filter((i) => i.code === 'year-columns').map((i) => i.message);
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m.endsWith(` ${wait}`)).toBe(true);
  });
});

describe('Første planår typed 2028: the totals', () => {
  it('JSON names the years no column was read for (2031 in both measure tables)', async () => {
    const doc = await checkJson(TYPED_2028);
    expect(doc.totals.yearsNotRead).toEqual({ operating: [2031], investment: [2031] });
    // The years that have a column are read as before (the example's 2028–2030 costs: 3 050, 3 650, 4 250).
    expect(doc.totals.operating.all.years).toMatchObject({ '2028': 3_050_000, '2029': 3_650_000, '2030': 4_250_000 });
  });

  it('the text report shows 2031 as –, says why, and says the comparisons wait', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, TYPED_2028);
    await main(['check', 'plan.xlsx'], io);
    const text = io.out().replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toMatch(/^ {2}Alle +3 050 +3 650 +4 250 +– +10 950 /m);
    expect(text).toContain(
      'Årskolonnene stemmer ikke med planperioden (se funnene): et planår uten egen kolonne står som –, og beløp i en ' +
        'årskolonne utenfor perioden er ikke med i summene.',
    );
    expect(text).toContain('er ikke gjort: de gjøres når overskriftene stemmer (se funnene).');
    expect(text).not.toContain('Ingenting å avstemme.');
  });

  it('Sammendrag’s note on top says 2031 has no column and its 0 was not read', async () => {
    const io = testIo();
    const file = await exampleTyped(io.cwd, TYPED_2028);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(1);
    const snapshot = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read('structure');
    const summary = snapshot.sheets.find((x) => x.sheet === 'Sammendrag');
    expect(String(summary?.values[6]?.[0])).toMatch(
      / Årskolonnene stemmer ikke med planperioden \(se kontrollen\): 2031 har ingen egen kolonne og står som 0 uten å være lest, og beløp i en årskolonne utenfor perioden er ikke med\.$/,
    );
  });

  it('the identity check (Sammendrag ✓/✗) does not judge a financing based on Sum periode', async () => {
    // By hand: 7 costed operating measures; D-002 and D-009 have no Helårsvirkning (base Sum periode): not judged.
    // D-001 (2 300 against 2 400) fails; D-003, D-005, D-007 and D-011 hold.
    const io = testIo();
    const file = await exampleTyped(io.cwd, TYPED_2028);
    const snapshot = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
    const { report } = checkSnapshot(snapshot, { file: 'plan.xlsx', defaultStartYear: 2027, render: (f) => f.code });
    expect(report.totals.identity.operatingFinancing).toEqual({ ok: 4, failed: ['D-001'] });
  });
});

describe('only Tiltak drift’s 2027 header typed 2031 (the other tables are the period)', () => {
  it('leaves out the operating items, and reconciles the projects and the economy plan lines as before', async () => {
    const doc = await checkJson((wb) => {
      const op = wb.getWorksheet('Tiltak drift')!;
      expect(op.getCell('H1').value).toBe('2027');
      op.getCell('H1').value = '2031';
    });
    expect(doc.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual(['year-columns Tiltak drift!H1']);
    const codes = new Set(doc.reconciliation.map((i) => i.code));
    for (const code of ['measure-new-money', 'frame-total']) expect(codes.has(code)).toBe(false);
    // D-011 has no line, which reads no year (review r13): kept, by 2028–2030's 200 a year (2027 not read).
    expect(doc.reconciliation.filter((i) => i.code === 'measure-not-in-economy-plan')).toEqual([
      expect.objectContaining({ ref: 'D-011', measures: 600_000, yearsNotRead: [2027] }),
    ]);
    // By hand: 4 costed projects (I-001, I-002, I-003, I-005; I-004 is Må utredes), each with its Tiltak line, 4 years.
    const expenditure = doc.reconciliation.filter((i) => i.code === 'project-expenditure');
    expect(expenditure).toHaveLength(16);
    expect(expenditure.every((i) => i.class === 'match')).toBe(true);
    // The line no measure has (Økonomiplan row 9, ØP23-117: 300 a year) is still told, with its 1 200 (kroner here).
    expect(doc.reconciliation.filter((i) => i.code === 'economy-plan-line-unmatched')).toEqual([
      expect.objectContaining({ ref: 'ØP23-117', economyPlan: 1_200_000 }),
    ]);
  });
});

describe('a consolidation, the plan’s own Økonomiplan header 2027 typed 2031', () => {
  it('still reconciles the plan against the economy plan workbook, whose year headers are the period', async () => {
    // The plan's own economy plan table is not what a consolidation reconciles (SPEC §15), so its year headers
    // hold nothing back. By hand: D-001's new money 600 / 1 200 / 1 800 / 2 400 (2027–2030) equals its line in the
    // example's economy plan: four matches.
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const ep = wb.getWorksheet('Økonomiplan')!;
      expect(ep.getCell('G1').value).toBe('2027');
      ep.getCell('G1').value = '2031';
    });
    await exampleTyped(io.cwd, () => undefined, 'okonomiplan.xlsx');
    await main(['check', 'plan.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--format', 'json'], io);
    const plan = (JSON.parse(io.out()) as { reports: Doc[] }).reports[0];
    const d001 = plan?.reconciliation.filter((i) => i.code === 'measure-new-money' && i.ref === 'D-001');
    expect(d001?.map((i) => [i.class, i.economyPlan])).toEqual([
      ['match', 600_000],
      ['match', 1_200_000],
      ['match', 1_800_000],
      ['match', 2_400_000],
    ]);
  });
});

/**
 * A plan's item of a consolidation (SPEC §15) names every economy plan cell with the economy plan's file: the cell is
 * in op.xlsx, not on the plan's own (unused) Økonomiplan sheet. A cell the item keeps without its sheet (a near
 * miss's «C9») gets the sheet of the economy plan table too. The same items without `economyWorkbook` (a plain check)
 * read as before. Sentences written by hand; they failed before the fix (no file was named).
 */
import { kr, type ReconciliationItem } from '../../src/domain';
import { explainReconciliation } from '../../src/i18n/reconciliation';

const OP = { file: 'op.xlsx', sheet: 'Økonomiplan' };

const base = {
  severity: 'error',
  measures: kr(800_000),
  economyPlan: kr(0),
  difference: kr(800_000),
} as const;

/** D-011 without a line; a line «D011» on row 9 (Ref in C9) seems meant for it. */
const missing: ReconciliationItem = {
  ...base,
  code: 'measure-not-in-economy-plan',
  class: 'mismatch',
  ref: 'D-011',
  measureId: 'D-011',
  cells: { measures: 'Tiltak drift!Q12' },
  missingLine: {
    table: 'operating',
    ref: 'D-011',
    byYear: [2027, 2028, 2029, 2030].map((year) => ({ year, amount: kr(200_000) })),
    unit: '1000 kr',
    plan: 'Boligsosial handlingsplan',
  },
  nearMisses: [{ line: 'D011', cell: 'C9', measure: 'D-011' }],
};

/** D-003 in 2030 against two lines (rows 6 and 9), the second's 2030 cell not a number. */
const twoLines: ReconciliationItem = {
  ...base,
  code: 'measure-new-money',
  class: 'mismatch',
  ref: 'D-003',
  measureId: 'D-003',
  year: 2030,
  measures: kr(500_000),
  economyPlan: kr(400_000),
  difference: kr(100_000),
  cells: { measures: 'Tiltak drift!K4', economyPlan: 'Økonomiplan!J6' },
  lineCells: ['Økonomiplan!J6', 'Økonomiplan!J9'],
  invalidCells: ['Økonomiplan!J9'],
};

/** A line without Ref on row 9, 300 in 2027. */
const noRef: ReconciliationItem = {
  ...base,
  severity: 'warning',
  code: 'economy-plan-line-unmatched',
  class: 'mismatch',
  ref: '',
  year: 2027,
  measures: kr(0),
  economyPlan: kr(300_000),
  difference: kr(-300_000),
  cells: { economyPlan: 'Økonomiplan!G9' },
};

const inOp = (item: ReconciliationItem): ReconciliationItem => ({ ...item, economyWorkbook: OP });

describe('explanations of a consolidated plan name the economy plan cells with their file', () => {
  it('a missing line: added in op.xlsx; the near miss at op.xlsx: Økonomiplan!C9', () => {
    expect(explainReconciliation(inOp(missing), 'nb', '1000 kr')).toBe(
      'D-011 har nye midler i tiltaksplanen (200 i 2027, 200 i 2028, 200 i 2029, 200 i 2030; 800 i alt), men ingen ' +
        'linje i økonomiplanen. Legg inn en linje i op.xlsx med Del Drift, Linjetype Tiltak og Ref D-011, med ' +
        '200 / 200 / 200 / 200 i kolonnene 2027–2030 (beløp i 1000 kr). Økonomiplanlinjen D011 (op.xlsx: ' +
        'Økonomiplan!C9) ser ut til å gjelde D-011 — rett Ref på linjen til D-011. Skriv «Boligsosial ' +
        'handlingsplan» i kolonnen Plan på linjen, så hører den til denne planen.',
    );
    expect(explainReconciliation(inOp(missing), 'en', '1000 kr')).toContain(
      'Add a line in op.xlsx with Del Drift, Linjetype Tiltak and Ref D-011',
    );
    expect(explainReconciliation(inOp(missing), 'en', '1000 kr')).toContain(
      'The economy plan line D011 (op.xlsx: Økonomiplan!C9)',
    );
  });

  it('the lines added up and the cell that is not a number, each with its file', () => {
    const text = explainReconciliation(inOp(twoLines), 'nb', '1000 kr');
    expect(text).toContain('(avvik 100). Rett tiltaket eller økonomiplanen i op.xlsx.');
    expect(text).toContain(
      'Økonomiplanen har 2 linjer for tiltaket, lagt sammen: op.xlsx: Økonomiplan!J6, op.xlsx: Økonomiplan!J9.',
    );
    expect(text).toContain('Merk: Ugyldig beløp i op.xlsx: Økonomiplan!J9, regnet som 0.');
  });

  // The cell's own finding is among the economy plan's, in the consolidated part, not in the plan's list of findings.
  it.each([
    ['nb', 'Rett det (se «Funn i økonomiplanen» i den samlede avstemmingen).'],
    ['nn', 'Rett det (sjå «Funn i økonomiplanen» i den samla avstemminga).'],
    ['en', 'Fix it (see "Findings in the economy plan" in the consolidated reconciliation).'],
  ] as const)('%s: the invalid cell is told to be fixed where its finding is listed', (lang, fix) => {
    expect(explainReconciliation(inOp(twoLines), lang, '1000 kr')).toContain(fix);
    expect(explainReconciliation(twoLines, lang, '1000 kr')).not.toContain(fix);
  });

  it.each([
    ['nb', 'Økonomiplanlinjen i rad 9 på arket «Økonomiplan» i op.xlsx i 2027 (300) har ingen Ref'],
    ['nn', 'Økonomiplanlina i rad 9 på arket «Økonomiplan» i op.xlsx i 2027 (300) har ingen Ref'],
    ['en', 'The economy plan line in row 9 of the sheet "Økonomiplan" in op.xlsx in 2027 (300) has no Ref'],
  ] as const)('%s: a line without Ref is on a row of op.xlsx', (lang, start) => {
    expect(explainReconciliation(inOp(noRef), lang, '1000 kr').startsWith(start)).toBe(true);
  });

  it('a plain check names its own sheet, without a file', () => {
    const text = explainReconciliation(missing, 'nb', '1000 kr');
    expect(text).toContain('Legg inn en linje med Del Drift');
    expect(text).toContain('Økonomiplanlinjen D011 (C9)');
    expect(explainReconciliation(twoLines, 'nb', '1000 kr')).toContain(
      'Rett tiltaket eller økonomiplanen. Økonomiplanen har 2 linjer for tiltaket, lagt sammen: Økonomiplan!J6, Økonomiplan!J9.',
    );
    expect(explainReconciliation(noRef, 'nb', '1000 kr')).toContain('i rad 9 på arket «Økonomiplan» i 2027 (300)');
  });
});

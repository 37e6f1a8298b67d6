/**
 * Lists that stand in a sentence of a reconciliation explanation are written as the language writes a list
 * (listText): «2028 og 2030», «D-001, D-002 og D-003», "D-001 and D-002", not joined by commas only. Every expected
 * sentence below is written by hand. A gapless run of years stays a span («2027–2030»); cells listed after a colon
 * or codes in parentheses stay an enumeration with commas.
 */
import { makeFinding } from '../../src/domain/model/finding';
import { kr } from '../../src/domain/model/money';
import type { ReconciliationItem } from '../../src/domain/model/reconciliation';
import { renderFinding } from '../../src/i18n/findings';
import { explainReconciliation } from '../../src/i18n/reconciliation';
import { financingNotComparedText } from '../../src/i18n/reconciliationCatalog';

/** D-011 without economy plan line, 200 in 2028 and 2030 only (2029 not read from a table whose headers are off). */
const missing: ReconciliationItem = {
  code: 'measure-not-in-economy-plan',
  class: 'mismatch',
  severity: 'error',
  ref: 'D-011',
  measureId: 'D-011',
  measures: kr(400_000),
  economyPlan: kr(0),
  difference: kr(400_000),
  cells: { measures: 'Tiltak drift!Q12' },
  missingLine: {
    table: 'operating',
    ref: 'D-011',
    byYear: [2028, 2030].map((year) => ({ year, amount: kr(200_000) })),
  },
  yearsNotRead: [2027, 2029],
};

/** The frame R3, 1 500 in the measures against 1 800 in the economy plan in 2029. */
const frame: ReconciliationItem = {
  code: 'frame-total',
  class: 'match',
  severity: 'info',
  ref: 'R3',
  year: 2029,
  measures: kr(1_500_000),
  economyPlan: kr(1_800_000),
  difference: kr(-300_000),
  cells: { economyPlan: 'Økonomiplan!H2' },
};

describe('years in a sentence', () => {
  it('a gapped set of columns to type the line in: «i kolonnene 2028 og 2030»', () => {
    expect(explainReconciliation(missing, 'nb', '1000 kr')).toContain(
      'med 200 / 200 i kolonnene 2028 og 2030 (beløp i 1000 kr).',
    );
    expect(explainReconciliation(missing, 'nn', '1000 kr')).toContain(
      'med 200 / 200 i kolonnane 2028 og 2030 (beløp i 1000 kr).',
    );
    expect(explainReconciliation(missing, 'en', '1000 kr')).toContain(
      'with 200 / 200 in the columns 2028 and 2030 (amounts in 1000 kr).',
    );
  });

  it('three gapped years: commas, then «og» before the last', () => {
    const three = {
      ...missing,
      missingLine: { ...missing.missingLine!, byYear: [2027, 2029, 2030].map((year) => ({ year, amount: kr(1000) })) },
    };
    expect(explainReconciliation(three, 'nb', '1000 kr')).toContain('i kolonnene 2027, 2029 og 2030 (beløp');
  });

  it('a gapless run stays a span', () => {
    const run = {
      ...missing,
      missingLine: { ...missing.missingLine!, byYear: [2027, 2028, 2029].map((year) => ({ year, amount: kr(1000) })) },
    };
    expect(explainReconciliation(run, 'nb', '1000 kr')).toContain('i kolonnene 2027–2029 (beløp');
  });

  it('the years not read', () => {
    expect(explainReconciliation(missing, 'nb', '1000 kr')).toContain(
      '2027 og 2029 er ikke lest fordi årsoverskriftene i tabellen ikke stemmer med planperioden',
    );
    expect(explainReconciliation(missing, 'nb', '1000 kr')).toContain('Beløpet for 2027 og 2029 avstemmes når');
    expect(explainReconciliation(missing, 'nn', '1000 kr')).toContain('2027 og 2029 er ikkje lese fordi');
    expect(explainReconciliation(missing, 'en', '1000 kr')).toContain('The amount for 2027 and 2029 is reconciled');
  });

  it('the years an unmatched line is 0 in', () => {
    const unmatched: ReconciliationItem = {
      ...frame,
      code: 'economy-plan-line-unmatched',
      class: 'mismatch',
      severity: 'warning',
      ref: 'X-9',
      year: undefined,
      measures: kr(0),
      economyPlan: kr(0),
      difference: kr(0),
      allZero: true,
      amountYears: [2027, 2030],
    };
    expect(explainReconciliation(unmatched, 'nb', '1000 kr')).toContain(
      'Linjen er 0 i 2027 og 2030, og de andre årene',
    );
  });
});

describe('measure IDs in a sentence', () => {
  it('rows with errors', () => {
    const item = { ...frame, rowErrors: ['D-001', 'D-002', 'D-004'] };
    expect(explainReconciliation(item, 'nb', '1000 kr')).toContain(
      'Merk: D-001, D-002 og D-004 har feil i beløp eller summer og er tatt med slik beløpene står',
    );
    expect(explainReconciliation(item, 'nn', '1000 kr')).toContain(
      'Merk: D-001, D-002 og D-004 har feil i beløp eller summar og er teke med',
    );
    expect(explainReconciliation(item, 'en', '1000 kr')).toContain(
      'Note: the amounts or sums of D-001, D-002 and D-004 are in error',
    );
  });

  it('measures counted in a frame from their line', () => {
    const item = { ...frame, frameFromLine: ['D-003', 'D-007'] };
    expect(explainReconciliation(item, 'nb', '1000 kr')).toContain(
      'Merk: D-003 og D-007 har ikke Rammeområde og er regnet med i R3 fordi',
    );
  });

  it('measures whose lines name this frame only', () => {
    const item = { ...frame, linesOnly: ['D-003', 'D-007'] };
    expect(explainReconciliation(item, 'nb', '1000 kr')).toContain(
      'Merk: En linje i økonomiplanen for D-003 og D-007 har dette rammeområdet',
    );
  });

  it('the measures sharing a line’s Ref', () => {
    const item: ReconciliationItem = {
      ...frame,
      code: 'economy-plan-line-unmatched',
      class: 'mismatch',
      severity: 'warning',
      ref: '7',
      year: undefined,
      sharedBy: ['D-001', 'D-002'],
    };
    expect(explainReconciliation(item, 'nb', '1000 kr')).toContain('D-001 og D-002 har begge Ref. 7.');
    expect(explainReconciliation(item, 'en', '1000 kr')).toContain('D-001 and D-002 both have Ref. 7.');
  });

  it('projects whose financing is not reconciled', () => {
    expect(financingNotComparedText(['4010', '4020', '4030'], 'nb')).toMatch(
      /^Finansieringen av prosjektene 4010, 4020 og 4030 er ikke avstemt: /,
    );
    expect(financingNotComparedText(['4010'], 'nb')).toMatch(/^Finansieringen av prosjekt 4010 er ikke avstemt: /);
    expect(financingNotComparedText(['4010', '4020'], 'en')).toMatch(
      /^The financing of projects 4010 and 4020 is not reconciled: /,
    );
  });
});

describe('enumerations that stay commas', () => {
  it('frames in parentheses, and frames before «og» and the invalid code', () => {
    const frames = { ...frame, frameless: { frames: ['R1', 'R2'] } };
    expect(explainReconciliation(frames, 'nb', '1000 kr')).toContain('har ulike rammeområder (R1, R2), så');
    const invalid = { ...frame, frameless: { frames: ['R1', 'R2'], invalid: 'R9' } };
    expect(explainReconciliation(invalid, 'nb', '1000 kr')).toContain('linjene i økonomiplanen har R1, R2 og «R9»');
  });
});

describe('findings whose params are lists (the domain joins them with commas; the message says them)', () => {
  const yearColumns = makeFinding('year-columns', 'Tiltak drift', 'F3', {
    expected: '2027, 2028, 2029, 2030',
    found: '2028, 2030',
  });

  it('the year headers that are not the period: expected and found years as a list', () => {
    expect(renderFinding(yearColumns, 'nb', '1000 kr')).toMatch(
      /^Årskolonnene stemmer ikke med planperioden: forventet 2027, 2028, 2029 og 2030, fant 2028 og 2030\. /,
    );
    expect(renderFinding(yearColumns, 'nn', '1000 kr')).toMatch(
      /^Årskolonnane stemmer ikkje med planperioden: venta 2027, 2028, 2029 og 2030, fann 2028 og 2030\. /,
    );
    expect(renderFinding(yearColumns, 'en', '1000 kr')).toMatch(
      /^The year columns do not match the plan period: expected 2027, 2028, 2029 and 2030, found 2028 and 2030\. /,
    );
  });

  it('one year found is that year', () => {
    const one = makeFinding('year-columns', 'Tiltak drift', 'F3', { expected: '2027, 2028', found: '2029' });
    expect(renderFinding(one, 'nb', '1000 kr')).toContain('forventet 2027 og 2028, fant 2029. ');
  });

  it('the finding’s params stay as the domain gave them (the JSON of SPEC §12)', () => {
    renderFinding(yearColumns, 'nb', '1000 kr');
    expect(yearColumns.params).toEqual({ expected: '2027, 2028, 2029, 2030', found: '2028, 2030' });
  });

  it('the year columns of an economy plan not used', () => {
    const unused = makeFinding('economy-plan-unused-year-columns', 'Økonomiplan', 'F1', {
      expected: '2027, 2028, 2029, 2030',
    });
    expect(renderFinding(unused, 'nb', '1000 kr')).toContain(
      'Årskolonnene her stemmer heller ikke med planperioden (forventet 2027, 2028, 2029 og 2030): rett',
    );
  });

  it('the priorities of a section with a gap', () => {
    const gap = makeFinding('priority-gap', 'Tiltak drift', 'C5', {
      section: 'Organisasjon',
      priorities: '1, 2, 4',
      count: 3,
    });
    expect(renderFinding(gap, 'nb', '1000 kr')).toBe(
      'Prioritetene i seksjonen «Organisasjon» er 1, 2 og 4; de skal være 1 til 3 uten hull. Nummerer seksjonen på nytt.',
    );
    expect(renderFinding(gap, 'en', '1000 kr')).toContain('section "Organisasjon" are 1, 2 and 4; they should run');
  });
});

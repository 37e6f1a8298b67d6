/**
 * A plan left out of a consolidation (another period: period-mismatch) has no errors of its own and an empty
 * reconciliation; its summary line ended «Ingen feil.», which reads as «all is well». It says instead that the
 * sheets have no errors but that the plan is not reconciled (the note above it says why). A compared plan keeps
 * «Ingen feil.», and a plain check is as before.
 */
import { renderConsolidated } from '../../src/cli/commands/checkConsolidated';
import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { planSummaryText } from '../../src/report/reportDocument';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

// Helse (D-001) is 2027–2030 as the economy plan, whose line D-001 carries its new money exactly: no error. Kultur
// (D-201) is 2028–2031: not compared, and no error of its own.
const helse = canonicalSnapshot({ settings: { Plannavn: 'Helse' }, operating: [operatingRow()] });
const kultur = canonicalSnapshot({
  startYear: 2028,
  settings: { Plannavn: 'Kultur' },
  operating: [operatingRow({ ID: 'D-201', '2031': 2400 })],
});
const book = canonicalSnapshot({ settings: { Plannavn: 'Økonomiplan' }, economyPlan: [economyLine()] });
const checked = checkConsolidated(
  [
    { wb: helse, file: 'helse.xlsx' },
    { wb: kultur, file: 'kultur.xlsx' },
  ],
  { wb: book, file: 'okonomiplan.xlsx' },
  { defaultStartYear: 2027, render: (f) => f.code },
);
if (checked === null) throw new Error('no economy plan');
const [helseResult, kulturResult] = checked.results;
if (helseResult === undefined || kulturResult === undefined) throw new Error('two plans');

describe('the summary line of a plan not reconciled', () => {
  it('the premise: Kultur not compared, no errors of its own; Helse compared', () => {
    expect(checked.consolidation.plans.map((p) => p.compared)).toEqual([true, false]);
    expect(kulturResult.report.summary.errors).toBe(0);
  });

  it.each([
    ['nb', 'Ingen feil i arkene, men planen er ikke avstemt.'],
    ['nn', 'Ingen feil i arka, men planen er ikkje avstemt.'],
    ['en', 'No errors in the sheets, but the plan is not reconciled.'],
  ] as const)('%s: ends «%s», not «no errors»', (lang, told) => {
    const text = renderConsolidated(checked, 'text', lang);
    const kulturPart = text.slice(text.indexOf('kultur.xlsx'));
    const line = kulturPart.split('\n').find((l) => l.includes(lang === 'en' ? 'Reconciliation:' : 'Avstemming:'));
    expect(line?.endsWith(` ${told}`)).toBe(true);
  });

  it('a compared plan, and the same plan in a plain check, still end «Ingen feil.»', () => {
    const text = renderConsolidated(checked, 'text', 'nb');
    const helsePart = text.slice(0, text.indexOf('kultur.xlsx'));
    expect(
      helsePart
        .split('\n')
        .find((l) => l.includes('Avstemming:'))
        ?.endsWith(' Ingen feil.'),
    ).toBe(true);
    expect(planSummaryText(kulturResult, 'nb').endsWith(' Ingen feil.')).toBe(true);
  });

  it('HTML: the same sentence, as a warning', () => {
    const html = renderConsolidated(checked, 'html', 'nb');
    expect(html).toMatch(/class="[^"]*warning[^"]*"[^>]*>[^<]*Ingen feil i arkene, men planen er ikke avstemt\./);
  });
});

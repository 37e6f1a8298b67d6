/**
 * Review r42, finding 3 (unclear message about a figure). Finance pastes the economy plan from a report: the figures
 * land as text («1 200»). The check reads them (SPEC §7 amount-text) and says so, but in a 1000 kr workbook — the
 * canonical unit every import writes — it said «leses som 1 200 1000 kr»: two numbers side by side, which a budget
 * officer can read as 1 2001 000 kr or as «1 200 1000». The product writes an amount with this unit elsewhere as
 * «(3 000, i 1000 kr)» (the import log) or «(beløp i 1000 kr)» (the reconciliation): the unit stands apart from the
 * figure. By hand: «leses som 1 200 (i 1000 kr)»; nn «blir lese som 1 200 (i 1000 kr)»; en "is read as 1 200
 * (in 1000 kr)" — the number formatted as each language does (nb/nn thin no-break space grouping).
 */
import { makeFinding } from '../../../src/domain/model/finding';
import { renderFinding } from '../../../src/i18n/findings';

const NBSP = '\u00a0';
const pasted = makeFinding('amount-text', 'Økonomiplan', 'H3', { column: '2012', value: '1 200' });

test('«1 200» as text in a 1000 kr economy plan: «leses som 1 200 (i 1000 kr)», the unit apart (was «1 200 1000 kr»)', () => {
  expect(renderFinding(pasted, 'nb', '1000 kr')).toBe(
    `Beløpet «1 200» i «2012» er lagret som tekst og leses som 1${NBSP}200 (i 1000 kr). Excels egne summer hopper ` +
      'over det; gjør det om til et tall.',
  );
  expect(renderFinding(pasted, 'nn', '1000 kr')).toContain(`blir lese som 1${NBSP}200 (i 1000 kr).`);
  expect(renderFinding(pasted, 'en', '1000 kr')).toContain(`is read as 1${NBSP}200 (in 1000 kr).`);
});

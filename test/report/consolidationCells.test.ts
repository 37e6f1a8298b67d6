/**
 * The consolidated listing (text and HTML) names the economy plan cell of each item, as one plan's listing does
 * and as «Avstemming planer» links it (Celle økonomiplan: the Plan cell for a line whose Plan names no plan of the
 * check): the finance officer reading it on paper must find the line in the economy plan workbook.
 */
import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import { renderText } from '../../src/report/text';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

// Helse's D-001: new money 600 / 1 200 / 1 800 / 2 400 thousand (2027–2030). The economy plan's line D-001 on row 2
// holds 600 / 1 200 / 1 200 / 2 400: 2029 (column I: G 2027, H 2028, I 2029, J 2030) differs by 1 800 − 1 200 =
// 600, a mismatch (the period sums differ: 6 000 against 5 400). Row 3, X-9 with Plan «Oppvekst» (no plan of the
// check; Plan is column K): its Plan cell Økonomiplan!K3.
const helse = canonicalSnapshot({ settings: { Plannavn: 'Helse' }, operating: [operatingRow()] });
const book = canonicalSnapshot({
  settings: { Plannavn: 'Økonomiplan' },
  economyPlan: [economyLine({ '2029': 1200 }), economyLine({ Ref: 'X-9', Rammeområde: '9', Plan: 'Oppvekst' })],
});
const checked = checkConsolidated(
  [{ wb: helse, file: 'helse.xlsx' }],
  { wb: book, file: 'okonomiplan.xlsx' },
  {
    defaultStartYear: 2027,
    render: (f) => f.code,
  },
);

describe('the consolidated listing names the economy plan cell', () => {
  const items = checked?.consolidation.items ?? [];

  it('the cells of the JSON (the premise)', () => {
    expect(items.find((i) => i.ref === 'X-9')?.cells.plan).toBe('Økonomiplan!K3');
  });

  it.each([
    ['nb', 'Celle'],
    ['en', 'Cell'],
  ] as const)('%s: a %s column', (lang, header) => {
    const lines = renderText(consolidationDocument(checked!, lang)).split('\n');
    expect(lines.some((l) => l.includes(header) && l.includes('Ref'))).toBe(true);
    expect(lines.find((l) => l.includes('X-9'))).toContain('Økonomiplan!K3');
  });
});

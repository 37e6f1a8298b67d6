/**
 * The consolidated part names each economy plan cell with the economy plan's file, «okonomiplan.xlsx:
 * Økonomiplan!K3», as each plan's own part does (docs/spec.md §15, one form everywhere): every plan has its own
 * Økonomiplan sheet at the same addresses, so «Økonomiplan!K3» alone does not say which workbook to open. The JSON
 * item names the file in `cells.economyPlanFile`, as a plan's item does; `cells.economyPlan` stays the address.
 */
import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import { consolidatedJson } from '../../src/report/consolidationJson';
import { renderHtml } from '../../src/report/html';
import { renderText } from '../../src/report/text';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

// Helse's D-001 (frame 3 by the helper's default) against its line on row 2. Row 3, X-9 with Plan «Oppvekst» (no
// plan of the check; Plan is column K): its Plan cell Økonomiplan!K3 is the item's cell.
const helse = canonicalSnapshot({ settings: { Plannavn: 'Helse' }, operating: [operatingRow()] });
const book = canonicalSnapshot({
  settings: { Plannavn: 'Økonomiplan' },
  economyPlan: [economyLine({ '2029': 1200 }), economyLine({ Ref: 'X-9', Rammeområde: '9', Plan: 'Oppvekst' })],
});
const checked = checkConsolidated(
  [{ wb: helse, file: 'helse.xlsx' }],
  { wb: book, file: 'okonomiplan.xlsx' },
  { defaultStartYear: 2027, render: (f) => f.code },
);
if (checked === null) throw new Error('no economy plan');

describe('the consolidated part names the economy plan file with each cell', () => {
  it.each(['nb', 'nn', 'en'] as const)('%s text: the line X-9 names «okonomiplan.xlsx: Økonomiplan!K3»', (lang) => {
    const row = renderText(consolidationDocument(checked, lang))
      .split('\n')
      .find((l) => l.includes('X-9'));
    expect(row).toContain('okonomiplan.xlsx: Økonomiplan!K3');
  });

  it('HTML: the same cell with its file', () => {
    const html = renderHtml([consolidationDocument(checked, 'nb')], 'nb', 'Samlet avstemming');
    expect(html).toContain('<td>okonomiplan.xlsx: Økonomiplan!K3</td>');
  });

  it('JSON: cells.economyPlanFile beside the plain addresses, on every item with an economy plan cell', () => {
    const items = consolidatedJson(checked).consolidation.items;
    expect(items.find((i) => i.ref === 'X-9')?.cells).toEqual({
      economyPlan: 'Økonomiplan!C3',
      plan: 'Økonomiplan!K3',
      economyPlanFile: 'okonomiplan.xlsx',
    });
    const withCell = items.filter((i) => i.cells.economyPlan !== undefined);
    expect(withCell.length).toBeGreaterThan(1);
    expect(withCell.every((i) => i.cells.economyPlanFile === 'okonomiplan.xlsx')).toBe(true);
  });
});

/**
 * «Ulik toleranse» (tolerance-differs) names where each Toleranse is typed, with its file: the plan's on its
 * Innstillinger sheet and the economy plan's on its own (SPEC §3), «helse.xlsx: Innstillinger!B7», so that she
 * finds the cell to correct in the right workbook (docs/spec.md §15). The JSON item carries the two addresses as
 * `cells.measures` (the plan's, in its file: `ref`) and `cells.economyPlan` (with `cells.economyPlanFile`).
 */
import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import { consolidatedJson } from '../../src/report/consolidationJson';
import { renderText } from '../../src/report/text';
import { explainConsolidation } from '../../src/i18n/consolidation';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

// Innstillinger: header on row 1, then Første planår (2), Antall planår (3), Beløpsenhet (4), Prisnivå (5),
// Økonomiplanversjon (6), Toleranse (7), Plannavn (8); Verdi in column B. Helse's Toleranse 5 (thousand), the
// economy plan's 0: both on B7 of their own workbook.
const helse = canonicalSnapshot({ settings: { Plannavn: 'Helse', Toleranse: 5 }, operating: [operatingRow()] });
const book = canonicalSnapshot({ settings: { Plannavn: 'Økonomiplan', Toleranse: 0 }, economyPlan: [economyLine()] });
const checked = checkConsolidated(
  [{ wb: helse, file: 'helse.xlsx' }],
  { wb: book, file: 'okonomiplan.xlsx' },
  { defaultStartYear: 2027, render: (f) => f.code },
);
if (checked === null) throw new Error('no economy plan');
const item = checked.consolidation.items.find((i) => i.code === 'tolerance-differs');
if (item === undefined) throw new Error('no tolerance-differs');
const years = checked.consolidation.years;

describe('«Ulik toleranse» names the Toleranse cell of the plan and of the economy plan', () => {
  it('nb: the explanation names both cells with their files', () => {
    expect(explainConsolidation(item, 'nb', '1000 kr', years, 'okonomiplan.xlsx')).toContain(
      '«Helse» har Toleranse 5 i helse.xlsx: Innstillinger!B7, økonomiplanen 0 i okonomiplan.xlsx: Innstillinger!B7 ' +
        '(beløp i 1000 kr).',
    );
  });

  it('nn and en too', () => {
    expect(explainConsolidation(item, 'nn', '1000 kr', years, 'okonomiplan.xlsx')).toContain(
      '«Helse» har Toleranse 5 i helse.xlsx: Innstillinger!B7, økonomiplanen 0 i okonomiplan.xlsx: Innstillinger!B7 ',
    );
    expect(explainConsolidation(item, 'en', '1000 kr', years, 'okonomiplan.xlsx')).toContain(
      '"Helse" has Toleranse 5 in helse.xlsx: Innstillinger!B7, the economy plan 0 in okonomiplan.xlsx: Innstillinger!B7 ',
    );
  });

  it('the Celle column names both, the plan’s first', () => {
    const row = renderText(consolidationDocument(checked, 'nb'))
      .split('\n')
      .find((l) => l.includes('Ulik toleranse'));
    expect(row).toContain('helse.xlsx: Innstillinger!B7, okonomiplan.xlsx: Innstillinger!B7');
  });

  it('JSON: cells.measures (the plan’s, its file the ref) and cells.economyPlan with its file', () => {
    const json = consolidatedJson(checked).consolidation.items.find((i) => i.code === 'tolerance-differs');
    expect(json?.ref).toBe('helse.xlsx');
    expect(json?.cells).toEqual({
      measures: 'Innstillinger!B7',
      economyPlan: 'Innstillinger!B7',
      economyPlanFile: 'okonomiplan.xlsx',
    });
  });
});

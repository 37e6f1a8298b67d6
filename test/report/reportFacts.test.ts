import { checkSnapshot } from '../../src/domain/check';
import type { Lang } from '../../src/domain/model/report';
import { renderFinding } from '../../src/i18n';
import { reportDocument } from '../../src/report/reportDocument';
import { canonicalSnapshot } from '../helpers/workbook';

// The check report's facts name the Innstillinger rows as the sheet does (Plannavn, Beløpsenhet, Prisnivå,
// Økonomiplanversjon), so a reader of any language finds the row; English adds a gloss in parentheses.
function paragraphs(lang: Lang): string[] {
  const wb = canonicalSnapshot({
    settings: { Plannavn: 'Boligsosial handlingsplan', Prisnivå: 'faste 2027-kroner', Økonomiplanversjon: 'ØP 2027' },
  });
  const result = checkSnapshot(wb, {
    file: 'plan.xlsx',
    defaultStartYear: 2027,
    render: (f, u) => renderFinding(f, lang, u),
  });
  const doc = reportDocument(result, lang);
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

describe('the check report facts', () => {
  it.each([
    [
      'nb',
      [
        'Plannavn: Boligsosial handlingsplan',
        'Beløpsenhet: 1000 kr',
        'Prisnivå: faste 2027-kroner',
        'Økonomiplanversjon: ØP 2027',
      ],
    ],
    [
      'nn',
      [
        'Plannavn: Boligsosial handlingsplan',
        'Beløpsenhet: 1000 kr',
        'Prisnivå: faste 2027-kroner',
        'Økonomiplanversjon: ØP 2027',
      ],
    ],
    [
      'en',
      [
        'Plannavn (plan name): Boligsosial handlingsplan',
        'Beløpsenhet (amount unit): 1000 kr',
        'Prisnivå (price level): faste 2027-kroner',
        'Økonomiplanversjon (economy plan version): ØP 2027',
      ],
    ],
  ] as const)('%s: the settings by their labels on Innstillinger', (lang, facts) => {
    expect(paragraphs(lang)).toEqual(expect.arrayContaining([...facts]));
  });
});

/**
 * The consolidated part's «Samlet» line counts the economy plan workbook's own findings («Funn i økonomiplanen»)
 * as it lists them (docs/spec.md §8 as built: a row's amount-precision findings one line), beside the
 * consolidation's items, and its verdict follows: an error in the economy plan is an error of the whole
 * (the exit status already was).
 *
 * By hand. Helse (Toleranse 0) has D-001: new money 600, 1 200, 1 800, 2 400 (1000 kr) in frame 2. Oppvekst
 * (Toleranse 1) has no measure. The economy plan (Toleranse 1, i.e. 1 000 kr) has D-001's line with 600,4 and
 * 1 200,4 in 2027 and 2028 (G2, H2), 1 800 and 2 400 after:
 * - items: frame 2 in 2027 and 2028 off by 400 kr ≤ 1 000 (within tolerance), 2029 and 2030 equal: 4 infos; Helse's
 *   Toleranse 0 ≠ 1: one `tolerance-differs` warning; Oppvekst: none. Errors 0, warnings 1, infos 4.
 * - the economy plan's findings: amount-precision at G2 and H2, one row, listed as one warning line.
 * - Samlet: 0 errors, 1 + 1 = 2 warnings, 4 in agreement.
 * A second economy plan with D-001's line exactly and Toleranse «mye» (setting-invalid, an error; 0 used): items 4
 * infos and Oppvekst's Toleranse 1 ≠ 0 (a warning); Samlet 1 error (the economy plan's), 1 warning, and the verdict
 * «has errors».
 * An economy plan without lines: frame 2 is compared with its Tiltak lines, none, in each year: 4 errors; Oppvekst's
 * Toleranse 1 ≠ 0: a warning; the economy plan's own `table-empty`: an info, counted as a note (merknad), not as
 * «i samsvar»; and Helse's own reconciliation has D-001 without a line (measure-not-in-economy-plan, an error),
 * counted too (review r33): Samlet 4 + 1 = 5 errors, 1 warning, 1 note, 0 in agreement.
 */
import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import { renderHtml } from '../../src/report/html';
import { renderText } from '../../src/report/text';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

const helse = canonicalSnapshot({ settings: { Plannavn: 'Helse', Toleranse: 0 }, operating: [operatingRow()] });
const oppvekst = canonicalSnapshot({ settings: { Plannavn: 'Oppvekst', Toleranse: 1 }, operating: [] });

function summaryOf(book: ReturnType<typeof canonicalSnapshot>, lang: 'nb' | 'nn' | 'en'): string {
  const checked = checkConsolidated(
    [
      { wb: helse, file: 'helse.xlsx' },
      { wb: oppvekst, file: 'oppvekst.xlsx' },
    ],
    { wb: book, file: 'op.xlsx' },
    { defaultStartYear: 2027, render: (f) => f.code },
  );
  if (checked === null) throw new Error('no economy plan');
  const doc = consolidationDocument(checked, lang);
  const text = renderText(doc);
  // The HTML report says the same line.
  const line = text.split('\n').find((l) => /^(Samlet|Samla|In all):/.test(l)) ?? text;
  expect(renderHtml([doc], lang, 'x')).toContain(line.slice(0, line.indexOf('.')));
  return line;
}

const precise = canonicalSnapshot({
  settings: { Plannavn: 'Økonomiplan', Toleranse: 1 },
  economyPlan: [economyLine({ '2027': 600.4, '2028': 1200.4 })],
});
const empty = canonicalSnapshot({ settings: { Plannavn: 'Økonomiplan' }, economyPlan: [] });
const badSetting = canonicalSnapshot({
  settings: { Plannavn: 'Økonomiplan', Toleranse: 'mye' },
  economyPlan: [economyLine()],
});

describe('«Samlet» counts the economy plan’s own findings', () => {
  test('nb: 2 warnings (Helse’s Toleranse, the economy plan’s one precision line), 4 in agreement', () => {
    const line = summaryOf(precise, 'nb');
    expect(line).toContain('Samlet: 0 feil, 2 advarsler, 4 i samsvar');
    expect(line).toContain('1 funn i økonomiplanen');
    expect(line).toContain('Ingen feil i den samlede avstemmingen.');
  });

  test('nn and en say the same counts', () => {
    expect(summaryOf(precise, 'nn')).toMatch(/0 feil, 2 åtvaringar, 4 /);
    expect(summaryOf(precise, 'en')).toMatch(/0 errors, 2 warnings, 4 /);
  });

  test('an error in the economy plan alone: Samlet 1 error, and the verdict says so', () => {
    const line = summaryOf(badSetting, 'nb');
    expect(line).toContain('Samlet: 1 feil, 1 advarsel, 4 i samsvar');
    expect(line).toContain('Den samlede avstemmingen har feil som må rettes.');
  });

  test('its info is a note beside the items’ agreements, in nb, nn and en', () => {
    expect(summaryOf(empty, 'nb')).toContain('Samlet: 5 feil, 1 advarsel, 1 merknad, 0 i samsvar');
    expect(summaryOf(empty, 'nb')).toContain('Medregnet 1 funn i økonomiplanen selv');
    expect(summaryOf(empty, 'nb')).toContain('Medregnet 1 feil i avstemmingen av «Helse» mot økonomiplanen');
    expect(summaryOf(empty, 'nn')).toContain('Samla: 5 feil, 1 åtvaring, 1 merknad, 0 i samsvar');
    expect(summaryOf(empty, 'nn')).toContain('Medrekna 1 feil i avstemminga av «Helse» mot økonomiplanen');
    expect(summaryOf(empty, 'en')).toContain('In all: 5 errors, 1 warning, 1 note, 0 matching');
    expect(summaryOf(empty, 'en')).toContain('Including 1 error in the reconciliation of');
  });
});

import type { Lang } from '../../src/domain/model/report';
import { taskpaneCatalogue, tp, type TaskpaneKey } from '../../src/i18n/taskpane';
import { placeholdersOf } from '../../src/i18n/translate';

const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];
const keys = Object.keys(taskpaneCatalogue('nb')) as TaskpaneKey[];

describe('task pane strings', () => {
  it.each(keys)('%s has the same placeholders and a text in every language', (key) => {
    const nb = placeholdersOf(taskpaneCatalogue('nb')[key]).sort();
    for (const lang of LANGS) {
      const text = taskpaneCatalogue(lang)[key];
      expect(text.trim()).not.toBe('');
      expect(placeholdersOf(text).sort()).toEqual(nb);
    }
  });

  it.each([
    ['nb', 'Ikke klar: 3 feil må rettes'],
    ['nn', 'Ikkje klar: 3 feil må rettast'],
    ['en', 'Not ready: 3 errors to fix'],
  ] as const)('fills placeholders in %s', (lang, expected) => {
    expect(tp(lang, 'statusBlocked', { count: 3 })).toBe(expected);
  });

  // One amount typed as text is "det" in Norwegian, several "dem"/"dei"; the English quotes a text as “…”.
  it.each([
    ['nb', 1, '1 beløp står som tekst. Kontrollen teller det med, men Excels egne summer hopper over det.'],
    ['nb', 2, '2 beløp står som tekst. Kontrollen teller dem med, men Excels egne summer hopper over dem.'],
    ['nn', 1, '1 beløp står som tekst. Kontrollen tel det med, men Excels eigne summar hoppar over det.'],
    ['nn', 2, '2 beløp står som tekst. Kontrollen tel dei med, men Excels eigne summar hoppar over dei.'],
    ['en', 1, "1 amount is stored as text. The check counts it, but Excel's own sums skip it."],
    ['en', 2, "2 amounts are stored as text. The check counts them, but Excel's own sums skip them."],
  ] as const)('says how many amounts are text in %s (%d)', (lang, count, expected) => {
    expect(tp(lang, 'textAmounts', { count })).toBe(expected);
  });

  it('quotes a text amount in English with straight quotes, as the English findings quote a value', () => {
    expect(tp('en', 'textAmountLine', { sheet: 'Tiltak drift', cell: 'H3', text: '1 500', number: '1,500' })).toBe(
      'Tiltak drift!H3: "1 500" becomes 1,500',
    );
  });

  it('keeps the English tab names apart from the Norwegian ones', () => {
    expect(tp('en', 'tabCheck')).not.toBe(tp('nb', 'tabCheck'));
  });
});

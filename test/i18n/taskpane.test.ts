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

  it('keeps the English tab names apart from the Norwegian ones', () => {
    expect(tp('en', 'tabCheck')).not.toBe(tp('nb', 'tabCheck'));
  });
});

import fc from 'fast-check';
import { fillPlaceholders, makeTranslator, placeholdersOf, type Catalog } from '../../src/i18n/translate';

type Key = 'hello' | 'count' | 'plain';
const catalog: Catalog<Key> = {
  nb: { hello: 'Hei, {name}!', count: '{n} feil i {sheet}', plain: 'Ferdig' },
  nn: { hello: 'Hei, {name}!', count: '{n} feil i {sheet}', plain: 'Ferdig' },
  en: { hello: 'Hello, {name}!', count: '{n} errors in {sheet}', plain: 'Done' },
};
const t = makeTranslator(catalog);

describe('makeTranslator', () => {
  it.each([
    ['hello', 'nb', { name: 'Kari' }, 'Hei, Kari!'],
    ['hello', 'en', { name: 'Kari' }, 'Hello, Kari!'],
    ['count', 'en', { n: 3, sheet: 'Tiltak drift' }, '3 errors in Tiltak drift'],
    ['plain', 'nn', undefined, 'Ferdig'],
    ['plain', 'en', { unused: 1 }, 'Done'],
  ] as const)('%s in %s', (key, lang, params, expected) => {
    expect(t(key, lang, params)).toBe(expected);
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('count', 'nb', { n: 2 })).toBe('2 feil i {sheet}');
  });

  it('falls back to bokmål, then to the key, for an untyped caller', () => {
    const partial = { nb: { plain: 'Ferdig' }, nn: {}, en: {} } as unknown as Catalog<'plain' | 'other'>;
    const tp = makeTranslator(partial);
    expect(tp('plain', 'en')).toBe('Ferdig');
    expect(tp('other', 'nn')).toBe('other');
  });
});

describe('placeholdersOf', () => {
  it.each([
    ['{a} og {b} og {a}', ['a', 'b']],
    ['ingen', []],
    ['{ x } {y1}', ['y1']],
  ])('%p', (template, names) => {
    expect(placeholdersOf(template)).toEqual(names);
  });

  it('fillPlaceholders with every named value leaves none unfilled', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 5 }), fc.string(), (names, filler) => {
        const template = names.map((n) => `<{${n}}>`).join(' ');
        const params = Object.fromEntries(names.map((n) => [n, filler.replace(/[{}]/g, '')]));
        expect(placeholdersOf(fillPlaceholders(template, params))).toEqual([]);
      }),
    );
  });
});

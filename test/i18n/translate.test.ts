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

  it('fills each {name} it has a value for, side by side or nested in braces, and leaves the rest as written', () => {
    expect(fillPlaceholders('{a}{b} {missing} {{a}} {a b} {} {a_1}.', { a: 'x', b: 2, a_1: '{b}' })).toBe(
      'x2 {missing} {x} {a b} {} {b}.',
    );
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

describe('plural choices (Intl.PluralRules)', () => {
  const warnings = '{n, plural, one {# advarsel} other {# advarsler}} i {sheet}';
  it.each([
    [0, 'nb', '0 advarsler i Ark'],
    [1, 'nb', '1 advarsel i Ark'],
    [2, 'nb', '2 advarsler i Ark'],
    [1, 'nn', '1 advarsel i Ark'],
    [21, 'en', '21 advarsler i Ark'],
    ['1', 'nb', '1 advarsel i Ark'],
    ['1 200', 'nb', '1 200 advarsler i Ark'],
  ] as const)('%p in %s', (n, lang, expected) => {
    expect(fillPlaceholders(warnings, { n, sheet: 'Ark' }, lang)).toBe(expected);
  });

  it('prefers an exact =n choice and fills placeholders inside a choice', () => {
    const t = '{n, plural, =0 {ingen i {sheet}} one {ett i {sheet}} other {# i {sheet}}}';
    expect(fillPlaceholders(t, { n: 0, sheet: 'A' })).toBe('ingen i A');
    expect(fillPlaceholders(t, { n: 1, sheet: 'A' })).toBe('ett i A');
    expect(fillPlaceholders(t, { n: 5, sheet: 'A' })).toBe('5 i A');
  });

  it('leaves a plural without its value visible', () => {
    expect(fillPlaceholders('{n, plural, one {# feil} other {# feil}}', {})).toBe(
      '{n, plural, one {# feil} other {# feil}}',
    );
  });

  it('names the plural param and the placeholders inside its choices', () => {
    expect(placeholdersOf('{a} {n, plural, one {# i {b}} other {# i {c}}} {d}')).toEqual(['a', 'n', 'b', 'c', 'd']);
  });

  it('translates with the language of the call', () => {
    const plural: Catalog<'n'> = {
      nb: { n: '{n, plural, one {# endring} other {# endringer}}' },
      nn: { n: '{n, plural, one {# endring} other {# endringar}}' },
      en: { n: '{n, plural, one {# change} other {# changes}}' },
    };
    const tr = makeTranslator(plural);
    expect([tr('n', 'nb', { n: 1 }), tr('n', 'nn', { n: 2 }), tr('n', 'en', { n: 1 })]).toEqual([
      '1 endring',
      '2 endringar',
      '1 change',
    ]);
  });
});

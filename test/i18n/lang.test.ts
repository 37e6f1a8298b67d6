import { detectLang, isLang } from '../../src/i18n/lang';

describe('detectLang', () => {
  it.each([
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['NN_no', 'nn'],
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['no-NO', 'nb'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['sv-SE', 'nb'],
    ['de', 'nb'],
    ['', 'nb'],
    [null, 'nb'],
    [undefined, 'nb'],
  ] as const)('%p → %s', (tag, lang) => {
    expect(detectLang(tag)).toBe(lang);
  });
});

describe('isLang', () => {
  it.each([
    ['nb', true],
    ['nn', true],
    ['en', true],
    ['no', false],
    ['', false],
  ])('%p → %p', (s, expected) => {
    expect(isLang(s)).toBe(expected);
  });
});

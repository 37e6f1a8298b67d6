/** A list in running text (listText): commas, then the language's "and" before the last. Written by hand. */
import { listText } from '../../src/i18n/listText';

it.each([
  [[], 'nb', ''],
  [[2031], 'nb', '2031'],
  [[2031, 2032], 'nb', '2031 og 2032'],
  [[2030, 2031, 2032], 'nn', '2030, 2031 og 2032'],
  [['«A»', '«B»', '«C»', '«D»'], 'nb', '«A», «B», «C» og «D»'],
  [['D-001', 'D-002'], 'en', 'D-001 and D-002'],
  [['"A"', '"B"', '"C"'], 'en', '"A", "B" and "C"'],
] as const)('%j in %s: %s', (parts, lang, expected) => {
  expect(listText(parts, lang)).toBe(expected);
});

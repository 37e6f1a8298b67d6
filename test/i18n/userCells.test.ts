import { blockedText } from '../../src/i18n/userCells';

const cells = (n: number) => Array.from({ length: n }, (_, i) => ({ sheet: 'Avstemming', cell: `A${i + 10}` }));

describe('blockedText', () => {
  it.each([
    ['nb', 1, 'Ingenting er skrevet: Avstemming!A10 har innhold som ikke er tiltaksplans'],
    ['nn', 2, 'Ingenting er skrive: Avstemming!A10, Avstemming!A11 har innhald som ikkje er tiltaksplans'],
    ['en', 5, 'Nothing written: Avstemming!A10, Avstemming!A11, Avstemming!A12 and 2 more cells holds content'],
  ] as const)('%s names the first cells, then how many more (%i)', (lang, n, start) => {
    expect(blockedText(cells(n), lang).startsWith(start)).toBe(true);
  });
});

import { isDashOnly, ownText } from '../../../src/domain/model/dashOnly';

test.each<[string, boolean]>([
  ['-', true],
  ['----', true],
  [' \u2013\u2013 ', true],
  ['\u2014', true],
  ['\u2212', false], // a minus sign is no dash (SPEC §7: dashes or en dashes)
  ['', false],
  ['-5', false],
  ['- -', false],
  ['Sum', false],
  ['?', false],
])('isDashOnly(%j) is %s', (text, dashOnly) => {
  expect(isDashOnly(text)).toBe(dashOnly);
});

test('a dash-only cell has no own text; any other is trimmed', () => {
  expect(ownText(' ---- ')).toBe('');
  expect(ownText('  Sum drift ')).toBe('Sum drift');
  expect(ownText('- Miljøteam')).toBe('- Miljøteam');
});

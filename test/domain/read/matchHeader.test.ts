import { headerText, matchesHeader, normalizeHeader, parseYearHeader } from '../../../src/domain/read/matchHeader';
import { OPERATING_COLUMNS } from '../../../src/domain/model/schema';

const spec = (key: string) => {
  const found = OPERATING_COLUMNS.find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('matchHeader', () => {
  it.each([
    ['Oppfølgings- ansvarlig', 'responsible'],
    ['Oppfølgings-\nansvarlig', 'responsible'],
    ['ANSVARLEG', 'responsible'],
    ['Responsible', 'responsible'],
    ['Heilårsverknad', 'fullYear'],
    ['  helårsvirkning (1000 kr) ', 'fullYear'],
    ['Endr. drift', 'finReallocation'],
    ['Øk. plan\nNye midler', 'finNew'],
    ['Ref', 'ref'],
  ])('%p names %s', (text, key) => {
    expect(matchesHeader(normalizeHeader(text), spec(key))).toBe(true);
  });

  it.each([
    ['', 'id'],
    ['Ansvar', 'responsible'],
    ['Felles tiltak V/L', 'measure'],
  ])('%p does not name %s', (text, key) => {
    expect(matchesHeader(normalizeHeader(text), spec(key))).toBe(false);
  });

  it.each([
    [2027, 2027],
    ['2027', 2027],
    [' 2028 ', 2028],
    [2027.5, null],
    ['År 2027', null],
    [1800, null],
    [null, null],
    [{ error: '#REF!' }, null],
  ])('parseYearHeader(%p) = %p', (value, year) => {
    expect(parseYearHeader(value)).toBe(year);
  });

  it('headerText', () => {
    expect(headerText(' Tiltak ')).toBe('Tiltak');
    expect(headerText(2027)).toBe('2027');
    expect(headerText(true)).toBe('');
    expect(headerText(Number.NaN)).toBe('');
  });
});

import { joinNames, splitNames } from '../../../src/domain/model/nameList';

describe('a list of header names in one finding param', () => {
  it.each([[['Lønn, fast']], [['Kommentar', 'Lønn, fast']], [['["x"]', 'a "b"', '']]])(
    'keeps %j as it was',
    (names) => {
      expect(splitNames(joinNames(names))).toEqual(names);
    },
  );

  it('reads a plain text as one name, ", " and all', () => {
    expect(splitNames('Lønn, fast')).toEqual(['Lønn, fast']);
    expect(splitNames('[Lønn')).toEqual(['[Lønn']);
  });
});

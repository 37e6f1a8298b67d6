import fc from 'fast-check';
import { splitAreas } from '../../../src/domain/read/measures';

describe('splitAreas', () => {
  it('cuts on semicolons and line breaks, trims, drops empty names', () => {
    expect(splitAreas(' Kultur ;Idrett\r\nHelse;; ')).toEqual(['Kultur', 'Idrett', 'Helse']);
    expect(splitAreas('  ')).toEqual([]);
    expect(splitAreas(' Kultur ')).toEqual(['Kultur']);
  });

  it('is split, trim and filter, as a law', () => {
    const text = fc.array(fc.constantFrom('Kultur', ' ', ';', '\n', '\r', '\t', 'Helse og omsorg', ''), {
      maxLength: 10,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const s = parts.join('');
        const expected = s
          .split(/[;\n]/)
          .map((a) => a.trim())
          .filter((a) => a !== '');
        expect(splitAreas(s)).toEqual(expected);
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });
});

import fc from 'fast-check';
import { formatMeasureId, highestIdNumber, idNumber, idSuggester } from '../../../src/domain/model/measureId';

describe('measure IDs', () => {
  it.each([
    ['D-007', 'D-', 7],
    ['d-012', 'D-', 12],
    [' D-1000 ', 'D-', 1000],
    ['D-7a', 'D-', 0],
    ['I-003', 'D-', 0],
    ['D-', 'D-', 0],
    ['', 'D-', 0],
  ])('idNumber(%p, %p) = %i', (id, prefix, n) => {
    expect(idNumber(id, prefix)).toBe(n);
  });

  it.each([
    [1, 'D-001'],
    [42, 'D-042'],
    [1234, 'D-1234'],
  ])('formatMeasureId(D-, %i) = %s', (n, id) => {
    expect(formatMeasureId('D-', n)).toBe(id);
  });

  it('suggests the next free numbers per prefix, one after another', () => {
    const suggest = idSuggester(['D-001', 'D-007', 'I-002', 'X-900', '']);
    expect([suggest('D-'), suggest('I-'), suggest('D-'), suggest('I-')]).toEqual(['D-008', 'I-003', 'D-009', 'I-004']);
  });

  it('never suggests an ID in use, and never the same one twice', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 20 }), fc.nat({ max: 6 }), (numbers, k) => {
        const ids = numbers.map((n) => formatMeasureId('D-', n));
        const suggest = idSuggester(ids);
        const offered = Array.from({ length: k + 1 }, () => suggest('D-'));
        for (const id of offered) expect(ids).not.toContain(id);
        expect(new Set(offered).size).toBe(offered.length);
        expect(idNumber(offered[0] ?? '', 'D-')).toBe(highestIdNumber(ids, 'D-') + 1);
      }),
    );
  });
});

import { fillNamesBy } from '../../src/i18n/translate';

describe('fillNamesBy', () => {
  test('asks for each name the template shows, as the scan meets it, and leaves a name without a value', () => {
    const asked: string[] = [];
    const values: Record<string, string | number> = { ref: 'D-001', measures: '1 200', year: '' };
    const text = fillNamesBy('Nye midler for {ref}{year}: {measures} ({unit}) {x y} {}', values, (v, name) => {
      asked.push(name);
      return v[name];
    });
    expect(text).toBe('Nye midler for D-001: 1 200 ({unit}) {x y} {}');
    expect(asked).toEqual(['ref', 'year', 'measures', 'unit']);
  });

  test('a template without placeholders comes back as it is', () => {
    expect(fillNamesBy('Ingen avvik.', null, () => 'x')).toBe('Ingen avvik.');
  });
});

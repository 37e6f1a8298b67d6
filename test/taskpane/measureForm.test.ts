import fc from 'fast-check';
import { formatNumber } from '../../src/domain/model/norwegianNumber';
import {
  emptyForm,
  formColumns,
  hasArea,
  listEntry,
  parseAmount,
  toggleArea,
  toRowInput,
  type FormState,
} from '../../src/taskpane/views/measureForm';

const form = (values: Record<string, string>, years: string[] = ['', '', '', ''], areas: string[] = []): FormState => ({
  values: { ...emptyForm('operating', 4).values, ...values },
  areas,
  years,
});

describe('measure form', () => {
  it('shows every operating column but the calculated Sum periode, years in their place', () => {
    const keys = formColumns('operating').map((c) => c.key);
    expect(keys).not.toContain('periodSum');
    expect(keys.indexOf('years')).toBe(keys.indexOf('costStatus') + 1);
    expect(formColumns('investment').map((c) => c.key)).toEqual(
      expect.arrayContaining(['project', 'purpose', 'finFund']),
    );
  });

  it('starts from the schema defaults', () => {
    const { values } = emptyForm('operating', 4);
    expect(values.kind).toBe('Varig');
    expect(values.costStatus).toBe('Beregnet');
    expect(values.measure).toBe('');
  });

  it.each([
    ['', null],
    ['1 200,5', 1200.5],
    ['−2,5', -2.5],
    ['100.000', 100000],
    ['mye', undefined],
  ])('reads the amount %p as %p', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it('builds the RowInput with the fixed ID, next priority, joined areas and Norwegian amounts', () => {
    const { row, errors } = toRowInput(
      'operating',
      form(
        { measure: ' Boveileder ', section: 'Organisasjon', fullYear: '2 400' },
        ['600', '1 200', '', '2 400'],
        ['A', 'B'],
      ),
      { id: 'D-007', priority: 3 },
    );
    expect(errors).toEqual({});
    expect(row.values).toMatchObject({
      id: 'D-007',
      priority: 3,
      measure: 'Boveileder',
      areas: 'A;B',
      fullYear: 2400,
      finNew: null,
    });
    expect(row.years).toEqual([600, 1200, null, 2400]);
  });

  it.each([
    [{ measure: '' }, ['', '', '', ''], 'measure', 'required'],
    [{ measure: 'x', fullYear: '12,3,4' }, ['', '', '', ''], 'fullYear', 'notANumber'],
    [{ measure: 'x', priority: 'første' }, ['', '', '', ''], 'priority', 'notANumber'],
    [{ measure: 'x' }, ['', 'to', '', ''], 'year:1', 'notANumber'],
  ])('flags %p / years %p at %s', (values, years, key, error) => {
    expect(toRowInput('operating', form(values, years), { id: 'D-001', priority: 1 }).errors[key]).toBe(error);
  });

  it('keeps a typed priority over the proposed one', () => {
    expect(
      toRowInput('operating', form({ measure: 'x', priority: '5' }), { id: 'D-001', priority: 2 }).row.values.priority,
    ).toBe(5);
  });

  it('reads back every amount it shows (parse ∘ format)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        expect(parseAmount(formatNumber(value))).toBe(value);
      }),
    );
  });
});

describe('list values in the form, compared as the totals group them (case and outer spaces ignored)', () => {
  const list = ['Helse, velferd, pleie og omsorg', 'Oppvekst', 'Kultur', 'Teknisk'];

  it('finds the entry of a value typed in another case, and none for a value not listed', () => {
    expect(listEntry(list, ' oppvekst ')).toBe('Oppvekst');
    expect(listEntry(list, 'Idrett')).toBeUndefined();
    expect(hasArea(['KULTUR'], 'Kultur')).toBe(true);
    expect(hasArea(['Kultur'], 'Teknisk')).toBe(false);
  });

  it('unticks every spelling of an entry, and keeps a value not listed as typed', () => {
    expect(toggleArea(['oppvekst', 'Idrett ', 'Oppvekst'], 'Oppvekst', false, list)).toEqual(['Idrett']);
  });

  it('ticks an entry once, writing the list spelling of what is already there', () => {
    expect(toggleArea(['kultur', 'KULTUR'], 'Teknisk', true, list)).toEqual(['Kultur', 'Teknisk']);
    expect(toggleArea(['oppvekst'], 'Oppvekst', true, list)).toEqual(['Oppvekst']);
  });
});

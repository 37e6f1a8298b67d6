import fc from 'fast-check';
import { formatNumber } from '../../src/domain/model/norwegianNumber';
import { tp } from '../../src/i18n/taskpane';
import {
  emptyForm,
  fieldErrorParams,
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
    // SPEC §7: a dot only groups thousands; "2.4" is no number (it is not silently 2,4), "2.450" is 2 450.
    ['2.4', undefined],
    ['-1.5 kr', undefined],
    ['2.450', 2450],
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
      '1000 kr',
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
    [{ measure: 'x', priority: 'første' }, ['', '', '', ''], 'priority', 'notAWholeNumber'],
    [{ measure: 'x' }, ['', 'to', '', ''], 'year:1', 'notANumber'],
  ])('flags %p / years %p at %s', (values, years, key, error) => {
    expect(toRowInput('operating', form(values, years), { id: 'D-001', priority: 1 }, '1000 kr').errors[key]).toBe(
      error,
    );
  });

  it('refuses a decimal point with the comma to type instead, and writes no figure for it', () => {
    const f = form({ measure: 'x', fullYear: '2.45' }, ['2.4', '-1.5 kr', '2,4', '2.450']);
    const { row, errors } = toRowInput('operating', f, { id: 'D-001', priority: 1 }, '1000 kr');
    expect(errors).toEqual({ fullYear: 'decimalPoint', 'year:0': 'decimalPoint', 'year:1': 'decimalPoint' });
    expect(row.values.fullYear).toBeNull();
    expect(row.years).toEqual([null, null, 2.4, 2450]);
    expect(tp('nb', 'decimalPoint', fieldErrorParams(f, 'year:0', 'decimalPoint', '1000 kr'))).toBe(
      'Skriv desimalen med komma: «2,4» (punktum skiller tusener)',
    );
    expect(tp('nn', 'decimalPoint', fieldErrorParams(f, 'year:1', 'decimalPoint', '1000 kr'))).toBe(
      'Skriv desimalen med komma: «-1,5 kr» (punktum skil tusen)',
    );
    expect(tp('en', 'decimalPoint', fieldErrorParams(f, 'fullYear', 'decimalPoint', '1000 kr'))).toBe(
      'Type the decimal with a comma: "2,45" (a dot separates thousands)',
    );
    expect(tp('nb', 'notANumber', fieldErrorParams(f, 'fullYear', 'notANumber', '1000 kr'))).toBe(
      'Skriv et tall i 1000 kr, f.eks. 1 200',
    );
  });

  it('asks a priority for a whole number, not for a decimal (Prioritet: SPEC §8, a whole number ≥ 1)', () => {
    // «2.0» is no number (SPEC §7: a dot groups thousands) but means 2: the 2 to type, not «2,0» «with a comma».
    const f = form({ measure: 'x', priority: '2.0' });
    const { row, errors } = toRowInput('operating', f, { id: 'D-001', priority: 1 }, '1000 kr');
    expect([errors.priority, row.values.priority]).toEqual(['wholeNumberPoint', null]);
    expect(tp('nb', 'wholeNumberPoint', fieldErrorParams(f, 'priority', 'wholeNumberPoint', '1000 kr'))).toBe(
      'Skriv et helt tall: «2» (punktum skiller tusener)',
    );
    expect(tp('nn', 'notAWholeNumber')).toBe('Skriv eit heilt tal frå 1 og oppover');
    expect(tp('en', 'wholeNumberPoint', fieldErrorParams(f, 'priority', 'wholeNumberPoint', '1000 kr'))).toBe(
      'Type a whole number: "2" (a dot separates thousands)',
    );
    // «2.5» and «høy» are no whole number, with a comma or without: no example of a decimal for a priority.
    expect(
      toRowInput('operating', form({ measure: 'x', priority: '2.5' }), { id: 'D-001', priority: 1 }, '1000 kr').errors,
    ).toEqual({
      priority: 'notAWholeNumber',
    });
    expect(tp('nb', 'notAWholeNumber')).toBe('Skriv et helt tall fra 1 og oppover');
  });

  it('keeps a typed priority over the proposed one', () => {
    expect(
      toRowInput('operating', form({ measure: 'x', priority: '5' }), { id: 'D-001', priority: 2 }, '1000 kr').row.values
        .priority,
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

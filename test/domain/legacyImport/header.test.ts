import fc from 'fast-check';
import { classifyAmount, isCapitalised, sentenceCase, splitRef } from '../../../src/domain/legacyImport/cells';
import { headerYear, matchLegacyHeader, legacyWords, legacyYear } from '../../../src/domain/legacyImport/columns';
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { toGrid } from '../../../src/domain/legacyImport/grid';
import { findLegacyTables } from '../../../src/domain/legacyImport/header';
import { findUnit, resolveColumnUnit } from '../../../src/domain/legacyImport/units';
import { verdalSnapshot } from '../../fixtures/make/legacyVerdal';

describe('legacy header matching (case, punctuation, line breaks, broken-word hyphens)', () => {
  it.each([
    ['Oppfølgings- ansvarlig', 'responsible'],
    ['Oppfølgings-\nansvarlig En funksjon/ en person', 'responsible'],
    ['OPPFØLGINGSANSVARLIG', 'responsible'],
    ['Berørte kommune- delplan- områder', 'areas'],
    ['Berørte kommune-\ndelplan-\nområder', 'areas'],
    ['Felles tiltak V/L', 'finJoint'],
    ['Endr. drift', 'finReallocation'],
    ['Annen finans. Tilsk. oa.', 'finOther'],
    ['Øk. plan\nNye midler', 'finNew'],
    ['Samlet kostnad Mill. kr', 'total'],
    ['Samlet\nkostnad', 'total'],
    ['Tiltak inkl. investeringer med en kostnad under kr. 100.000', 'measure'],
    ['Prioritet', 'priority'],
    ['År', 'costYear'],
    ['Annet', 'otherFinancing'],
    ['Tilskudd', 'finGrant'],
    ['Salg', 'finSale'],
    ['Lån', 'finLoan'],
    ['Mva- kompensasjon', 'finVat'],
    ['Kostnadsramme', 'budget'],
    ['Helårsvirkning', 'fullYear'],
    // «Kostnad» with nothing but its unit is the measure's cost (costHeading.test.ts); over year columns it is a group.
    ['Kostnad – Mill kr.', 'total'],
    ['Finansiering av helårsvirkning', null],
    ['Årsverk', null],
  ])('%p → %p', (header, key) => {
    expect(matchLegacyHeader(header)).toBe(key);
  });

  const known = [
    'Oppfølgingsansvarlig',
    'Felles tiltak V/L',
    'Øk. plan Nye midler',
    'Endr. drift',
    'Samlet kostnad',
    'Annen finans. Tilsk. oa.',
  ];
  it('ignores case, extra punctuation and line breaks between words (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...known),
        fc.boolean(),
        fc.constantFrom(' ', '\n', ' \n ', '. '),
        (header, upper, gap) => {
          const variant = (upper ? header.toUpperCase() : header.toLowerCase()).replace(/ /g, gap);
          expect(matchLegacyHeader(variant)).toBe(matchLegacyHeader(header));
        },
      ),
    );
  });

  it('legacyWords is idempotent (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(legacyWords(legacyWords(s))).toBe(legacyWords(s))));
  });
});

describe('legacyYear: a year header with a footnote marker or its own unit', () => {
  it.each([
    ['2011', 2011, ''],
    ['2011*', 2011, '*'],
    ['2011 **', 2011, '**'],
    ['2012 1)', 2012, '1)'],
    ['2012 (2)', 2012, '(2)'],
    ['2013¹', 2013, '¹'],
    ['2014 a)', 2014, 'a)'],
    ['2014†', 2014, '†'],
    ['2027 (mill kr)', 2027, ''],
    ['2027, mill. kr', 2027, ''],
    ['2027 i 1000 kr', 2027, ''],
    ['2027* (1000 kr)', 2027, '*'],
  ])('%p is the year %p with marker %p', (text, year, footnote) => {
    expect(legacyYear(text)).toEqual({ year, footnote });
  });

  it.each([
    '2011-2014',
    '2011/12',
    '2011 budsjett',
    '2011 1',
    '1999*',
    'År 2011',
    '2027 (budsjett)',
    '2027 (kr. 100.000)',
  ])('%p is no year column', (text) => {
    expect(headerYear(text)).toBeNull();
  });
});

describe('year columns that state their own unit («2027 (mill kr)»)', () => {
  const values: CellValue[][] = [
    [
      'Prioritet',
      'Tiltak',
      '2027 (mill kr)',
      '2028 (mill kr)',
      '2029 (mill kr)',
      '2030 (mill kr)',
      'Nye midler (1000 kr)',
    ],
    [1, 'Familieteam', 0.25, 0.4, 0.4, 0.4, 400],
    [2, 'Leksehjelp', 0.3, 0.3, 0.3, 0.3, 300],
    [null, 'I alt', 0.55, 0.7, 0.7, 0.7, 700],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
    { defaultStartYear: 2011, unit: 'kr', commentNote: (n) => n.code },
  );

  it('are the years 2027–2030 in Mill kr, beside a 1000 kr column: kroner as typed', () => {
    expect(result.content.settings.startYear).toBe(2027);
    expect(result.content.operating.map((r) => [r.values.measure, ...r.years, r.values.finNew])).toEqual([
      ['Familieteam', 250_000, 400_000, 400_000, 400_000, 400_000],
      ['Leksehjelp', 300_000, 300_000, 300_000, 300_000, 300_000],
    ]);
  });
});

describe('units in header text', () => {
  it.each([
    ['Kostnad – Mill kr.', 'mill kr'],
    ['Samlet kostnad\nMill. kr', 'mill kr'],
    ['Finansiering (1000 kr)', '1000 kr'],
    ['Beløp i 1 000 kr', '1000 kr'],
    ['Beløp (kr)', 'kr'],
    ['Beløp i 1000-kroner', '1000 kr'],
    ['Kostnad, 1000-kr', '1000 kr'],
    ['Samlet kostnad (mill.)', 'mill kr'],
    ['Kostnad (millioner)', 'mill kr'],
    ['Beløp i tusen', '1000 kr'],
    ['Kostnad (i hele 1000)', '1000 kr'],
    ['NOK 1000', '1000 kr'],
    ['Tiltak inkl. investeringer med en kostnad under kr. 100.000', null],
    ['Millionbyen', null],
    ['Felles tiltak V/L', null],
  ])('%p states %p', (text, unit) => {
    expect(findUnit(text)).toBe(unit);
  });

  it.each([
    ['own unit first', 'kr', 'mill kr', ['mill kr'], undefined, 'kr', 'column'],
    ['then the group', null, 'mill kr', ['1000 kr'], undefined, 'mill kr', 'group'],
    ['then the table header', null, null, ['mill kr'], '1000 kr', 'mill kr', 'table'],
    [
      'the first stated of disagreeing header units, not --unit',
      null,
      null,
      ['mill kr', '1000 kr'],
      'kr',
      'mill kr',
      'table',
    ],
    ['the first stated unit without --unit', null, null, ['mill kr', '1000 kr'], undefined, 'mill kr', 'table'],
    ['--unit when the header states none', null, null, [], 'mill kr', 'mill kr', 'option'],
    ['the target unit as a last resort', null, null, [], undefined, '1000 kr', 'assumed'],
  ] as const)('%s', (_name, own, group, table, option, unit, source) => {
    expect(resolveColumnUnit(own, group, table, option, '1000 kr')).toEqual({ unit, source });
  });
});

describe('legacy cells', () => {
  it.each([
    ['14. Utvidelse miljøteam: Trappes opp', '14', 'Utvidelse miljøteam: Trappes opp'],
    ['20. 4 Småhus', '20', '4 Småhus'],
    ['7.1 Boliger', '7.1', 'Boliger'],
    ['4 Småhus', '', '4 Småhus'],
    ['Behov for renovering', '', 'Behov for renovering'],
  ])('splitRef(%p) → ref %p', (text, ref, measure) => {
    expect(splitRef(text)).toEqual({ ref, measure });
  });

  it.each([
    ['SAMFUNN OG TJENESTER', 'Samfunn og tjenester', true],
    ['ORGANISASJON', 'Organisasjon', true],
    ['ØKONOMI  OG  DRIFT', 'Økonomi og drift', true],
    ['Leder boligkontor', 'Leder boligkontor', false],
    ['2011', '2011', false],
    // A numbered section heading: the first letter is the one made upper case, not the digit.
    ['1. SAMFUNN OG TJENESTER', '1. Samfunn og tjenester', true],
    ['A) ORGANISASJON', 'A) Organisasjon', true],
  ])('%p: sentence case %p, capitalised %p', (text, sentence, capitals) => {
    expect(sentenceCase(text)).toBe(sentence);
    expect(isCapitalised(text)).toBe(capitals);
  });

  it.each([
    [null, { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    [2.4, { kind: 'number', value: 2.4, fromText: false }],
    ['2,4', { kind: 'number', value: 2.4, fromText: true }],
    ['----', { kind: 'placeholder' }],
    ['–', { kind: 'placeholder' }],
    ['?', { kind: 'status', status: 'Ukjent' }],
    ['Må utredes', { kind: 'status', status: 'Må utredes' }],
    ['må\nutredes', { kind: 'status', status: 'Må utredes' }],
    ['Innenfor rammen', { kind: 'status', status: 'Innenfor ramme' }],
    ['se vedlegg', { kind: 'text', text: 'se vedlegg' }],
    // A logical or an error value: the file's English name, marked for the log to name it as her Excel shows it.
    [{ error: '#REF!' }, { kind: 'text', text: '#REF!', valueType: 'error' }],
    [true, { kind: 'text', text: 'TRUE', valueType: 'logical' }],
    [false, { kind: 'text', text: 'FALSE', valueType: 'logical' }],
    ['true', { kind: 'text', text: 'true' }],
  ])('classifyAmount(%p)', (value, expected) => {
    expect(classifyAmount(value)).toEqual(expected);
  });
});

describe('findLegacyTables', () => {
  it.each([true, false])('reads two header rows with group cells (merges: %p)', (merges) => {
    const [drift, inv] = findLegacyTables(toGrid(verdalSnapshot({ merges })));
    expect(drift).toMatchObject({ headerRow: 5, headerRows: 2, firstDataRow: 7, lastDataRow: 17 });
    expect(drift?.columns.map((c) => c.key)).toEqual([
      'priority',
      'measure',
      'total',
      'year:2011',
      'year:2012',
      'year:2013',
      'year:2014',
      'finJoint',
      'finReallocation',
      'finOther',
      'finNew',
      'responsible',
      'areas',
    ]);
    expect(drift?.columns.filter((c) => c.group === 'Kostnad – Mill kr.').map((c) => c.cell)).toEqual([
      'C6',
      'D6',
      'E6',
      'F6',
      'G6',
    ]);
    expect(inv).toMatchObject({ headerRow: 21, headerRows: 2, firstDataRow: 23, lastDataRow: 26 });
    expect(inv?.columns.filter((c) => c.group === 'Finansiering (1000 kr)').map((c) => c.key)).toEqual([
      'finGrant',
      'finSale',
      'otherFinancing',
      'finLoan',
    ]);
  });
});

describe('investment headers as municipalities abbreviate them ("Mva-komp.", "Etter 2030")', () => {
  // Two header rows, amounts in mill kr (the Kostnadsramme header states it for the table), read into 1000 kr.
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Inv',
          origin: 'A1',
          values: [
            [
              'Prioritet',
              'Tiltak',
              'Kostnadsramme (mill kr)',
              '2027',
              '2028',
              '2029',
              '2030',
              'Etter 2030',
              'Finansiering',
            ],
            [null, null, null, null, null, null, null, null, 'Mva-komp.', 'Lån'],
            [1, 'Omsorgsboliger', 12.5, 2, 4, 4, 2, 0.5, 2.5, 10],
          ],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

  it('keeps Etter perioden 0,5 mill = 500 and Mva-kompensasjon 2,5 mill = 2 500 (12,5 = 2 + 4 + 4 + 2 + 0,5)', () => {
    expect(result.content.investment[0]?.values).toMatchObject({
      budget: 12500,
      after: 500,
      finVat: 2500,
      finLoan: 10000,
    });
    expect(result.log.filter((d) => d.code === 'column-unknown')).toEqual([]);
  });
});

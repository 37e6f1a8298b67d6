/**
 * An amount typed as text with a kroner word around it (cells.ts, SPEC §7 "a trailing kr", §11): «2 000 kroner»,
 * «NOK 500», «2 000 kr,-», «2 000 kr» and «kr 2 000» are the number with its own unit, kr («2 000,-» names no unit).
 * In a column of another unit the cell's own unit wins for a whole number, as «0,5 mill» does (amounts.ts cellUnit),
 * logged kroner-in-column with the text as typed; a number with decimals is no kroner amount and keeps the column's
 * unit (kroner-word-ignored). Text that is no one number («ca. 2 000», «2-3 000») stays unread: logged at its cell
 * (text-not-amount) and put in Kommentar with where it stood («2011: 2-3 000»). Figures by hand, in the assumed 1000 kr of titledTable's header.
 */
import { classifyAmount } from '../../../src/domain/legacyImport/cells';
import type { CellValue } from '../../../src/domain/model/snapshot';
import type { Unit } from '../../../src/domain/model/money';
import { renderImportDecision } from '../../../src/i18n/importLog';
import { figures, importTitled } from './titledTable';

describe('an amount cell with a kroner word', () => {
  it.each([
    ['2 000 kroner', 2000],
    ['2 000 Kroner.', 2000],
    ['-2 000 kroner', -2000],
    ['kroner 2 000', 2000],
    ['2 000 NOK', 2000],
    ['NOK 2 000', 2000],
    ['2 000 kr,-', 2000],
    ['2,5 kroner', 2.5],
    ['2 000 kr', 2000],
    ['kr 2 000', 2000],
  ])('%p is %p kr, a unit of its own', (text, value) => {
    expect(classifyAmount(text)).toEqual({ kind: 'number', value, fromText: true, unit: 'kr' });
  });

  it('«2 000,-» names no unit: the column’s', () => {
    expect(classifyAmount('2 000,-')).toEqual({ kind: 'number', value: 2000, fromText: true });
  });

  it.each([['ca. 2 000'], ['2-3 000'], ['ca. 2 000 kroner'], ['2 000 kroner i 2027'], ['nok'], ['kroner']])(
    '%p stays text',
    (text) => {
      expect(classifyAmount(text)).toEqual({ kind: 'text', text });
    },
  );
});

describe('a legacy table with amounts typed with kroner words', () => {
  const body: CellValue[][] = [
    ['SAMFUNN OG TJENESTER'],
    [1, '14. Utvidelse miljøteam', '2 000 kroner', '500 kr', 'kr 500', '500,-', 'NOK 500', '----', '2 000 kr,-', 'R'],
    [2, '4. Samordnet saksbehandling', 'ca. 2 000', '2-3 000', 1, 1, 1, 0, 1, 'R'],
  ];
  const r = importTitled('Tabell 6.1 Utviklingstiltak drift', { body });
  const logged = (code: string): unknown[] => r.log.flatMap((d) => (d.code === code ? [[d.cell, d.params]] : []));

  it('reads a kroner word’s whole number in kroner, into the 1000 kr of the column: 2 000 kr = 2, 500 kr = 0,5', () => {
    // «500,-» names no unit: 500 in the column's 1000 kr.
    expect(figures(r)).toEqual([
      [2, 0.5, 0.5, 500, 0.5, 0, 2],
      [null, null, 1, 1, 1, 0, 1],
    ]);
  });

  it('logs each kroner cell with the text as typed and the column’s unit; «500,-» as a number typed as text', () => {
    expect(logged('kroner-in-column')).toEqual([
      // Each with its figure in the new table's 1000 kr: 2 000 kr = 2, 500 kr = 0,5.
      ['D7', { number: 2000, unit: '1000 kr', typed: '2 000 kroner', amount: 2, target: '1000 kr' }],
      ['E7', { number: 500, unit: '1000 kr', typed: '500 kr', amount: 0.5, target: '1000 kr' }],
      ['F7', { number: 500, unit: '1000 kr', typed: 'kr 500', amount: 0.5, target: '1000 kr' }],
      ['H7', { number: 500, unit: '1000 kr', typed: 'NOK 500', amount: 0.5, target: '1000 kr' }],
      ['J7', { number: 2000, unit: '1000 kr', typed: '2 000 kr,-', amount: 2, target: '1000 kr' }],
    ]);
    expect(logged('number-from-text')).toEqual([['G7', { number: 500, typed: '500,-' }]]);
  });

  it('leaves «ca. 2 000» and «2-3 000» unread, logged at their cells and kept in Kommentar', () => {
    expect(logged('text-not-amount')).toEqual([
      ['D8', { text: 'ca. 2 000' }],
      ['E8', { text: '2-3 000' }],
    ]);
    // Each with where it stood: Samlet kostnad (D8) is Helårsvirkning, E8 the year 2011.
    expect(r.content.operating[1]?.values.comment).toBe('Helårsvirkning: ca. 2 000; 2011: 2-3 000');
  });
});

describe('a kroner word in a mill kr table', () => {
  // «2 000 kroner» under mill kr: 2 000 mill kr would be 2 milliarder; the cell says 2 000 kr. A dot groups thousands
  // (SPEC §7): «1.275 kroner» is 1 275 kr. «2,5 kr» has øre, no kroner amount: 2,5 in the column's mill kr.
  const body: CellValue[][] = [
    ['SAMFUNN OG TJENESTER'],
    [1, '14. Utvidelse miljøteam', 1, '2 000 kroner', 'kr 1.275', 'NOK 2 000 000', '2,5 kr', 0, 1, 'R'],
  ];
  const r = importTitled('Tabell 6.1 Utviklingstiltak drift (mill kr)', { body });

  it('reads a whole number in kroner and a decimal one in mill kr, into the 1000 kr of the new table', () => {
    // 2 000 kr = 2; 1 275 kr = 1,275; 2 000 000 kr = 2 000; 2,5 mill kr = 2 500 (thousand).
    expect(r.content.operating[0]?.years).toEqual([2, 1.275, 2000, 2500]);
  });

  it('warns at each cell, naming the text, the number and the column’s unit; no dot warning for kroner', () => {
    const logged = (code: string): unknown[] => r.log.flatMap((d) => (d.code === code ? [[d.cell, d.params]] : []));
    expect(logged('kroner-in-column')).toEqual([
      // In the new table's 1000 kr: 2 000 kr = 2, 1 275 kr = 1,275, 2 000 000 kr = 2 000.
      ['E7', { number: 2000, unit: 'mill kr', typed: '2 000 kroner', amount: 2, target: '1000 kr' }],
      ['F7', { number: 1275, unit: 'mill kr', typed: 'kr 1.275', amount: 1.275, target: '1000 kr' }],
      ['G7', { number: 2_000_000, unit: 'mill kr', typed: 'NOK 2 000 000', amount: 2000, target: '1000 kr' }],
    ]);
    expect(logged('kroner-word-ignored')).toEqual([['H7', { number: 2.5, unit: 'mill kr', typed: '2,5 kr' }]]);
    expect(logged('dot-ambiguous')).toEqual([]);
  });
});

describe('a kroner word in a kr table', () => {
  const body: CellValue[][] = [['SAMFUNN OG TJENESTER'], [1, 'Miljøteam', 2000, '2 000 kroner', 'NOK 500', 0, 0, 0, 0]];
  const r = importTitled('Tabell 6.1 Utviklingstiltak drift (kr)', { body });

  it('is no conflict: the number in kr (into the new table’s 1000 kr), logged as a number typed as text', () => {
    expect(r.content.operating[0]?.years.slice(0, 2)).toEqual([2, 0.5]);
    expect(r.log.filter((d) => d.code.startsWith('kroner-'))).toEqual([]);
    expect(r.log.flatMap((d) => (d.code === 'number-from-text' ? [d.cell] : []))).toEqual(['E7', 'F7']);
  });
});

// The log's reading in kroner is followed by the figure the new table holds, in its unit (the plan's): «2 000
// kroner» under a mill kr column, into the new table's 1000 kr, is 2 there; into a mill kr table 0,002.
describe('a kroner word: the figure in the new table’s unit', () => {
  const body: CellValue[][] = [
    ['SAMFUNN OG TJENESTER'],
    [1, '14. Utvidelse miljøteam', 1, '2 000 kroner', 0, 0, 0, 0, 1, 'R'],
  ];
  const kroner = (unit?: Unit) =>
    importTitled('Tabell 6.1 Utviklingstiltak drift (mill kr)', { body, ...(unit ? { unit } : {}) }).log.find(
      (d) => d.code === 'kroner-in-column',
    );

  it('into 1000 kr: 2 000 kr = 2; into mill kr: 0,002', () => {
    expect(kroner()?.params).toEqual({
      number: 2000,
      unit: 'mill kr',
      typed: '2 000 kroner',
      amount: 2,
      target: '1000 kr',
    });
    expect(kroner('mill kr')?.params).toMatchObject({ amount: 0.002, target: 'mill kr' });
  });

  it.each([
    [
      'nb',
      'Kontroller beløpet: cellen oppgir selv kroner, «2 000 kroner», men kolonnen er i mill kr; lest som 2\u00a0000 kr, cellens enhet, det vil si 2 i 1000 kr i den nye tabellen. Var tallet ment i mill kr, rett beløpet i den nye tabellen.',
    ],
    [
      'nn',
      'Kontroller beløpet: cella oppgir sjølv kroner, «2 000 kroner», men kolonnen er i mill kr; lese som 2\u00a0000 kr, eininga til cella, det vil seie 2 i 1000 kr i den nye tabellen. Var talet meint i mill kr, rett beløpet i den nye tabellen.',
    ],
    [
      'en',
      'Check the amount: the cell states kroner itself, "2 000 kroner", but the column is in mill kr; read as 2,000 kr, the cell’s unit, that is 2 in 1000 kr in the new table. If the number was meant in mill kr, correct the amount in the new table.',
    ],
  ] as const)('%s: the message says it', (lang, text) => {
    const d = kroner();
    expect(d && renderImportDecision(d, lang)).toBe(text);
  });
});

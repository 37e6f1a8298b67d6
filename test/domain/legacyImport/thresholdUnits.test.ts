/**
 * A threshold phrase is no unit statement (units.ts, SPEC §11 "the unit stated elsewhere in the same table's
 * header"): «Tiltak over 1 000 000 kroner» says which measures the table holds, not what its figures count in. The
 * kroner (or mill kr) in «over/under/inntil/fra … kroner» stated a unit before; a unit comes from a unit statement
 * («i 1000 kr», «(mill kr)», «beløp i kroner») only. With none stated anywhere the table takes `--unit`, else the
 * target unit, logged «ingen enhet oppgitt» (source assumed). Figures by hand from titledTable's rows.
 */
import type { ImportResult } from '../../../src/domain/legacyImport/import';
import { findTitleUnit, findUnit } from '../../../src/domain/legacyImport/units';
import type { Unit } from '../../../src/domain/model/money';
import { figures, HEADER, importTitled } from './titledTable';

describe('a threshold phrase in a header states no unit', () => {
  it.each([
    ['Tiltak over 1 000 000 kroner'],
    ['Samlet kostnad, tiltak over 100 000 kroner'],
    ['Tiltak under 50 000 kroner'],
    ['Tiltak inntil 500 000 NOK'],
    ['Tiltak fra 100 000 kroner'],
    ['Tiltak over 1 mill. kr'],
    ['Tiltak under 500 tusen kroner'],
    ['Tiltak opp til kr 250 000'],
    ['Tiltak mellom 100 000 og 1 000 000 kroner'],
    ['Tiltak på mer enn 2 mill kr'],
  ])('%p states none', (text) => {
    expect(findUnit(text)).toBeNull();
  });

  it.each<[string, Unit]>([
    ['Beløp i kroner, tiltak over 1 mill. kr', 'kr'],
    ['Tiltak under 1 mill. kr (beløp i 1000 kr)', '1000 kr'],
    ['Kostnad (mill kr) for tiltak over 100 000 kroner', 'mill kr'],
    ['Kostnad fra 2027 (mill kr)', 'mill kr'],
    ['Beløp i kroner', 'kr'],
  ])('beside a unit statement, %p states that: %p', (text, unit) => {
    expect(findUnit(text)).toBe(unit);
  });

  it('nor in the title: «Investeringer i bygg over 1 mill. kr» states none (its «i …» part was mill kr)', () => {
    expect(findTitleUnit('Investeringer i bygg over 1 mill. kr')).toBeNull();
  });
});

describe('a legacy table whose only «unit» is a threshold phrase', () => {
  const header = [...HEADER];
  header[2] = 'Samlet kostnad, tiltak over 1 000 000 kroner';
  const sources = (r: ImportResult): unknown[] =>
    r.log.flatMap((d) => (d.code === 'column-unit' || d.code === 'column-unit-converted' ? [[d.cell, d.params]] : []));

  it('in a column heading: the figures are the target unit as typed (2,4 stays 2,4 in 1000 kr), assumed', () => {
    const r = importTitled('Tabell 6.1 Utviklingstiltak drift', { header });
    expect(figures(r)).toEqual([
      [2.4, 0.6, 1.2, 1.8, 2.4, 0, 2.4],
      [0.35, 0.35, 0.35, 0.35, 0.35, 0.1, 0.25],
    ]);
    expect(sources(r)[0]).toEqual([
      'D5',
      { column: 'Samlet kostnad, tiltak over 1 000 000 kroner', unit: '1000 kr', source: 'assumed' },
    ]);
  });

  it('in a column heading with --unit mill kr: the figures are mill kr, from the option', () => {
    const r = importTitled('Tabell 6.1 Utviklingstiltak drift', { header, unit: 'mill kr' });
    expect(figures(r)[0]).toEqual([2.4, 0.6, 1.2, 1.8, 2.4, 0, 2.4]);
    expect(sources(r).map((s) => (s as [string, { source: string }])[1].source)).toEqual(Array(7).fill('option'));
  });

  it('in the title: no unit-title line, the figures as typed in the assumed 1000 kr', () => {
    const r = importTitled('Investeringer i bygg over 1 mill. kr');
    expect(r.log.some((d) => d.code === 'unit-title')).toBe(false);
    expect(figures(r)[1]).toEqual([0.35, 0.35, 0.35, 0.35, 0.35, 0.1, 0.25]);
  });
});

describe("a threshold's money words are parseUnit's, and a year is no amount", () => {
  it.each([
    ['Tiltak over 1 million kroner'],
    ['Tiltak over 1 million'],
    ['Tiltak over 500tkr'],
    ['Tiltak inntil NOK 1 mill.'],
    ['Tiltak over 1,5 mrd. kr'],
    ['Tiltak over 1 milliard kroner'],
    ['Tiltak over 2000 kr'],
    ['Tiltak fra 2000 kroner'],
    ['Tiltak over 1 mill kr, under 5 mill kr'],
  ])('%p states none', (text) => {
    expect(findUnit(text)).toBeNull();
  });

  it.each<[string, Unit]>([
    ['Tiltak over 1 mill. kr per år i 1000 kr', '1000 kr'],
    ['Tiltak over 1 000 i 1000 kr', '1000 kr'],
    ['Tiltak over 2 MNOK, beløp i tkr', '1000 kr'],
    ['Tiltak over 1 million (mill kr)', 'mill kr'],
    ['Kostnad fra og med 2027 mill. kr', 'mill kr'],
    ['Kostnad fra 2027 mill kr', 'mill kr'],
    ['Kostnad inntil 2030 mill. kr', 'mill kr'],
    ['Kostnad mellom 2027 og 2030 tkr', '1000 kr'],
    ['Kostnad fra 2027–2030 MNOK', 'mill kr'],
    ['Kostnad fra 2027 (kr)', 'kr'],
  ])('%p states %p', (text, unit) => {
    expect(findUnit(text)).toBe(unit);
  });

  it('«Samlet kostnad fra og med 2011 mill. kr»: mill kr, 2,4 → 2 400 and 0,35 → 350 in 1000 kr', () => {
    const header = [...HEADER];
    header[2] = 'Samlet kostnad fra og med 2011 mill. kr';
    expect(figures(importTitled('Tabell 6.1 Utviklingstiltak drift', { header }))).toEqual([
      [2400, 600, 1200, 1800, 2400, 0, 2400],
      [350, 350, 350, 350, 350, 100, 250],
    ]);
  });

  it('«Samlet kostnad, tiltak over 1 mill. kr per år i 1000 kr»: 1000 kr from the column, the figures as typed', () => {
    const header = [...HEADER];
    header[2] = 'Samlet kostnad, tiltak over 1 mill. kr per år i 1000 kr';
    const r = importTitled('Tabell 6.1 Utviklingstiltak drift', { header });
    expect(figures(r)).toEqual([
      [2.4, 0.6, 1.2, 1.8, 2.4, 0, 2.4],
      [0.35, 0.35, 0.35, 0.35, 0.35, 0.1, 0.25],
    ]);
    expect(r.log.find((d) => d.code === 'column-unit')?.params).toMatchObject({ unit: '1000 kr', source: 'column' });
  });
});

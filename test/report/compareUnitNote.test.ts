/**
 * The warning that Beløpsenhet changed without converting the amounts (docs/spec.md §14) in the change report's
 * three formats: first in text and HTML (right under the title, a warning in HTML), a field of its own in JSON
 * that leaves every field it had before in place. Plans are read from typed cells: D-002's 250 a year (with
 * Helårsvirkning 250 and Nye midler 250) is 250 000 kr in 1000 kr and 250 000 000 kr in mill kr — 6 amounts,
 * each 1000 times what it was.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { ChangeSet } from '../../src/domain/model/changeSet';
import type { Unit } from '../../src/domain/model/money';
import type { Plan } from '../../src/domain/model/plan';
import { readPlan } from '../../src/domain/read/plan';
import type { CompareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

const d2 = (n: number) =>
  operatingRow({
    ID: 'D-002',
    ...{ '2027': n, '2028': n, '2029': n, '2030': n, Helårsvirkning: n, 'Nye midler': n },
  });

const plan = (n: number, unit: Unit): Plan =>
  readPlan(canonicalSnapshot({ operating: [d2(n)], unit }), { defaultStartYear: 2027 }).plan;

const compare = (a: Plan, b: Plan): ChangeSet =>
  comparePlans(a, b, { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } });

/** nb-NO groups digits with no-break spaces: plain spaces read better in expectations. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

const unconverted = compare(plan(250, '1000 kr'), plan(250, 'mill kr'));
const converted = compare(plan(250, '1000 kr'), plan(0.25, 'mill kr'));

describe('compare report: Beløpsenhet changed, amounts not converted', () => {
  it('text: the warning is the first line under the title, with the counts and the factor 1 000', () => {
    const lines = plain(renderCompare(unconverted, 'text', 'nb'))
      .split('\n')
      .filter((l) => l.trim() !== '');
    // The title, its underline, then the warning.
    expect(lines[0]).toBe('Endringer fra Vedtatt');
    const at = 2;
    expect(lines[at]).toMatch(
      /^Beløpsenheten er endret fra 1000 kr til mill kr, men beløpene ser ikke ut til å være regnet om/,
    );
    expect(lines[at]).toContain('6 av 6 endrede beløp er 1 000 ganger så store som før.');
    expect(lines[at]).toContain(
      'del beløpene i den nyere versjonen på 1 000, eller sett Beløpsenhet tilbake til 1000 kr.',
    );
    // The plain sentence of the change of unit is not said twice.
    expect(lines.join('\n')).not.toContain('Beløpene er sammenlignet i kroner.');
  });

  it('HTML: one warning paragraph', () => {
    const html = plain(renderCompare(unconverted, 'html', 'nb'));
    expect(html.match(/<p class="warning">Beløpsenheten er endret fra 1000 kr til mill kr, men/g)).toHaveLength(1);
  });

  it('nynorsk and English say the same', () => {
    expect(plain(renderCompare(unconverted, 'text', 'nn'))).toContain(
      '6 av 6 endra beløp er 1 000 gonger så store som før.',
    );
    expect(renderCompare(unconverted, 'text', 'en')).toContain(
      '6 of the 6 changed amounts are 1,000 times what they were.',
    );
  });

  it('the other way, mill kr → 1000 kr: a thousandth, and the fix is to multiply', () => {
    // 0,25 typed is 250 000 kr in mill kr and 250 kr in 1000 kr.
    const text = plain(renderCompare(compare(plan(0.25, 'mill kr'), plan(0.25, '1000 kr')), 'text', 'nb'));
    expect(text).toContain('6 av 6 endrede beløp er 1 000 ganger så små som før.');
    expect(text).toContain('gang beløpene i den nyere versjonen med 1 000');
  });

  it('kr → mill kr: the factor is 1 000 000', () => {
    // 250 typed is 250 kr in kr and 250 000 000 kr in mill kr.
    const text = plain(renderCompare(compare(plan(250, 'kr'), plan(250, 'mill kr')), 'text', 'nb'));
    expect(text).toContain('er 1 000 000 ganger så store som før');
  });

  it('JSON: a field of its own, every field the document had before still there', () => {
    const json = JSON.parse(renderCompare(unconverted, 'json', 'nb')) as CompareJson;
    expect(json.unitNotConverted).toEqual({ old: '1000 kr', new: 'mill kr', scale: 1000, changed: 6, scaled: 6 });
    expect(Object.keys(json)).toEqual([
      'old',
      'new',
      'settings',
      'unitNotConverted',
      'measures',
      'totals',
      'economyPlan',
    ]);
    expect([json.old.plan.unit, json.new.plan.unit]).toEqual(['1000 kr', 'mill kr']);
    // The changes themselves are listed as before: 250 000 kr → 250 000 000 kr.
    expect(json.measures.changed[0]?.changes[0]).toEqual({ field: '2027', old: 250_000, new: 250_000_000 });
  });
});

describe('compare report: no warning', () => {
  it('amounts converted (250 → 0,25 mill): the change of unit stated plainly, no warning', () => {
    const text = plain(renderCompare(converted, 'text', 'nb'));
    expect(text).toContain('Beløpsenheten er endret fra 1000 kr til mill kr. Beløpene er sammenlignet i kroner.');
    expect(text).not.toContain('regnet om');
    expect(renderCompare(converted, 'html', 'nb')).not.toContain('class="warning"');
    expect((JSON.parse(renderCompare(converted, 'json', 'nb')) as CompareJson).unitNotConverted).toBeNull();
  });

  it('the same unit: null in JSON', () => {
    const same = compare(plan(250, '1000 kr'), plan(300, '1000 kr'));
    expect((JSON.parse(renderCompare(same, 'json', 'en')) as CompareJson).unitNotConverted).toBeNull();
  });
});

/**
 * economy-plan-line-invalid (docs/spec.md §6, §8): a Del or Linjetype the reconciliation cannot read is named at
 * its cell. Canonical layout: Del in A, Linjetype in B, Ref in C, Rammeområde in D, the plan years from G.
 */
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot } from '../../helpers/workbook';

const findingsOf = (economyPlan: Record<string, string | number>[]) =>
  readPlan(canonicalSnapshot({ economyPlan }), { defaultStartYear: 2026 })
    .findings.filter((f) => f.code === 'economy-plan-line-invalid')
    .map((f) => [f.severity, f.sheet, f.cell, f.params]);

const PARTS = 'Drift, Investering';
const TYPES = 'Tiltak, Ramme, Finansiering';

describe('readPlan: economy plan lines whose Del or Linjetype it cannot read', () => {
  it('names the Del or Linjetype cell of each such line, in the sheet row of the line', () => {
    const lines: Record<string, string | number>[] = [
      // row 2: Del empty on a Tiltak line with money.
      { Del: '', Linjetype: 'Tiltak', Ref: 'X-9', Rammeområde: 'R3', '2027': 50 },
      // row 3: Del misspelled.
      { Del: 'Drfit', Linjetype: 'Tiltak', Ref: 'X-9', '2027': 50 },
      // row 4: Linjetype misspelled.
      { Del: 'Drift', Linjetype: 'Tilltak', Ref: 'X-9', '2027': 50 },
      // row 5: Linjetype empty on a line with money.
      { Del: 'Drift', Linjetype: '', Ref: 'X-9', '2027': 50 },
      // row 6: other case and spaces around it are the choice itself: nothing to say.
      { Del: ' drift ', Linjetype: 'Ramme ', Rammeområde: 'R3', '2027': 50 },
      // row 7: a Ramme line is Drift whatever Del says; an empty Del changes nothing.
      { Del: '', Linjetype: 'Ramme', Rammeområde: 'R3', '2027': 50 },
      // row 8: no money: an empty Del changes no figure.
      { Del: '', Linjetype: 'Tiltak', Ref: 'X-10', Beskrivelse: 'Ikke tallfestet' },
      // row 9: a misspelled Del is named on any line type.
      { Del: 'Investeirng', Linjetype: 'Finansiering', Ref: 'P-1', Finansieringskilde: 'Lån', '2027': 5 },
    ];
    expect(findingsOf(lines)).toEqual([
      ['warning', 'Økonomiplan', 'A2', { column: 'Del', value: '', allowed: PARTS, reason: 'part-missing' }],
      ['warning', 'Økonomiplan', 'A3', { column: 'Del', value: 'Drfit', allowed: PARTS, reason: 'part-unknown' }],
      ['warning', 'Økonomiplan', 'B4', { column: 'Linjetype', value: 'Tilltak', allowed: TYPES }],
      ['warning', 'Økonomiplan', 'B5', { column: 'Linjetype', value: '', allowed: TYPES, reason: 'type-missing' }],
      ['warning', 'Økonomiplan', 'A9', { column: 'Del', value: 'Investeirng', allowed: PARTS, reason: 'part-unknown' }],
    ]);
  });

  it('names the Del cell of a Ramme line with Del Investering (drift only), with money or without', () => {
    const lines: Record<string, string | number>[] = [
      { Del: 'Investering', Linjetype: 'Ramme', Rammeområde: 'R3', '2027': 5000 },
      { Del: 'investering ', Linjetype: 'ramme', Rammeområde: 'R3', '2027': 0 },
      // Del empty: a Ramme line is Drift by its type, nothing to say.
      { Del: '', Linjetype: 'Ramme', Rammeområde: 'R3', '2027': 50 },
      { Del: 'Drift', Linjetype: 'Ramme', Rammeområde: 'R3', '2027': 50 },
    ];
    const reason = 'ramme-investment';
    expect(findingsOf(lines)).toEqual([
      ['warning', 'Økonomiplan', 'A2', { column: 'Del', value: 'Investering', allowed: PARTS, reason }],
      ['warning', 'Økonomiplan', 'A3', { column: 'Del', value: 'Investering', allowed: PARTS, reason }],
    ]);
  });

  it('names both cells of a line with money and neither Del nor Linjetype', () => {
    expect(findingsOf([{ Ref: 'X-9', '2028': 10 }]).map((f) => f[2])).toEqual(['B2', 'A2']);
  });
});

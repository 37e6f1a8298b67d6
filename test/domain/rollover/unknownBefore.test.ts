/**
 * Roll forward (SPEC §11) where an amount is not known ("?": amount-invalid, read as 0 until it is fixed). The
 * product's choice, written into SPEC §11: Tidligere bevilget plus the first year is not known when either part
 * is a "?", so Tidligere bevilget is written «?» (its own text when it held one) and the roll names the measure
 * and both old cells, never a sum that looks known; a dash ("----") is an explicit 0 (SPEC §7) and adds as 0. A
 * row whose every year holds a "?" (or nothing) gets «?» in the new last year, not a typed 0: a cost nobody knows
 * is no cost of nothing. A Varig measure still gets its Helårsvirkning there.
 */
import { readPlan } from '../../../src/domain/read/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';
import { typedTexts } from '../../../src/domain/read/typedTexts';
import type { RowInput } from '../../../src/domain/model/content';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

const inv = (id: string, before: CellValue, years: CellValue[]): Record<string, CellValue> => ({
  ID: id,
  Seksjon: 'Samfunn og tjenester',
  Prioritet: Number(id.slice(2)),
  Tiltak: `Bygg ${id}`,
  Kostnadsstatus: 'Beregnet',
  Kostnadsramme: 9000,
  'Tidligere bevilget': before,
  '2027': years[0] ?? null,
  '2028': years[1] ?? null,
  '2029': years[2] ?? null,
  '2030': years[3] ?? null,
});

// Plan 2027–2030 in 1000 kr, rolled to 2028–2031. Canonical Tiltak investering: Tidligere bevilget is column J,
// 2027 column K; I-001 stands on row 2, I-002 on row 3 … I-006 on row 7.
const wb = canonicalSnapshot({
  operating: [
    operatingRow({ ID: 'D-001', Type: 'Engangs', '2027': '?', '2028': '?', '2029': '?', '2030': '?' }),
    operatingRow({ ID: 'D-002', Prioritet: 2, '2027': '?', '2028': '?', '2029': '?', '2030': '?' }),
    operatingRow({ ID: 'D-003', Prioritet: 3, Type: 'Engangs', '2027': '?', '2028': null, '2029': null, '2030': null }),
    operatingRow({ ID: 'D-004', Prioritet: 4, Type: 'Engangs', '2027': 100, '2028': '?', '2029': null, '2030': null }),
  ],
  investment: [
    inv('I-001', '?', [2000, 1000, null, null]),
    inv('I-002', 1000, ['?', 500, null, null]),
    inv('I-003', 1000, [2000, null, null, null]),
    inv('I-004', '----', [2000, null, null, null]),
    inv('I-005', '?', [null, 700, null, null]),
    inv('I-006', null, ['?', '?', '?', '?']),
    { ...inv('I-007', null, [null, '?', '?', null]), 'Etter perioden': 500 },
  ],
});
const read = readPlan(wb, { defaultStartYear: 2027 });
const rolled = rollContent(read.plan, { typed: typedTexts(read.findings) });
const byId = (rows: readonly RowInput[], id: string) => rows.find((r) => r.values.id === id);
const before = (id: string) => byId(rolled.content.investment, id)?.values.before;
/** The year cells as the new workbook shows them: the text kept as typed, else the number. */
const shown = (row: RowInput | undefined) => row?.years.map((v, i) => row.yearTexts?.[i] ?? v);

describe('roll forward of Tidligere bevilget with a "?" in it or in the first year', () => {
  it('«?» + 2 000 stays «?», not 2 000', () => {
    expect(before('I-001')).toBe('?');
  });

  it('1 000 + «?» becomes «?», not 1 000 (the «?» of 2027 does not vanish)', () => {
    expect(before('I-002')).toBe('?');
  });

  it('known parts still add: 1 000 + 2 000 = 3 000; «----» + 2 000 = 0 + 2 000 = 2 000', () => {
    expect(before('I-003')).toBe(3000);
    expect(before('I-004')).toBe(2000);
  });

  it('«?» with nothing in 2027 stays «?» as it was', () => {
    expect(before('I-005')).toBe('?');
  });

  it('names each measure whose Tidligere bevilget is unknown after the first year joined it, with both cells', () => {
    expect(rolled.unknownBefore).toEqual([
      {
        id: 'I-001',
        year: 2027,
        kept: '?',
        before: '?',
        first: 2_000_000,
        beforeCell: 'Tiltak investering!J2',
        firstCell: 'Tiltak investering!K2',
      },
      {
        id: 'I-002',
        year: 2027,
        kept: '?',
        before: 1_000_000,
        first: '?',
        beforeCell: 'Tiltak investering!J3',
        firstCell: 'Tiltak investering!K3',
      },
      {
        id: 'I-006',
        year: 2027,
        kept: '?',
        before: null,
        first: '?',
        beforeCell: 'Tiltak investering!J7',
        firstCell: 'Tiltak investering!K7',
      },
    ]);
  });
});

describe('roll forward of a row whose years are all «?»', () => {
  it('an investment gets «?» in the new 2031, not 0', () => {
    expect(shown(byId(rolled.content.investment, 'I-006'))).toEqual(['?', '?', '?', '?']);
  });

  it('an Engangs operating measure gets «?» in 2031, not 0', () => {
    expect(shown(byId(rolled.content.operating, 'D-001'))).toEqual(['?', '?', '?', '?']);
  });

  it('a Varig measure gets its Helårsvirkning (operatingRow: 2 400) in 2031, as SPEC §11 says', () => {
    expect(shown(byId(rolled.content.operating, 'D-002'))).toEqual(['?', '?', '?', 2400]);
  });

  it('a known year keeps the rule: D-004 (100 in 2027, «?» in 2028) gets 0 in 2031', () => {
    expect(shown(byId(rolled.content.operating, 'D-004'))).toEqual(['?', null, null, 0]);
  });

  it('a «?» only in the year that leaves says nothing of the years after it: 2031 is 0 as the rule says', () => {
    expect(shown(byId(rolled.content.operating, 'D-003'))).toEqual([null, null, null, 0]);
  });

  it('an all-unknown investment with 500 in Etter perioden: 2031 is «?», so no note says «2031 is 0»', () => {
    expect(shown(byId(rolled.content.investment, 'I-007'))).toEqual(['?', '?', null, '?']);
    expect(rolled.afterPeriod.map((a) => a.id)).not.toContain('I-007');
  });

  it('a row with a known year keeps the rule: I-001 (1 000 in 2028) gets 0 in 2031', () => {
    expect(shown(byId(rolled.content.investment, 'I-001'))).toEqual([1000, null, null, 0]);
  });
});

/**
 * Roll forward (SPEC §11) of a one-off measure whose years that stay hold a "?": a cost not yet known (the reader
 * counts it as 0 until it is fixed, amount-invalid) is no cost of nothing, unlike a dash, which is an explicit 0
 * (SPEC §7). Such a measure is not done, and its financing is not scaled to a sum nobody knows.
 */
import { readPlan } from '../../../src/domain/read/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';
import { typedTexts } from '../../../src/domain/read/typedTexts';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';

const oneOff = (id: string, years: CellValue[]): Record<string, CellValue> => ({
  ID: id,
  Seksjon: 'Samfunn og tjenester',
  Prioritet: Number(id.slice(2)),
  Tiltak: `Tiltak ${id}`,
  Type: 'Engangs',
  Kostnadsstatus: 'Beregnet',
  '2027': years[0] ?? null,
  '2028': years[1] ?? null,
  '2029': years[2] ?? null,
  '2030': years[3] ?? null,
  Helårsvirkning: 0,
  'Endret drift': 300,
  'Nye midler': 0,
  Ansvarlig: 'Leder boligkontor',
});

describe('roll forward of an Engangs measure with a "?" in a year that stays', () => {
  // D-005: 300 in 2027, "?" in 2028, financed by Endret drift 300 = Sum periode 300 + 0 ("?" counts as 0).
  // D-006: 300 in 2027, "----" in 2028–2030 (explicit 0s): done, as with empty years.
  // D-007: 100 in 2027, 200 in 2028, "----" in 2029: the known rest is 200, so Endret drift follows to 200.
  const wb = canonicalSnapshot({
    operating: [
      oneOff('D-005', [300, '?', null, null]),
      oneOff('D-006', [300, '----', '----', '----']),
      oneOff('D-007', [100, 200, '----', null]),
    ],
  });
  const read = readPlan(wb, { defaultStartYear: 2027 });
  const rolled = rollContent(read.plan, { typed: typedTexts(read.findings) });
  const d5 = rolled.content.operating.find((r) => r.values.id === 'D-005');

  it('is not done: it stays in the tables (only D-006 leaves)', () => {
    expect(rolled.finished).toEqual(['D-006']);
    expect(rolled.content.operating.map((r) => r.values.id)).toEqual(['D-005', 'D-007']);
  });

  it('keeps its "?" in 2028 as typed; the new 2031 is 0 (Engangs)', () => {
    expect(d5?.yearTexts).toEqual(['?', undefined, undefined, undefined]);
    expect(d5?.years[3]).toBe(0);
  });

  it('keeps its financing: scaled to the known rest (0) it would lose Endret drift 300 to an unknown cost', () => {
    expect(d5?.values).toMatchObject({ finReallocation: 300, finNew: 0 });
    // D-007 has no "?": 300 × 200 / 300 = 200 in Endret drift.
    expect(rolled.rescaled).toEqual(['D-007']);
    expect(rolled.content.operating.find((r) => r.values.id === 'D-007')?.values.finReallocation).toBe(200);
  });
});

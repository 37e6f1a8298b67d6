/**
 * New money per Rammeområde in the change report across a roll (SPEC §14: amounts by calendar year, «years present
 * on one side only are listed as such»; review r19): a frame whose new money lies in a year only one version holds
 * is listed year by year with that year «–» on the other side, as the totals per year are — not named «Uendret i
 * årene begge versjonene har». Every expected cell is worked out by hand from the plans below (1000 kr).
 *
 * Adopted 2027–2030, rolled 2028–2031 (Nye midler = Helårsvirkning, so a year's new money is its cost):
 * - D-001 (R1) 100 a year in both: R1 2027 100 old only, 2028–2030 100 → 100, 2031 100 new only.
 * - D-002 (R2) a one-off, 50 in 2027, gone after the roll: R2 2027 50 old only, 0 since.
 * - D-003 (R3) 0 / 30 / 30 / 30, rolled 30 / 30 / 30 / 0: nothing in 2027 nor 2031, 30 → 30 between: unchanged.
 * - D-004 (R4) Må utredes before, costed from the new year (0 / 0 / 0 / 800): R4 2031 800 new only, 0 before.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import { framesByMovement } from '../../src/domain/compare/totals';
import type { Plan } from '../../src/domain/model/plan';
import { compareDocument } from '../../src/report/compareDocument';
import { compareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { op, plan } from '../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'rullert.xlsx', label: 'rullert.xlsx' } };
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

const adopted = plan({
  operating: [
    op({ id: 'D-001', row: 5, years: [100, 100, 100, 100], fullYear: 100, newMoney: 100, frame: 'R1' }),
    op({ id: 'D-002', row: 6, years: [50, 0, 0, 0], fullYear: 50, newMoney: 50, frame: 'R2', kind: 'Engangs' }),
    op({ id: 'D-003', row: 7, years: [0, 30, 30, 30], fullYear: 30, newMoney: 30, frame: 'R3' }),
    op({ id: 'D-004', row: 8, status: 'Må utredes', years: [null, null, null, null], frame: 'R4' }),
  ],
});
const rolledPlan: Plan = {
  ...plan({
    operating: [
      op({ id: 'D-001', row: 5, years: [100, 100, 100, 100], fullYear: 100, newMoney: 100, frame: 'R1' }),
      op({ id: 'D-003', row: 6, years: [30, 30, 30, 0], fullYear: 30, newMoney: 30, frame: 'R3' }),
      op({ id: 'D-004', row: 7, years: [0, 0, 0, 800], fullYear: 800, newMoney: 800, frame: 'R4' }),
    ],
  }),
  years: [2028, 2029, 2030, 2031],
};
const rolled: Plan = { ...rolledPlan, settings: { ...rolledPlan.settings, startYear: 2028 } };
const diff = comparePlans(adopted, rolled, sides);

/** The rows of the frames' table, by frame, as [year, before, now, change]. */
const expected = [
  ['R1', '2027', '100', '–', '–'],
  ['', '2028', '100', '100', '0'],
  ['', '2029', '100', '100', '0'],
  ['', '2030', '100', '100', '0'],
  ['', '2031', '–', '100', '–'],
  ['R2', '2027', '50', '–', '–'],
  ['', '2028', '0', '0', '0'],
  ['', '2029', '0', '0', '0'],
  ['', '2030', '0', '0', '0'],
  ['', '2031', '–', '0', '–'],
  ['R4', '2027', '0', '–', '–'],
  ['', '2028', '0', '0', '0'],
  ['', '2029', '0', '0', '0'],
  ['', '2030', '0', '0', '0'],
  ['', '2031', '–', '800', '–'],
];

describe('compare: new money per frame in a year only one version holds', () => {
  test('control: the years, and the total of new money (100 + 50 + 0 in 2027, 100 + 0 + 800 in 2031)', () => {
    expect(diff.years).toMatchObject({ common: [2028, 2029, 2030], onlyOld: [2027], onlyNew: [2031] });
    expect(diff.totals.newMoney['2027']).toEqual({ old: 150_000, new: null, difference: null });
    expect(diff.totals.newMoney['2031']).toEqual({ old: null, new: 900_000, difference: null });
  });

  test('the frames with money in a one-sided year are shown, the one without it named unchanged', () => {
    const { moved, unchanged } = framesByMovement(diff);
    expect(moved.map((f) => f.frame)).toEqual(['R1', 'R2', 'R4']);
    expect(unchanged.map((f) => f.frame)).toEqual(['R3']);
  });

  test('the document: every year of either version per frame shown, R3 alone unchanged', () => {
    const doc = compareDocument(diff, 'nb');
    const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Nye midler per rammeområde');
    const [table, line] = [doc.blocks[at + 1], doc.blocks[at + 2]];
    if (table?.kind !== 'table') throw new Error('no table of frames');
    expect(table.headers).toEqual(['Rammeområde', 'År', 'Før', 'Nå', 'Endring']);
    expect(table.rows.map((r) => r.map(plain))).toEqual(expected);
    expect(line).toEqual({ kind: 'paragraph', text: 'Uendret i årene begge versjonene har: R3.' });
  });

  test('the text: R4’s 800 in 2031 stands under the frames, R4 is not called unchanged', () => {
    const text = plain(renderCompare(diff, 'text', 'nb'));
    const section = text.slice(text.indexOf('Nye midler per rammeområde'), text.indexOf('Økonomiplanen'));
    expect(section).toMatch(/R4 +2027 +0 +– +–/);
    expect(section).toMatch(/\n +2031 +– +800 +–/);
    expect(section).not.toMatch(/Uendret[^.]*R4/);
    expect(section).toContain('Uendret i årene begge versjonene har: R3.');
  });

  test('the HTML: the same rows', () => {
    const html = plain(renderCompare(diff, 'html', 'nb'));
    const section = html.slice(html.indexOf('Nye midler per rammeområde'), html.indexOf('Økonomiplanen'));
    const cells = [...section.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) =>
      [...(m[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => c[1]),
    );
    expect(cells.filter((r) => r.length > 0)).toEqual(expected);
    expect(section).not.toMatch(/Uendret[^.]*R4/);
  });

  test('the JSON lists the one-sided years as before: old or new null, no difference', () => {
    const r4 = compareJson(diff).totals.byFrame.find((f) => f.frame === 'R4');
    expect(r4?.years).toEqual({
      '2027': { old: 0, new: null, difference: null },
      '2028': { old: 0, new: 0, difference: 0 },
      '2029': { old: 0, new: 0, difference: 0 },
      '2030': { old: 0, new: 0, difference: 0 },
      '2031': { old: null, new: 800_000, difference: null },
    });
  });
});

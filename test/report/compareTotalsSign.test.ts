/**
 * The change of a total carries its sign as a changed amount's does (docs/spec.md §14 as built, «The sign of a
 * change»): «+50» for more, «−30» (U+2212) for less, 0 bare — in the totals per year and the new money per frame of
 * the text and HTML report. JSON keeps its numbers. Every expected cell is worked out by hand (1000 kr).
 *
 * Both versions 2027–2030, Varig, Nye midler = Helårsvirkning, so a year's new money is its cost:
 * - D-001 (R1) 100 a year, then 100 / 150 / 100 / 100: 2028 +50.
 * - D-002 (R2) 200 a year, then 200 / 200 / 170 / 200: 2029 −30.
 * Operating cost and new money per year: 300 / 300 / 300 / 300 → 300 / 350 / 270 / 300: 0, +50, −30, 0.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import { compareDocument } from '../../src/report/compareDocument';
import { compareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { op, plan } from '../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } };
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

const adopted = plan({
  operating: [
    op({ id: 'D-001', row: 5, years: [100, 100, 100, 100], fullYear: 100, newMoney: 100, frame: 'R1' }),
    op({ id: 'D-002', row: 6, years: [200, 200, 200, 200], fullYear: 200, newMoney: 200, frame: 'R2' }),
  ],
});
const changed = plan({
  operating: [
    op({ id: 'D-001', row: 5, years: [100, 150, 100, 100], fullYear: 100, newMoney: 100, frame: 'R1' }),
    op({ id: 'D-002', row: 6, years: [200, 200, 170, 200], fullYear: 200, newMoney: 200, frame: 'R2' }),
  ],
});
const diff = comparePlans(adopted, changed, sides);

const years = [
  ['2027', '300', '300', '0'],
  ['2028', '300', '350', '+50'],
  ['2029', '300', '270', '\u221230'],
  ['2030', '300', '300', '0'],
];
const frames = [
  ['R1', '2027', '100', '100', '0'],
  ['', '2028', '100', '150', '+50'],
  ['', '2029', '100', '100', '0'],
  ['', '2030', '100', '100', '0'],
  ['R2', '2027', '200', '200', '0'],
  ['', '2028', '200', '200', '0'],
  ['', '2029', '200', '170', '\u221230'],
  ['', '2030', '200', '200', '0'],
];

/** The rows of the table under the heading `title` in the document. */
function tableAfter(title: string): string[][] {
  const blocks = compareDocument(diff, 'nb').blocks;
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === title);
  const table = blocks.slice(at + 1).find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error(`no table under ${title}`);
  return table.rows.map((r) => r.map(plain));
}

test('control: the totals per year in kroner', () => {
  expect(diff.totals.operating['2028']).toEqual({ old: 300_000, new: 350_000, difference: 50_000 });
  expect(diff.totals.newMoney['2029']).toEqual({ old: 300_000, new: 270_000, difference: -30_000 });
});

test('the document: the change of each total and each frame signed, 0 bare', () => {
  expect(tableAfter('Driftskostnad')).toEqual(years);
  expect(tableAfter('Nye midler')).toEqual(years);
  expect(tableAfter('Nye midler per rammeområde')).toEqual(frames);
});

test('the text and HTML say +50 and −30 in the totals; JSON keeps the numbers', () => {
  const text = plain(renderCompare(diff, 'text', 'nb'));
  const totals = text.slice(text.indexOf('Driftskostnad'), text.indexOf('Investering'));
  expect(totals).toMatch(/2028 +300 +350 +\+50/);
  expect(totals).toMatch(/2029 +300 +270 +\u221230/);
  const html = plain(renderCompare(diff, 'html', 'nb'));
  expect(html).toMatch(/<td[^>]*>\+50<\/td>/);
  expect(html).toMatch(/<td[^>]*>\u221230<\/td>/);
  const json = compareJson(diff).totals;
  expect(json.operating.years['2028']).toEqual({ old: 300_000, new: 350_000, difference: 50_000 });
  expect(json.newMoney.years['2029']).toEqual({ old: 300_000, new: 270_000, difference: -30_000 });
});

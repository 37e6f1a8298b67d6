/**
 * `tiltaksplan compare` after a roll (SPEC §11, §14): the example's Engangs measures D-002 (300 thousand) and
 * D-009 (120 thousand) spend in 2027 only, so the roll to 2028–2031 takes them out. Compared with the example or
 * with the rolled file's archive sheet, the text lists them as finished one-offs, not removed; the JSON keeps them
 * in `removed` (SPEC §14's contract). A "?" typed in D-002's 2028 of the older file keeps it removed: a cost not
 * yet known is no finished measure.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readPlan } from '../../src/domain/read/plan';
import type { CompareJson } from '../../src/report/compareJson';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });

/** The text's part from `from` to `to`. */
const part = (text: string, from: string, to: string): string => text.slice(text.indexOf(from), text.indexOf(to));

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  expect(await main(['roll', 'eksempel.xlsx', '--out', 'rullert.xlsx'], io())).toBe(0);
  // ukjent.xlsx: the example with "?" in D-002's 2028.
  const wb = await openXlsxFile(path.join(dir, 'eksempel.xlsx'));
  const { plan } = readPlan(await wb.read(), { defaultStartYear: 2027 });
  const d2 = plan.operating.find((m) => m.id === 'D-002');
  const origin = `${d2?.cellColumns['year:2028']}${d2?.row}`;
  await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin, values: [['?']] }]);
  await saveXlsxFile(wb, path.join(dir, 'ukjent.xlsx'));
});

describe('tiltaksplan compare: finished one-offs after a roll', () => {
  it.each([
    ['two files', ['eksempel.xlsx', 'rullert.xlsx']],
    ['the archive sheet', ['rullert.xlsx', '--version-sheet', 'Arkiv 2027–2030']],
  ])('%s: text lists D-002 and D-009 as finished, none removed', async (_, files) => {
    const t = io();
    expect(await main(['compare', ...files], t)).toBe(0);
    const out = t.out();
    // 10 changed: I-001, I-003, I-005 (Tidligere bevilget), the five the roll numbered again (D-003 3 → 2 …), and
    // D-001 and D-007 with amounts in 2027 and 2031, the years only one version holds.
    expect(out).toContain('Tiltak: 0 nye, 0 fjernet, 2 avsluttet, 10 endret.');
    expect(part(out, 'Fjernede tiltak', 'Avsluttede engangstiltak')).toContain('Ingen.');
    const finished = part(out, 'Avsluttede engangstiltak (ingen kostnad i den nye perioden)', 'Endrede tiltak');
    expect(finished).toMatch(/D-002 .* 300\n/);
    expect(finished).toMatch(/D-009 .* 120\n/);
  });

  it('JSON: both in removed with their 2027 money, in the older order; added and changed as before', async () => {
    const t = io();
    expect(await main(['compare', 'eksempel.xlsx', 'rullert.xlsx', '--format', 'json'], t)).toBe(0);
    const diff = JSON.parse(t.out()) as CompareJson;
    expect(Object.keys(diff.measures)).toEqual(['added', 'removed', 'changed']);
    expect(diff.measures.removed.map((m) => [m.id, m.years])).toEqual([
      ['D-002', { '2027': 300_000, '2028': null, '2029': null, '2030': null }],
      ['D-009', { '2027': 120_000, '2028': null, '2029': null, '2030': null }],
    ]);
  });

  it('a "?" in D-002\'s 2028 of the older file: D-002 removed, D-009 finished', async () => {
    const t = io();
    expect(await main(['compare', 'ukjent.xlsx', 'rullert.xlsx', '--lang', 'en'], t)).toBe(0);
    const out = t.out();
    // 10 changed: I-001, I-003, I-005, the five the roll of eksempel.xlsx numbered again (D-003 3 → 2 …), and D-001
    // and D-007 with amounts in 2027 and 2031 only.
    expect(out).toContain('Measures: 0 new, 1 removed, 1 finished, 10 changed.');
    expect(part(out, 'Removed measures', 'Finished one-off measures')).toContain('D-002');
    const finished = part(out, 'Finished one-off measures', 'Changed measures');
    expect(finished).toContain('D-009');
    expect(finished).not.toContain('D-002');
  });
});

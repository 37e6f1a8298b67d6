/**
 * amount-precision (SPEC §8) is filed per cell, but the text and HTML reports list a row's such warnings as one line
 * naming the fields, and count that line once; the JSON keeps one issue per cell (SPEC §12, a contract).
 *
 * By hand: the example (1000 kr, no finding in its sheets; its reconciliation has 2 errors and 3 warnings) with
 * D-001's 2027, 2028, Helårsvirkning and Nye midler typed as 600,0004, 1 200,0004, 2 400,0004 and 2 400,0004 (row 2:
 * H2, I2, M2, Q2). Each is its amount to the krone (0,4 kr rounds away), so nothing else changes: four
 * amount-precision warnings in the JSON (summary 7 warnings: 4 + the reconciliation's 3), one line in the text and
 * HTML, whose summary says 1 advarsel in the sheets.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readPlan } from '../../src/domain/read/plan';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  const wb = await openXlsxFile(path.join(dir, 'eksempel.xlsx'));
  const { plan } = readPlan(await wb.read(), { defaultStartYear: 2027 });
  const m = plan.operating.find((x) => x.id === 'D-001');
  if (!m || m.row !== 2) throw new Error('D-001 is not in row 2');
  const typed: readonly [string, number][] = [
    ['year:2027', 600.0004],
    ['year:2028', 1200.0004],
    ['fullYear', 2400.0004],
    ['finNew', 2400.0004],
  ];
  await wb.apply(
    typed.map(([key, value]) => ({
      kind: 'setCells',
      sheet: 'Tiltak drift',
      origin: `${m.cellColumns[key]}2`,
      values: [[value]],
    })),
  );
  await saveXlsxFile(wb, path.join(dir, 'desimaler.xlsx'));
});

interface Issue {
  readonly code: string;
  readonly cell: string;
}

describe('check: amount-precision of one row, one line in the reports', () => {
  it('JSON: one issue per cell, counted per cell', async () => {
    const t = io();
    expect(await main(['check', 'desimaler.xlsx', '--format', 'json'], t)).toBe(1);
    const doc = JSON.parse(t.out()) as { summary: { warnings: number }; issues: Issue[] };
    expect(doc.issues.map((i) => [i.code, i.cell])).toEqual([
      ['amount-precision', 'H2'],
      ['amount-precision', 'I2'],
      ['amount-precision', 'M2'],
      ['amount-precision', 'Q2'],
    ]);
    expect(doc.summary.warnings).toBe(7);
  });

  it.each([
    [
      'nb',
      'Funn i arkene: 0 feil, 1 advarsel, 0 merknader.',
      'Beløpene i 2027, 2028, Helårsvirkning og Nye midler har flere desimaler enn enheten 1000 kr tillater (0). ' +
        'Er de skrevet i feil enhet, for eksempel mill kr?',
    ],
    [
      'nn',
      'Funn i arka: 0 feil, 1 åtvaring, 0 merknader.',
      'Beløpa i 2027, 2028, Helårsvirkning og Nye midler har fleire desimalar enn eininga 1000 kr tillèt (0). ' +
        'Er dei skrivne i feil eining, til dømes mill kr?',
    ],
    [
      'en',
      'Findings in the sheets: 0 errors, 1 warning, 0 notes.',
      'The amounts in 2027, 2028, Helårsvirkning and Nye midler have more decimals than the unit 1000 kr allows (0). ' +
        'Were they typed in the wrong unit, such as mill kr?',
    ],
  ])('text (%s): the row once, naming its fields and cells; the summary counts that line', async (lang, sum, line) => {
    const t = io();
    expect(await main(['check', 'desimaler.xlsx', '--lang', lang], t)).toBe(1);
    const out = t.out();
    expect(out).toContain(sum);
    const rows = out.split('\n').filter((l) => l.includes('D-001') && l.includes('1000 kr'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/ H2, I2, M2, Q2 +D-001 +/);
    expect(rows[0]?.trimEnd().endsWith(line)).toBe(true);
  });

  it('HTML: the one line, not the four', async () => {
    const t = io();
    expect(await main(['check', 'desimaler.xlsx', '--format', 'html'], t)).toBe(1);
    const html = t.out();
    expect(html.split('Beløpene i 2027, 2028, Helårsvirkning og Nye midler har flere desimaler')).toHaveLength(2);
    expect(html).not.toContain('Beløpet 600,0004');
    expect(html).toContain('H2, I2, M2, Q2');
  });
});

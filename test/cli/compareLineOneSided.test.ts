/**
 * `tiltaksplan compare` of the example (2027–2030, 1000 kr) against its roll, in which finance then typed 3 000 in
 * D-001's economy plan line for 2031 (the year the roll added and left empty, SPEC §11; saved as typet.xlsx): the
 * line lists 2027 600 (the adopted plan's only) and 2031 3 000 (the rolled plan's only) in JSON with `onlyIn`
 * (docs/spec.md §14), and the summary counts the 17 lines with money in 2027 changed (src/domain/example/example.ts:
 * every line but D-005's and P-4102's four, which hold 0 in 2027).
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

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  expect(await main(['roll', 'eksempel.xlsx', '--out', 'rullert.xlsx'], io())).toBe(0);
  const wb = await openXlsxFile(path.join(dir, 'rullert.xlsx'));
  const { plan } = readPlan(await wb.read(), { defaultStartYear: 2028 });
  const d1 = plan.economyPlan.find((l) => l.ref === 'D-001');
  expect(d1?.years).toEqual([1_200_000, 1_800_000, 2_400_000, null]);
  const origin = `${d1?.cellColumns['year:2031']}${d1?.row}`;
  await wb.apply([{ kind: 'setCells', sheet: d1?.sheet ?? '', origin, values: [[3000]] }]);
  await saveXlsxFile(wb, path.join(dir, 'typet.xlsx'));
});

describe('tiltaksplan compare: an economy plan line’s years one version holds', () => {
  it('JSON: D-001’s line 2027 600 → null (old), 2031 null → 3 000 (new); 17 lines changed', async () => {
    const t = io();
    expect(await main(['compare', 'eksempel.xlsx', 'typet.xlsx', '--format', 'json'], t)).toBe(0);
    const { economyPlan } = JSON.parse(t.out()) as CompareJson;
    expect(economyPlan.changed).toHaveLength(17);
    expect(economyPlan.changed.find((l) => l.ref === 'D-001')?.changes).toEqual([
      { field: '2027', old: 600_000, new: null, onlyIn: 'old' },
      { field: '2031', old: null, new: 3_000_000, onlyIn: 'new' },
    ]);
    expect([economyPlan.added, economyPlan.removed]).toEqual([[], []]);
  });

  it('text: counted changed, the sentence, and D-001’s two years apart after «Endrede linjer»', async () => {
    const t = io();
    expect(await main(['compare', 'eksempel.xlsx', 'typet.xlsx'], t)).toBe(0);
    const text = t.out().replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Økonomiplanlinjer: 0 nye, 0 fjernet, 17 endret.');
    expect(text).toContain(
      '17 økonomiplanlinjer har beløp i år bare den ene versjonen har (2027, 2031). De står for seg etter de andre ' +
        'endrede linjene.',
    );
    const lines = text.slice(text.indexOf('Endrede linjer\n'));
    expect(lines).toMatch(/^Endrede linjer\n·+\nIngen, utenom de som står for seg nedenfor\.\n/);
    expect(lines).toMatch(/\n {2}Drift · Tiltak · D-001 +2027 +600 +–\n {2,}2031 +– +3 000\n/);
  });
});

/**
 * `tiltaksplan compare` on two real files, the second the first with only Beløpsenhet changed in Innstillinger
 * from «1000 kr» to «mill kr» and not one amount converted (docs/spec.md §14): every typed amount is read 1000
 * times larger, so every amount that differs differs by exactly that, and the report says so before anything else.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { settingAddress } from '../../src/domain/read/settings';
import type { CompareJson } from '../../src/report/compareJson';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'vedtatt.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  const wb = await openXlsxFile(path.join(dir, 'vedtatt.xlsx'));
  const [sheet = '', cell = ''] = (settingAddress(await wb.read(), 'unit') ?? '').split('!');
  await wb.apply([{ kind: 'setCells', sheet, origin: cell, values: [['mill kr']] }]);
  await saveXlsxFile(wb, path.join(dir, 'mill.xlsx'));
});

describe('tiltaksplan compare: Beløpsenhet changed, the amounts not converted', () => {
  it('JSON: unitNotConverted with every differing amount scaled by 1000', async () => {
    const t = io();
    expect(await main(['compare', 'vedtatt.xlsx', 'mill.xlsx', '--format', 'json'], t)).toBe(0);
    const diff = JSON.parse(t.out()) as CompareJson;
    const note = diff.unitNotConverted;
    expect(note).toMatchObject({ old: '1000 kr', new: 'mill kr', scale: 1000 });
    // Nothing but the unit changed: each differing amount is a typed number read under a unit 1000 times bigger.
    expect(note?.scaled).toBe(note?.changed);
    // The economy plan alone holds 55 non-zero year amounts (example.ts ECONOMY_PLAN, counted line by line).
    expect(note?.changed).toBeGreaterThan(55);
  });

  it('text: the warning right under the title', async () => {
    const t = io();
    expect(await main(['compare', 'vedtatt.xlsx', 'mill.xlsx'], t)).toBe(0);
    const lines = t.out().split('\n');
    expect(lines[2]).toMatch(
      /^Beløpsenheten er endret fra 1000 kr til mill kr, men beløpene ser ikke ut til å være regnet om: (\d+) av \1 endrede beløp er 1\u00a0000 ganger/,
    );
  });
});

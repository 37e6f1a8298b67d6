/**
 * A version without the economy plan table while the other has it (docs/spec.md §14, as built): the measures and
 * every total compare without it, so the pair is compared — not refused, as a table of measures not found is — and its
 * lines are left out, with a warning naming the version and what it lacks. Before: `compare plan.xlsx host.xlsx`
 * exited 2 («Sammenligner ikke …»), while `compare host.xlsx host.xlsx` (neither has it) compared.
 *
 * The example plan (2027–2030, 1000 kr); host.xlsx the same with the sheet «Økonomiplan» and its table renamed
 * «Notater» / tblNotater (every cell as it was): no measure changed, the totals the same (new money 1 370, 2 300,
 * 2 900, 3 500 in 1000 kr both sides), no line listed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CompareJson } from '../../src/report/compareJson';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

jest.setTimeout(30_000);

function renamedEconomyPlan(cwd: string): void {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'plan.xlsx'))));
  for (const name of Object.keys(pkg.files).filter((n) => n.startsWith('xl/') && n.endsWith('.xml')))
    pkg.edit(name, (x) =>
      x
        .replaceAll('"Økonomiplan"', '"Notater"')
        .replaceAll("'Økonomiplan'!", 'Notater!')
        .replaceAll('Økonomiplan!', 'Notater!')
        .replaceAll('tblOkonomiplan', 'tblNotater'),
    );
  writeFileSync(path.join(cwd, 'host.xlsx'), pkg.bytes());
}

let cwd = '';
beforeAll(async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  renamedEconomyPlan(io.cwd);
  cwd = io.cwd;
});

describe('compare: the economy plan table in one version only', () => {
  it.each([
    ['the newer', ['plan.xlsx', 'host.xlsx'], 'new'],
    ['the older', ['host.xlsx', 'plan.xlsx'], 'old'],
  ] as const)(
    '%s without it: compared (exit 0), measures and totals as usual, no line listed',
    async (_, files, version) => {
      const t = testIo({ cwd });
      expect(await main(['compare', ...files, '--format', 'json'], t)).toBe(0);
      const doc = JSON.parse(t.out()) as CompareJson;
      expect([doc.measures.added, doc.measures.removed, doc.measures.changed]).toEqual([[], [], []]);
      expect(doc.economyPlan).toEqual({ added: [], removed: [], changed: [] });
      expect(doc.economyPlanNotCompared).toEqual([
        { version, code: 'sheet-missing', sheet: 'Økonomiplan', cell: 'A1' },
      ]);
      const newMoney = doc.totals.newMoney.years;
      expect(['2027', '2028', '2029', '2030'].map((y) => [newMoney[y]?.old, newMoney[y]?.new])).toEqual([
        [1_370_000, 1_370_000],
        [2_300_000, 2_300_000],
        [2_900_000, 2_900_000],
        [3_500_000, 3_500_000],
      ]);
    },
  );

  it.each([
    ['nb', 'Økonomiplanlinjene er ikke sammenlignet, for den nyere versjonen (host.xlsx) mangler økonomiplantabellen'],
    ['nn', 'Økonomiplanlinene er ikkje samanlikna, for den nyare versjonen (host.xlsx) manglar økonomiplantabellen'],
    ['en', 'The economy plan lines are not compared, as the newer version (host.xlsx) lacks the economy plan table'],
  ] as const)('text (%s) says so, naming the file', async (lang, sentence) => {
    const t = testIo({ cwd });
    expect(await main(['compare', 'plan.xlsx', 'host.xlsx', '--lang', lang], t)).toBe(0);
    expect(t.out()).toContain(sentence);
  });

  it('both with it: no such key in JSON', async () => {
    const t = testIo({ cwd });
    expect(await main(['compare', 'plan.xlsx', 'plan.xlsx', '--format', 'json'], t)).toBe(0);
    expect(JSON.parse(t.out())).not.toHaveProperty('economyPlanNotCompared');
  });
});

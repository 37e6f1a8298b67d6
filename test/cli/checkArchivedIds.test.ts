/**
 * SPEC §4: an ID is never reused — also one a roll took out of the tables onto its archive (§11, §14). The check
 * reads of the archive its ID columns only (domain model/readScope.ts versionIdColumns), and the IDs id-missing and
 * id-duplicate suggest skip those IDs, as the add form's do.
 *
 * By hand: the example holds D-001 … D-011; its one-offs D-002 and D-009 spend in 2027 only. D-009 renamed D-012
 * is the highest ID, and the roll to 2028–2031 takes it (and D-002) onto «Arkiv 2027–2030». In the rolled file the
 * tables hold D-001, D-003 … D-008, D-010, D-011; D-005's ID is then emptied and D-007's typed as D-006. Handed out
 * so far: up to D-012 (on the archive), so id-missing (D-005's row, first) gets D-013 and id-duplicate (D-007's
 * row) D-014. Without the archive the tables' highest, D-011, would give D-012 and D-013.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readPlan } from '../../src/domain/read/plan';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });

/** Types `ids` (measure ID → new ID text) into the ID cells of Tiltak drift of `from`, saved as `to`. */
async function retype(from: string, to: string, ids: Record<string, string | null>): Promise<void> {
  const wb = await openXlsxFile(path.join(dir, from));
  const { plan } = readPlan(await wb.read(), { defaultStartYear: 2027 });
  await wb.apply(
    Object.entries(ids).map(([id, value]) => {
      const m = plan.operating.find((x) => x.id === id);
      if (!m) throw new Error(`no ${id}`);
      return { kind: 'setCells', sheet: 'Tiltak drift', origin: `${m.cellColumns['id']}${m.row}`, values: [[value]] };
    }),
  );
  await saveXlsxFile(wb, path.join(dir, to));
}

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  await retype('eksempel.xlsx', 'hoyest.xlsx', { 'D-009': 'D-012' });
  const rolled = io();
  expect(await main(['roll', 'hoyest.xlsx', '--out', 'rullert.xlsx'], rolled)).toBe(0);
  expect(rolled.out()).toContain('Engangstiltaket D-012 har ingen kostnad i den nye perioden');
  await retype('rullert.xlsx', 'endret.xlsx', { 'D-005': null, 'D-007': 'D-006' });
});

interface Issue {
  readonly code: string;
  readonly message: string;
}

describe('check: the IDs it suggests skip those on the archive', () => {
  it.each([
    ['check', []],
    ['check --write (a structure read)', ['--write', '--out', 'skrevet.xlsx']],
  ])('%s: id-missing suggests D-013, id-duplicate D-014', async (_, flags) => {
    const t = io();
    expect(await main(['check', 'endret.xlsx', '--format', 'json', ...flags], t)).toBe(1);
    const issues = (JSON.parse(t.out()) as { issues: Issue[] }).issues.filter((i) => i.code.startsWith('id-'));
    expect(issues.map((i) => i.code)).toEqual(['id-missing', 'id-duplicate']);
    expect(issues[0]?.message).toContain('D-013');
    expect(issues[1]?.message).toContain('D-014');
  });

  it('the text report says the same', async () => {
    const t = io();
    expect(await main(['check', 'endret.xlsx'], t)).toBe(1);
    expect(t.out()).toContain('Tiltaket har ingen ID. Gi det ID-en D-013, som ikke er brukt ennå.');
    expect(t.out()).toContain('D-014');
    expect(t.out()).not.toContain('D-012,');
  });
});

/**
 * SPEC §4: an ID is never reused; §14: a saved version holds the measure tables AND the economy plan. The check
 * reads of a version only the columns that may hold IDs (domain read/versionIds.ts versionIdColumns); the add form,
 * which reads the version whole, sees every ID on it. Two of those the check missed:
 * - an ID that stands on the version only as the Ref of an economy plan line (finance's line for a measure deleted
 *   before the version was saved);
 * - the IDs of a version whose block the user moved off A1 (cut and pasted to start at F3 or H30), beyond the top
 *   block from A1 the check looked at.
 *
 * By hand: the example holds D-001 … D-011; D-005's ID is emptied in the table, so id-missing asks for a free ID.
 * Without versions that is D-012 (the tables' highest, D-011, + 1).
 * (a) The version's first economy plan line has Ref «D-014», no measure row of it does: handed out up to D-014,
 *     so the check suggests D-015 (never D-014, nor D-012).
 * (b) The version starts at C3, F3 or H30 and its D-011 row has ID «D-013»: handed out up to D-013, so D-014.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readPlan } from '../../src/domain/read/plan';
import { versionIds } from '../../src/domain/read/versionIds';
import { planVersionSheet, versionLayout } from '../../src/domain/sheets/version';
import { SHEETS } from '../../src/domain/model/schema';
import type { CellInput, Edit } from '../../src/domain/model/edits';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
/** Where the version block is moved to: within the top-left scan of A1 (C3), right of it (F3), below and right (H30). */
const MOVED_TO = ['C3', 'F3', 'H30'];

/** The example's version layout, `change` applied to a copy of its rows. */
async function layoutOf(change: (rows: CellInput[][]) => void) {
  const wb = await openXlsxFile(path.join(dir, 'eksempel.xlsx'));
  const { plan } = readPlan(await wb.read(), { defaultStartYear: 2027 });
  const layout = versionLayout(plan, { label: 'Vedtatt K-sak 45/2027', date: '2027-06-20' });
  const rows = layout.rows.map((r) => [...r]);
  change(rows);
  return { ...layout, rows };
}

/** Saves the example with `edits` applied and D-005's ID emptied as `to`. */
async function write(to: string, edits: readonly Edit[]): Promise<void> {
  const wb = await openXlsxFile(path.join(dir, 'eksempel.xlsx'));
  const { plan } = readPlan(await wb.read(), { defaultStartYear: 2027 });
  const d005 = plan.operating.find((m) => m.id === 'D-005');
  if (!d005) throw new Error('no D-005');
  const empty: Edit = {
    kind: 'setCells',
    sheet: 'Tiltak drift',
    origin: `${d005.cellColumns['id']}${d005.row}`,
    values: [[null]],
  };
  await wb.apply([...edits, empty]);
  await saveXlsxFile(wb, path.join(dir, to));
}

/** The first row of `rows` whose first cell is `first`, as an index. */
function rowIndex(rows: readonly CellInput[][], first: string): number {
  const at = rows.findIndex((r) => r[0] === first);
  if (at < 0) throw new Error(`no row ${first}`);
  return at;
}

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], testIo({ cwd: dir }))).toBe(0);

  const refOnly = await layoutOf((rows) => {
    // The economy plan block: its title, its header, then its first line, whose Ref (the third column) names D-014.
    const line = rows[rowIndex(rows, SHEETS.economyPlan) + 2];
    if (!line || line[0] === null) throw new Error('the example has no economy plan line');
    line[2] = 'D-014';
  });
  expect(refOnly.rows.some((r) => r[0] === 'D-014')).toBe(false);
  await write('ref.xlsx', planVersionSheet('Versjon 1', refOnly, true));

  const moved = await layoutOf((rows) => void (rows[rowIndex(rows, 'D-011')]![0] = 'D-013'));
  // As cut and pasted by the user: the same block from C3, F3 or H30 instead of A1.
  for (const at of MOVED_TO) {
    const edits = planVersionSheet('Versjon 1', moved, true).map((e) =>
      e.kind === 'setCells' ? { ...e, origin: at } : e,
    );
    await write(`flyttet-${at}.xlsx`, edits);
  }
  await write('uten.xlsx', []);
});

/** What id-missing suggests when `file` is checked (json, and with --write a structure read). */
async function suggested(file: string, flags: readonly string[] = []): Promise<string[]> {
  const t = testIo({ cwd: dir });
  expect(await main(['check', file, '--format', 'json', ...flags], t)).toBe(1);
  const issues = (JSON.parse(t.out()) as { issues: { code: string; message: string }[] }).issues;
  return issues.filter((i) => i.code === 'id-missing').map((i) => /[DI]-\d{3,}/.exec(i.message)?.[0] ?? i.message);
}

describe('check: the ID id-missing suggests skips every ID a saved version holds', () => {
  test('without a version: D-012', async () => {
    expect(await suggested('uten.xlsx')).toEqual(['D-012']);
  });

  test.each([
    ['check', []],
    ['check --write', ['--write', '--out', 'ref-skrevet.xlsx']],
  ])('%s: an ID only an economy plan line’s Ref names on the version: D-015', async (_, flags) => {
    expect(await suggested('ref.xlsx', flags)).toEqual(['D-015']);
  });

  test.each(
    MOVED_TO.flatMap((at) => [
      [at, 'check', [] as string[]] as const,
      [at, 'check --write', ['--write', '--out', `skrevet-${at}.xlsx`]] as const,
    ]),
  )('a version moved to %s (%s): D-014', async (at, _, flags) => {
    expect(await suggested(`flyttet-${at}.xlsx`, flags)).toEqual(['D-014']);
  });
});

describe('the add form counts the IDs the check counts (one rule, versionIdColumns)', () => {
  /** The IDs a versions read (the form's) finds, and those a check read finds, sorted. */
  async function both(file: string): Promise<[string[], string[]]> {
    const wb = await openXlsxFile(path.join(dir, file));
    const form = versionIds(await wb.read('versions')).sort();
    const check = [...(readPlan(await wb.read('check'), { defaultStartYear: 2027 }).plan.versionIds ?? [])].sort();
    return [form, check];
  }

  test('the version with D-014 in an economy plan line’s Ref: both hold D-014', async () => {
    const [form, check] = await both('ref.xlsx');
    expect(form).toContain('D-014');
    expect(check).toEqual(form);
  });

  test.each(MOVED_TO)('the version moved to %s: both hold D-013', async (at) => {
    const [form, check] = await both(`flyttet-${at}.xlsx`);
    expect(form).toContain('D-013');
    expect(check).toEqual(form);
  });
});

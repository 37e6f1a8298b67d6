/**
 * `tiltaksplan roll` of a plan whose tables do not start in A1 (a real-file trial: a municipality's workbook has a
 * title in A1 and the measures table at A4 or B3). `check` reads such a plan; the roll used to refuse it, naming the
 * title as a cell in the way, because it wrote every rolled table at A1. It writes each table where it stood.
 *
 * The plan (1000 kr, 2027–2030), hand-made: the example's settings and the rows below, the economy plan empty.
 * - Tiltak drift, the table at A4 (title «Tiltaksplan for boligsosialt arbeid 2027–2030» in A1):
 *   D-001 Varig 600/1200/1800/2400, Helårsvirkning 2400; D-002 Engangs 300/0/0/0; D-003 Varig 250/500/500/500,
 *   Helårsvirkning 500; D-004 Engangs 0/100/200/0.
 * - Tiltak investering, the table at B3 (in the second file; A1 holds «Investeringer»):
 *   I-001 3000/9000/0/0; I-002 0/10000/20000/0.
 * Rolled to 2028–2031: 2027 leaves; a Varig measure's new 2031 is its Helårsvirkning, others 0; D-002 (Engangs,
 * nothing after 2027) leaves the table.
 *   Drift:  2028 = 1200 + 500 + 100 = 1800; 2029 = 1800 + 500 + 200 = 2500; 2030 = 2400 + 500 + 0 = 2900;
 *           2031 = 2400 + 500 + 0 = 2900 (thousands) → kroner × 1000.
 *   Invest: 2028 = 9000 + 10000 = 19000; 2029 = 0 + 20000 = 20000; 2030 = 0; 2031 = 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { run } from '../../src/cli/commands/roll';
import { run as checkRun } from '../../src/cli/commands/check';
import { exampleContent } from '../../src/domain/example/example';
import { planWorkbook } from '../../src/domain/sheets/template';
import { parseA1, parseRange, toA1, toRange } from '../../src/domain/model/a1';
import type { Edit } from '../../src/domain/model/edits';
import type { PlanContent, RowInput } from '../../src/domain/model/content';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { runCommand, scratchDir } from './cliRun';

const TITLE = 'Tiltaksplan for boligsosialt arbeid 2027–2030';

/** An example row with its years, kind and Helårsvirkning as given, costed, its new money its full-year effect. */
function row(base: RowInput | undefined, years: number[], more: Record<string, string | number> = {}): RowInput {
  return { values: { ...base?.values, costStatus: 'Beregnet', ...more }, years };
}

function content(): PlanContent {
  const ex = exampleContent({ startYear: 2027, unit: '1000 kr' });
  const [d1, d2, d3, d4] = ex.operating;
  const [i1, i2] = ex.investment;
  const zero = { finJoint: 0, finReallocation: 0, finOther: 0 };
  return {
    ...ex,
    operating: [
      row(d1, [600, 1200, 1800, 2400], { kind: 'Varig', fullYear: 2400, finNew: 2400, ...zero }),
      row(d2, [300, 0, 0, 0], { kind: 'Engangs', fullYear: 0, finNew: 0, ...zero }),
      row(d3, [250, 500, 500, 500], { kind: 'Varig', fullYear: 500, finNew: 500, ...zero }),
      row(d4, [0, 100, 200, 0], { kind: 'Engangs', fullYear: 0, finNew: 0, ...zero }),
    ],
    investment: [row(i1, [3000, 9000, 0, 0]), row(i2, [0, 10000, 20000, 0])],
    economyPlan: [],
  };
}

/**
 * The plan's edits with `sheet`'s table moved `rows` down and `cols` right, as a user who inserted rows and a column
 * above and left of it has it: its cells and the table itself (the decorations are left out: a user's file need not
 * have them), and `title` in A1.
 */
function placed(edits: readonly Edit[], sheet: string, rows: number, cols: number, title: string): Edit[] {
  const moved = edits.flatMap((e): Edit[] => {
    if (!('sheet' in e) || e.sheet !== sheet || e.kind === 'ensureSheet') return [e];
    if (e.kind === 'setCells') {
      const at = parseA1(e.origin);
      return at ? [{ ...e, origin: toA1(at.row + rows, at.col + cols) }] : [];
    }
    const b = e.kind === 'createTable' ? parseRange(e.ref) : null;
    return b && e.kind === 'createTable'
      ? [{ ...e, ref: toRange(b.top + rows, b.left + cols, b.bottom + rows, b.right + cols) }]
      : [];
  });
  return [...moved, { kind: 'setCells', sheet, origin: 'A1', values: [[title]] }];
}

/** The A1 cell element of every worksheet part, with the shared string it shows, if any. */
function titleCells(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  const strings = [...strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>[\s\S]*?<\/si>/g)];
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const c = /<c r="A1"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/.exec(strFromU8(data))?.[0];
    if (!c) continue;
    const shared = /t="s"/.test(c) ? strings[Number(/<v>(\d+)<\/v>/.exec(c)?.[1])]?.[0] : '';
    out[name] = `${c}${shared ?? ''}`;
  }
  return out;
}

interface YearTotals {
  readonly years: Record<string, number>;
}

/** `check --format json` of the rolled file: its period and the operating and investment totals by year. */
async function checked(dir: string, file: string) {
  const r = await runCommand(checkRun, [file, '--format', 'json'], dir);
  const json = JSON.parse(r.stdout) as {
    plan: { years: number[] };
    totals: { operating: { all: YearTotals }; investment: { all: YearTotals } };
  };
  return { years: json.plan.years, drift: json.totals.operating.all.years, inv: json.totals.investment.all.years };
}

describe('tiltaksplan roll of tables under a title', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = scratchDir());
    const drift = XlsxWorkbook.empty();
    await drift.apply(placed(planWorkbook(content()), 'Tiltak drift', 3, 0, TITLE));
    await saveXlsxFile(drift, path.join(dir, 'drift-a4.xlsx'));
    const inv = XlsxWorkbook.empty();
    await inv.apply(placed(planWorkbook(content()), 'Tiltak investering', 2, 1, 'Investeringer'));
    await saveXlsxFile(inv, path.join(dir, 'investering-b3.xlsx'));
  });
  afterAll(() => cleanup());

  it('checks the plan as typed: the tables are read where they stand', async () => {
    // 2027: drift 600 + 300 + 250 + 0 = 1150; investment 3000 + 0 = 3000 (thousands).
    for (const file of ['drift-a4.xlsx', 'investering-b3.xlsx']) {
      const c = await checked(dir, file);
      expect(c.years).toEqual([2027, 2028, 2029, 2030]);
      expect(c.drift['2027']).toBe(1_150_000);
      expect(c.inv['2027']).toBe(3_000_000);
    }
  });

  it.each([
    ['drift-a4.xlsx', 'Tiltak drift', 'tblTiltakDrift', 'A4', 4],
    ['investering-b3.xlsx', 'Tiltak investering', 'tblTiltakInvestering', 'B3', 3],
  ])('rolls %s with the table where it stood, the title byte for byte', async (file, sheet, table, corner, header) => {
    const out = `rullert-${file}`;
    const result = await runCommand(run, [file, '--out', out], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const before = readFileSync(path.join(dir, file));
    const after = readFileSync(path.join(dir, out));
    // The title's cell (its XML and the shared string it shows) is the same, in the same worksheet part.
    const title = file.startsWith('drift') ? TITLE : 'Investeringer';
    const titles = Object.entries(titleCells(before)).filter(([, xml]) => xml.includes(title));
    expect(titles).toHaveLength(1);
    for (const [part, xml] of titles) expect(titleCells(after)[part]).toBe(xml);
    // The product freezes its table's header: the rows down to the header row (4 or 3), not row 1 under the title.
    const sheetXml = strFromU8(unzipSync(after)[titles[0]?.[0] ?? ''] ?? new Uint8Array());
    expect(/<pane [^>]*ySplit="(\d+)"/.exec(sheetXml)?.[1]).toBe(String(header));
    const rolled = await (await openXlsxFile(path.join(dir, out))).read();
    expect(rolled.sheets.find((s) => s.sheet === sheet)?.values[0]?.[0]).toBe(title);
    expect(rolled.tables.find((t) => t.name === table)?.ref.startsWith(`${corner}:`)).toBe(true);
    // Sum periode (drift only) of the first measure, on the row below the header: the table's calculated column
    // over the rolled years, D-001 1200 + 1800 + 2400 + 2400 = 7800.
    const grid = rolled.sheets.find((s) => s.sheet === sheet);
    const col = grid?.values[header - 1]?.indexOf('Sum periode') ?? -1;
    if (file.startsWith('drift')) {
      expect(col).toBeGreaterThan(0);
      expect(grid?.formulas?.[header]?.[col]).toMatch(/^=SUM\(tblTiltakDrift\[\[#This Row\],\[2028\]:\[2031\]\]\)$/);
      expect(grid?.values[header]?.[col]).toBe(7800);
    }
    // Sammendrag names the tables, not their cells: its sums follow the table to where it stands.
    const summary = rolled.sheets.find((s) => s.sheet === 'Sammendrag')?.formulas?.flat() ?? [];
    const sums = summary.filter((f): f is string => typeof f === 'string' && f.startsWith('='));
    expect(sums.some((f) => f.includes(`${table}[`))).toBe(true);
    expect(sums.filter((f) => /'?Tiltak (drift|investering)'?!/.test(f))).toEqual([]);
    // The rolled years' totals by hand (see the top of this file), in kroner.
    const c = await checked(dir, out);
    expect(c.years).toEqual([2028, 2029, 2030, 2031]);
    expect(c.drift).toEqual({ '2028': 1_800_000, '2029': 2_500_000, '2030': 2_900_000, '2031': 2_900_000 });
    expect(c.inv).toEqual({ '2028': 19_000_000, '2029': 20_000_000, '2030': 0, '2031': 0 });
    expectValidOoxml(after);
  });
});

/**
 * Builds a plan workbook the way a user does (SPEC §11): `tiltaksplan new`, then rows typed into the empty
 * measure and economy plan tables by header text, each table grown over them, the Sum periode cell given the
 * table's own calculated formula, and settings typed into tblInnstillinger. Used by the seed audits, whose
 * expected figures are worked out by hand from the rows given here.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { parseRange, toRange } from '../../src/domain/model/a1';
import type { CellInput, Edit } from '../../src/domain/model/edits';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from '../cli/testIo';

/** One typed row by header text: a number, a text, or nothing. */
export type Row = Record<string, string | number | null>;

export interface SeedPlan {
  readonly unit: 'kr' | '1000 kr' | 'mill kr';
  readonly settings?: Readonly<Record<string, string | number>>;
  readonly operating: readonly Row[];
  readonly investment: readonly Row[];
  readonly economyPlan: readonly Row[];
  /** An economy plan workbook (`new --economy-plan`, SPEC §15): no measure tables. */
  readonly economyPlanOnly?: boolean;
}

const TABLES = [
  { key: 'operating', name: 'tblTiltakDrift', sheet: 'Tiltak drift' },
  { key: 'investment', name: 'tblTiltakInvestering', sheet: 'Tiltak investering' },
  { key: 'economyPlan', name: 'tblOkonomiplan', sheet: 'Økonomiplan' },
] as const;

/** Writes `plan` as FILE in `dir` (start 2027, four years) and returns the file's path. */
export async function buildSeedWorkbook(dir: string, file: string, plan: SeedPlan): Promise<string> {
  const io = testIo({ cwd: dir });
  const only = plan.economyPlanOnly ? ['--economy-plan'] : [];
  const code = await main(['new', file, '--start', '2027', '--unit', plan.unit, ...only], io);
  if (code !== 0) throw new Error(`new failed: ${io.err()}`);
  const full = path.join(dir, file);
  const wb = await openXlsxFile(full);
  const snapshot = await wb.read();
  const edits: Edit[] = [];
  for (const t of TABLES) {
    const rows = plan[t.key];
    if (rows.length === 0) continue;
    const info = snapshot.tables.find((x) => x.name === t.name);
    const sheet = snapshot.sheets.find((s) => s.sheet === t.sheet);
    const bounds = info ? parseRange(info.ref) : null;
    if (!bounds || !sheet) throw new Error(`no ${t.name}`);
    const headers = (sheet.values[0] ?? []).slice(0, bounds.right).map((h) => String(h ?? ''));
    const years = headers.filter((h) => /^\d{4}$/.test(h));
    const values: CellInput[][] = rows.map((row) =>
      headers.map((h): CellInput => {
        if (h === 'Sum periode' && !(h in row)) {
          // What Excel fills into a new row of the calculated column, with the value it shows (text skipped).
          const value = years.reduce((a, y) => a + (typeof row[y] === 'number' ? row[y] : 0), 0);
          return { formula: `=SUM(${t.name}[[#This Row],[${years[0]}]:[${years[years.length - 1]}]])`, value };
        }
        return row[h] ?? null;
      }),
    );
    for (const h of rows.flatMap((r) => Object.keys(r))) if (!headers.includes(h)) throw new Error(`no column ${h}`);
    const bottom = Math.max(bounds.bottom, bounds.top + rows.length);
    edits.push({ kind: 'resizeTable', name: t.name, ref: toRange(bounds.top, bounds.left, bottom, bounds.right) });
    edits.push({ kind: 'setCells', sheet: t.sheet, origin: `A${bounds.top + 1}`, values });
  }
  const settings = snapshot.sheets.find((s) => s.sheet === 'Innstillinger');
  for (const [label, value] of Object.entries(plan.settings ?? {})) {
    const r = (settings?.values ?? []).findIndex((line) => line[0] === label);
    if (r < 0) throw new Error(`no setting ${label}`);
    edits.push({ kind: 'setCells', sheet: 'Innstillinger', origin: `B${r + 1}`, values: [[value]] });
  }
  await wb.apply(edits);
  await saveXlsxFile(wb, full, 'replace');
  return full;
}

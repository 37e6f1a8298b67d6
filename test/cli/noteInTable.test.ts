/**
 * A note typed right under a table, which Excel's auto-expansion takes into it (docs/spec.md §8, note-in-table):
 * «Merknad: tallene er foreløpige» in A13 under the example's tblTiltakDrift (A1:U12), its ref grown to A1:U13 as
 * Excel does. Before: section-invalid, priority-invalid, measure-missing, status-invalid, responsible-missing and
 * area-missing on row 13, the note read as the measure's ID. Now: one warning at A13, and the plan reads as without
 * the note (the same totals, status counts and reconciliation as the example as made).
 * The same for tblTiltakInvestering (A1:Y6, note at A7) and tblOkonomiplan (A1:K23, note at A24).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/domain/model/report';
import { testIo } from './testIo';

const NOTE = 'Merknad: tallene er foreløpige';

/** The example's part of each table, its sheet's part, its ref and the row right under it. */
const TABLES = [
  { table: 'tblTiltakDrift', part: 'table6', sheetPart: 'sheet2', sheet: 'Tiltak drift', ref: 'A1:U12', row: 13 },
  {
    table: 'tblTiltakInvestering',
    part: 'table7',
    sheetPart: 'sheet3',
    sheet: 'Tiltak investering',
    ref: 'A1:Y6',
    row: 7,
  },
  { table: 'tblOkonomiplan', part: 'table8', sheetPart: 'sheet4', sheet: 'Økonomiplan', ref: 'A1:K23', row: 24 },
] as const;

/** `plan.xlsx` with the note typed in A of the row under `t` and the table grown over that row, as Excel does. */
function withNote(file: string, t: (typeof TABLES)[number]): Buffer {
  const files = unzipSync(readFileSync(file));
  const tablePath = `xl/tables/${t.part}.xml`;
  const table = strFromU8(files[tablePath] ?? new Uint8Array());
  expect(table).toContain(`name="${t.table}"`);
  expect(table).toContain(`ref="${t.ref}"`);
  files[tablePath] = strToU8(table.split(`ref="${t.ref}"`).join(`ref="${t.ref.replace(/\d+$/, String(t.row))}"`));
  const sheetPath = `xl/worksheets/${t.sheetPart}.xml`;
  const sheet = strFromU8(files[sheetPath] ?? new Uint8Array());
  const open = `<row r="${t.row}">`;
  expect(sheet).toContain(open);
  expect(sheet).not.toContain(`r="A${t.row}"`);
  const cell = `<c r="A${t.row}" t="inlineStr"><is><t>${NOTE}</t></is></c>`;
  files[sheetPath] = strToU8(sheet.replace(open, open + cell));
  return Buffer.from(zipSync(files));
}

async function checkJson(cwd: string, file: string): Promise<Report> {
  const io = testIo({ cwd });
  await main(['check', file, '--format', 'json'], io);
  return JSON.parse(io.out()) as Report;
}

describe('check --format json of a note Excel took into a table', () => {
  it.each(TABLES)('$table: one warning at the note, and the plan as without it', async (t) => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example'], io)).toBe(0);
    writeFileSync(path.join(io.cwd, 'note.xlsx'), withNote(path.join(io.cwd, 'plan.xlsx'), t));
    const made = await checkJson(io.cwd, 'plan.xlsx');
    const noted = await checkJson(io.cwd, 'note.xlsx');

    const onRow = noted.issues.filter((i) => i.sheet === t.sheet && new RegExp(`^[A-Z]+${t.row}$`).test(i.cell));
    expect(onRow.map((i) => [i.code, i.severity, i.cell])).toEqual([['note-in-table', 'warning', `A${t.row}`]]);
    expect(onRow[0]?.message).toContain(`Rad ${t.row} i `);
    expect(onRow[0]?.message).toContain(`«${NOTE}» i kolonnen ${t.table === 'tblOkonomiplan' ? 'Del' : 'ID'}`);
    expect(onRow[0]?.message).toContain(`(arket ${t.sheet}, celle A${t.row})`);
    // Nothing else changed: the note is the one new finding, and no figure counts it.
    expect(noted.issues.filter((i) => i.code !== 'note-in-table')).toEqual(made.issues);
    expect(noted.totals).toEqual(made.totals);
    expect(noted.reconciliation).toEqual(made.reconciliation);
    expect(noted.summary.warnings).toBe(made.summary.warnings + 1);
  });
});

/**
 * `roll` of a plan with a note Excel took into a table (docs/spec.md §8, note-in-table): the roll rebuilds the
 * tables from the rows it read, and the note is no row, so it vanished without a word. SPEC §11: the roll never
 * deletes a user's cell. The note now stands where note-in-table advises, below the rolled table with one empty
 * row between, in its column; it stays in the old table on the archive; and the roll names where it now stands.
 * A cell of the user's in that place keeps it there: the note is on the archive only, and the roll says so.
 *
 * The example rolled: tblTiltakDrift A1:U12 loses D-002 and D-009 (A1:U10), so its note of A13 goes to A12;
 * tblTiltakInvestering (A1:Y6) and tblOkonomiplan (A1:K23) keep their size, notes of A7 and A24 to A8 and A25.
 * On «Arkiv 2027–2030» (title, 9 setting rows and a blank row, then per table a title, a header, its rows and a
 * blank row): the drift note after its 11 rows in A26, the investment note after its 5 rows in A34 (the drift
 * block 13–26), the economy plan note after its 22 lines in A59 (drift 13–26, investments 27–34).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { findSheet } from '../../src/domain/read/locateTable';
import { cellAt } from '../../src/domain/read/sheetCells';
import { parseA1 } from '../../src/domain/model/a1';
import { openXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { readPlan } from '../../src/domain/read/plan';
import { readVersion } from '../../src/domain/read/version';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { testIo } from './testIo';

const NOTE = 'Merknad: tallene er foreløpige';
const ARCHIVE = 'Arkiv 2027–2030';

const TABLES = [
  {
    table: 'tblTiltakDrift',
    part: 'table6',
    sheetPart: 'sheet2',
    sheet: 'Tiltak drift',
    ref: 'A1:U12',
    row: 13,
    to: 'A12',
    archived: 'A26',
    nb: 'tabellen over driftstiltak',
  },
  {
    table: 'tblTiltakInvestering',
    part: 'table7',
    sheetPart: 'sheet3',
    sheet: 'Tiltak investering',
    ref: 'A1:Y6',
    row: 7,
    to: 'A8',
    archived: 'A34',
    nb: 'tabellen over investeringstiltak',
  },
  {
    table: 'tblOkonomiplan',
    part: 'table8',
    sheetPart: 'sheet4',
    sheet: 'Økonomiplan',
    ref: 'A1:K23',
    row: 24,
    to: 'A25',
    archived: 'A59',
    nb: 'økonomiplantabellen',
  },
] as const;

type Case = (typeof TABLES)[number];

/** `file` with the note in A of the row under `t`'s table, the table grown over it, and `extra` cells of hers. */
function withNote(file: string, t: Case, extra = ''): Buffer {
  const files = unzipSync(readFileSync(file));
  const tablePath = `xl/tables/${t.part}.xml`;
  const table = strFromU8(files[tablePath] ?? new Uint8Array());
  expect(table).toContain(`ref="${t.ref}"`);
  files[tablePath] = strToU8(table.split(`ref="${t.ref}"`).join(`ref="${t.ref.replace(/\d+$/, String(t.row))}"`));
  const sheetPath = `xl/worksheets/${t.sheetPart}.xml`;
  const sheet = strFromU8(files[sheetPath] ?? new Uint8Array());
  const open = `<row r="${t.row}">`;
  expect(sheet).toContain(open);
  const cell = `<c r="A${t.row}" t="inlineStr"><is><t>${NOTE}</t></is></c>`;
  files[sheetPath] = strToU8(sheet.replace(open, open + cell).replace('</sheetData>', `${extra}</sheetData>`));
  return Buffer.from(zipSync(files));
}

const at = (wb: WorkbookSnapshot, sheet: string, a1: string): unknown => {
  const s = findSheet(wb, sheet);
  const p = parseA1(a1);
  return s && p ? cellAt(s, p.row, p.col) : undefined;
};

async function rolled(t: Case, extra = '', lang = 'nb'): Promise<{ wb: WorkbookSnapshot; out: string }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example'], io)).toBe(0);
  writeFileSync(path.join(io.cwd, 'note.xlsx'), withNote(path.join(io.cwd, 'plan.xlsx'), t, extra));
  const roll = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'note.xlsx', '--out', 'r.xlsx', '--lang', lang], roll)).toBe(0);
  return { wb: await (await openXlsxFile(path.join(io.cwd, 'r.xlsx'))).read(), out: roll.out() };
}

describe('roll of a plan with a note Excel took into a table', () => {
  it.each(TABLES)('$table: the note below the rolled table, on the archive, and named', async (t) => {
    const { wb, out } = await rolled(t);
    expect(at(wb, t.sheet, t.to)).toBe(NOTE);
    const row = Number(t.to.slice(1));
    expect(at(wb, t.sheet, `A${row - 1}`)).toBeNull();
    expect(at(wb, ARCHIVE, t.archived)).toBe(NOTE);
    // The archive reads back as the old plan: the note is a note there too, no row of the table.
    const archived = readVersion(wb, ARCHIVE);
    const notes = archived?.findings.filter((f) => f.code === 'note-in-table').map((f) => `${f.sheet}!${f.cell}`);
    expect(notes).toEqual([`${ARCHIVE}!${t.archived}`]);
    expect(out).toContain(
      `Merknaden «${NOTE}», som Excel hadde tatt inn i ${t.nb} (${t.sheet}!A${t.row}), står nå under tabellen i ` +
        `${t.sheet}!${t.to}, med en tom rad imellom, og i den gamle tabellen på arket «${ARCHIVE}».`,
    );
  });

  it('a cell of hers in the way: the note stays on the archive only, and the roll says so', async () => {
    const t = TABLES[1];
    const { wb, out } = await rolled(t, `<row r="8"><c r="A8" t="inlineStr"><is><t>Kilde: budsjett</t></is></c></row>`);
    expect(at(wb, t.sheet, 'A8')).toBe('Kilde: budsjett');
    expect(at(wb, ARCHIVE, t.archived)).toBe(NOTE);
    expect(out).toContain(
      `Merknaden «${NOTE}», som Excel hadde tatt inn i ${t.nb} (${t.sheet}!A7), er ikke skrevet under den ` +
        `rullerte tabellen: cellen ${t.sheet}!A8, der den skulle stå, har innhold fra før. Merknaden står i den ` +
        `gamle tabellen på arket «${ARCHIVE}».`,
    );
  });

  it.each([
    [
      'nn',
      `Merknaden «${NOTE}», som Excel hadde teke inn i tabellen over driftstiltak (Tiltak drift!A13), står no under tabellen i Tiltak drift!A12, med ei tom rad imellom, og i den gamle tabellen på arket «${ARCHIVE}».`,
    ],
    [
      'en',
      `The note "${NOTE}", which Excel had taken into the operating measures table (Tiltak drift!A13), now stands below the table in Tiltak drift!A12, with one empty row between, and in the old table on the sheet "${ARCHIVE}".`,
    ],
  ])('%s: the message', async (lang, message) => {
    const { out } = await rolled(TABLES[0], '', lang);
    expect(out).toContain(message);
  });

  it('into a new workbook (the pane): the note below the rolled table there too', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example'], io)).toBe(0);
    const file = path.join(io.cwd, 'note.xlsx');
    writeFileSync(file, withNote(path.join(io.cwd, 'plan.xlsx'), TABLES[0]));
    const snapshot = await (await openXlsxFile(file)).read();
    const { plan, findings } = readPlan(snapshot, { defaultStartYear: 2027 });
    const r = planRolledWorkbook(snapshot, plan, { findings });
    expect(r.notesKept).toEqual([
      { text: NOTE, table: 'tblTiltakDrift', sheet: 'Tiltak drift', from: 'A13', to: 'A12' },
    ]);
    expect(r.edits).toContainEqual({ kind: 'setCells', sheet: 'Tiltak drift', origin: 'A12', values: [[NOTE]] });
  });
});

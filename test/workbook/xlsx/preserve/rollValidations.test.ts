/**
 * A roll into the user's workbook and the drop-downs (data validation) on the columns of a rolled table: the table's
 * rows move (a finished measure leaves), its columns stay, so a rule that covered a column's whole body covers the
 * rolled table's column again; one that covered only some of its rows cannot be placed, and is named. Built on the
 * "as Excel saves it" plan (11 measures in tblTiltakDrift A1:U12, rows 2–12; D-002 and D-009 leave: 9 rows, 2–10),
 * with two columns of the user's added to the table: «Status» (V, a list on V2:V12, the whole body) and «Kontakt»
 * (W, a list on W3:W5 only). The fixture's own x14 drop-down on Ansvarlig (R2:R12, from Innstillinger) is a rule of
 * the user's on a column of the product's that has none of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { diffPackages } from './compare';
import { expectPreserved, sheetParts } from './paths';
import { rollBytes, type Rolled } from './rolled';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

const STATUS = '"Ikke startet,Pågår,Ferdig"';
const CONTACT = '"Kari,Ola"';

/** The fixture with «Status» (V) and «Kontakt» (W) added to tblTiltakDrift, each with its drop-down. */
function withUserColumns(): Uint8Array {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const table = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('displayName="tblTiltakDrift"'),
  );
  if (!table) throw new Error('no tblTiltakDrift');
  pkg.edit(table, (x) =>
    x
      .replace(/ref="A1:U12"/g, 'ref="A1:W12"')
      .replace('<tableColumns count="21">', '<tableColumns count="23">')
      .replace(
        '</tableColumns>',
        '<tableColumn id="22" name="Status"/><tableColumn id="23" name="Kontakt"/></tableColumns>',
      ),
  );
  const part = pkg.sheetPart('Tiltak drift');
  const text = (cell: string, t: string) => `<c r="${cell}" t="inlineStr"><is><t>${t}</t></is></c>`;
  // D-001 (row 2) Pågår, D-003 (row 4) Ferdig; Kontakt Kari on row 3 (D-002, which leaves).
  const cells: Record<number, string> = {
    1: text('V1', 'Status') + text('W1', 'Kontakt'),
    2: text('V2', 'Pågår'),
    3: text('W3', 'Kari'),
    4: text('V4', 'Ferdig'),
  };
  pkg.edit(part, (x) => {
    let s = x.replace('<dimension ref="A1:U12"/>', '<dimension ref="A1:W13"/>');
    for (const [row, xml] of Object.entries(cells))
      s = s.replace(new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)</row>`), `$1${xml}</row>`);
    return s
      .replace('<dataValidations count="5">', '<dataValidations count="7">')
      .replace(
        '</dataValidations>',
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="V2:V12"><formula1>${STATUS}</formula1></dataValidation>` +
          `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="W3:W5"><formula1>${CONTACT}</formula1></dataValidation></dataValidations>`,
      );
  });
  return pkg.bytes();
}

const roll = (): Promise<Rolled> => rollBytes(withUserColumns());

/** The rules of the sheet part as "formula sqref", main and x14 alike, sorted. */
function rules(bytes: Uint8Array): string[] {
  const [part] = sheetParts(bytes, ['Tiltak drift']);
  const xml = strFromU8(unzipSync(bytes)[part ?? ''] ?? new Uint8Array());
  const main = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)];
  const x14 = [
    ...xml.matchAll(
      /<x14:dataValidation [^>]*>\s*<x14:formula1><xm:f>([^<]*)<\/xm:f><\/x14:formula1>[\s\S]*?<xm:sqref>([^<]*)<\/xm:sqref>/g,
    ),
  ];
  return [...main.map((m) => `${m[2] ?? ''} ${m[1] ?? ''}`), ...x14.map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`)].sort();
}

describe('roll into the source: drop-downs on the columns of a rolled table', () => {
  let r: Rolled;
  beforeAll(async () => {
    r = await roll();
  });

  it('rolls the table with the user columns after the product columns, in V and W', async () => {
    const s = await (await XlsxWorkbook.fromBuffer(r.after)).read();
    // 11 measures − D-002 − D-009 = 9 rows, 2–10; 21 product columns (A–U), then Status (V) and Kontakt (W).
    expect(s.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe('A1:W10');
    const values = s.sheets.find((x) => x.sheet === 'Tiltak drift')?.values ?? [];
    expect(values[0]?.slice(21, 23)).toEqual(['Status', 'Kontakt']);
    // D-001 stays on row 2 (Pågår); D-003 moves from row 4 to row 3 (Ferdig).
    expect([values[1]?.[0], values[1]?.[21]]).toEqual(['D-001', 'Pågår']);
    expect([values[2]?.[0], values[2]?.[21]]).toEqual(['D-003', 'Ferdig']);
  });

  it('puts the whole-column drop-downs on the rolled rows again: Status V2:V10, Ansvarlig (x14) R2:R10', () => {
    const after = rules(r.after);
    expect(after).toContain(`${STATUS} V2:V10`);
    expect(after).toContain('Innstillinger!$K$2:$K$50 R2:R10');
    // The product's own rules are its own: B2:B210 (9 rows and 200 spare rows), with what is left of the old
    // B2:B212 below the old table's last row 12 (B211:B212).
    expect(after).toContain('lstSeksjoner B211:B212 B2:B210');
    // The partial one is no longer anywhere on the sheet.
    expect(after.filter((x) => x.startsWith(CONTACT))).toEqual([]);
  });

  it('names the drop-down it could not place (W3:W5 covered 3 of the 11 rows, and they moved)', () => {
    expect(r.stdout).toContain('W3:W5');
    expect(r.stdout).toContain('«Tiltak drift»');
  });

  it('changes no part it does not own, and the result passes ooxml-check', () => {
    const diff = diffPackages(r.before, r.after);
    const sheets = ['Innstillinger', 'Tiltak drift', 'Tiltak investering', 'Økonomiplan', 'Handlingsplan'];
    const owned = [
      ...sheetParts(r.after, [...sheets, 'Sammendrag', 'Avstemming']),
      ...diff.changed.filter((p) => p.startsWith('xl/tables/')),
      // The threaded comment on Tiltak drift!E3, a cell of the rolled table (roll.test.ts).
      ...['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/threadedComments/threadedComment1.xml'],
      ...diff.added,
    ];
    const lists = ['lstSeksjoner', 'lstPlanomrader', 'lstRammeomrader', 'lstAnsvarlige'];
    expectPreserved(r.before, r.after, owned, 'rullert.xlsx', ['omrSammendrag', ...lists]);
  });
});

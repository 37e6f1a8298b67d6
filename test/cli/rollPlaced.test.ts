/**
 * `tiltaksplan roll` of a workbook whose settings, lists, plan items or measure tables the user moved (a real-file
 * trial, rollover/placed.ts): each is written where it stood, the cells of the user's above and left of it byte for
 * byte, and a roll that would make two of the product's tables overlap writes nothing and says so.
 *
 * Hand-made from the example plan (2027–2030, 1000 kr; `new --example`):
 * - innstillinger-a3.xlsx: Innstillinger moved two rows down (tblInnstillinger A3:B10, the lists D3:D5, F3:F8, H3:I8,
 *   K3:K8) under «Innstillinger for planen» in A1;
 * - ett-ark.xlsx: tblTiltakInvestering (A1:Y6) moved onto Tiltak drift at A16:Y21 under «Investeringer» in A15;
 * - trangt.xlsx: a settings table without the Plannavn row (A1:B7) with tblSeksjoner right under it (A8:A10);
 * - frosset.xlsx: the example as made, Tiltak drift frozen by the user at D2 (row 1 and columns A–C) and its column
 *   Tiltak (E) widened by her to 80.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { run } from '../../src/cli/commands/roll';
import { exampleContent } from '../../src/domain/example/example';
import { planWorkbook } from '../../src/domain/sheets/template';
import { parseA1, parseRange, toA1, toRange } from '../../src/domain/model/a1';
import type { Edit } from '../../src/domain/model/edits';
import { cliText } from '../../src/i18n/cliCommand';
import { tableTerm } from '../../src/i18n/glossary';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { runCommand, scratchDir } from './cliRun';

/** The cells and tables of `sheet` moved `rows` down, onto `onto` (its decorations left out, as a user's file may). */
function moved(edits: readonly Edit[], sheet: string, rows: number, onto = sheet): Edit[] {
  return edits.flatMap((e): Edit[] => {
    if (!('sheet' in e) || e.sheet !== sheet) return [e];
    if (e.kind === 'ensureSheet') return onto === sheet ? [e] : [];
    const at = e.kind === 'setCells' ? parseA1(e.origin) : null;
    if (e.kind === 'setCells' && at) return [{ ...e, sheet: onto, origin: toA1(at.row + rows, at.col) }];
    const b = e.kind === 'createTable' ? parseRange(e.ref) : null;
    if (e.kind === 'createTable' && b)
      return [{ ...e, sheet: onto, ref: toRange(b.top + rows, b.left, b.bottom + rows, b.right) }];
    return [];
  });
}

const text = (sheet: string, origin: string, value: string): Edit => ({
  kind: 'setCells',
  sheet,
  origin,
  values: [[value]],
});

/** Without the Plannavn row (A1:B7), tblSeksjoner right under it at A8:A10. */
function crowded(edits: readonly Edit[]): Edit[] {
  return edits.flatMap((e): Edit[] => {
    if (!('sheet' in e) || e.sheet !== 'Innstillinger') return [e];
    if (e.kind === 'setCells' && e.origin === 'A2') return [{ ...e, values: e.values.slice(0, 6) }];
    if (e.kind === 'createTable' && e.name === 'tblInnstillinger') return [{ ...e, ref: 'A1:B7' }];
    if (e.kind === 'setCells' && e.origin === 'D1') return [{ ...e, origin: 'A8' }];
    if (e.kind === 'setCells' && e.origin === 'D2') return [{ ...e, origin: 'A9' }];
    if (e.kind === 'createTable' && e.name === 'tblSeksjoner') return [{ ...e, ref: 'A8:A10' }];
    return e.kind === 'setCells' || e.kind === 'createTable' || e.kind === 'ensureSheet' ? [e] : [];
  });
}

/** The worksheet part of `sheet` in a saved package. */
function sheetXml(bytes: Uint8Array, sheet: string): string {
  const parts = unzipSync(bytes);
  const book = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
  const rid = new RegExp(`<sheet name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(book)?.[1];
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
  return strFromU8(parts[`xl/${target.replace(/^\/?xl\//, '')}`] ?? new Uint8Array());
}

/** `bytes` with the worksheet part of `sheet` changed by `change`. */
function patched(bytes: Uint8Array, sheet: string, change: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = sheetXml(bytes, sheet);
  const name = Object.keys(parts).find(
    (n) => n.startsWith('xl/worksheets/') && strFromU8(parts[n] ?? new Uint8Array()) === xml,
  );
  if (!name) throw new Error(`no part for ${sheet}`);
  parts[name] = strToU8(change(xml));
  return zipSync(parts);
}

/** Tiltak (E) of Tiltak drift as the user widened it: 80 (the product makes it 44). */
const WIDE_E = '<col min="5" max="5" width="80" customWidth="1"/>';

const FROZEN_AT_D2 =
  '<sheetViews><sheetView workbookViewId="0"><pane xSplit="3" ySplit="1" topLeftCell="D2" activePane="bottomRight" state="frozen"/>' +
  '<selection pane="topRight"/><selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="D2" sqref="D2"/></sheetView></sheetViews>';

const cellXml = (xml: string, a1: string): string | undefined =>
  new RegExp(`<c r="${a1}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0];

describe('tiltaksplan roll of tables the user moved', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = scratchDir());
    const example = planWorkbook(exampleContent({ startYear: 2027, unit: '1000 kr' }));
    const files: [string, Edit[]][] = [
      [
        'innstillinger-a3.xlsx',
        [...moved(example, 'Innstillinger', 2), text('Innstillinger', 'A1', 'Innstillinger for planen')],
      ],
      [
        'ett-ark.xlsx',
        [...moved(example, 'Tiltak investering', 15, 'Tiltak drift'), text('Tiltak drift', 'A15', 'Investeringer')],
      ],
      ['trangt.xlsx', crowded(example)],
    ];
    for (const [name, edits] of files) {
      const wb = XlsxWorkbook.empty();
      await wb.apply(edits);
      await saveXlsxFile(wb, path.join(dir, name));
    }
    const made = XlsxWorkbook.empty();
    await made.apply(example);
    await saveXlsxFile(made, path.join(dir, 'laget.xlsx'));
    const frozen = patched(readFileSync(path.join(dir, 'laget.xlsx')), 'Tiltak drift', (xml) =>
      xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>/, FROZEN_AT_D2).replace(/<col min="5" max="5"[^>]*\/>/, WIDE_E),
    );
    writeFileSync(path.join(dir, 'frosset.xlsx'), frozen);
  });
  afterAll(() => cleanup());

  it('rolls the settings and lists under their title: the title cell byte for byte, the tables at row 3', async () => {
    const result = await runCommand(run, ['innstillinger-a3.xlsx', '--out', 'r1.xlsx'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const before = readFileSync(path.join(dir, 'innstillinger-a3.xlsx'));
    const after = readFileSync(path.join(dir, 'r1.xlsx'));
    expect(cellXml(sheetXml(after, 'Innstillinger'), 'A1')).toBe(cellXml(sheetXml(before, 'Innstillinger'), 'A1'));
    const rolled = await (await openXlsxFile(path.join(dir, 'r1.xlsx'))).read();
    const ref = (name: string) => rolled.tables.find((t) => t.name === name)?.ref;
    // Seven settings under the header at row 3: A3:B10; the sections list as made (3 rows with its header): D3:D5.
    expect([ref('tblInnstillinger'), ref('tblSeksjoner'), ref('tblAnsvarlige')]).toEqual(['A3:B10', 'D3:D5', 'K3:K8']);
    const grid = rolled.sheets.find((s) => s.sheet === 'Innstillinger');
    expect(grid?.values[0]?.[0]).toBe('Innstillinger for planen');
    expect(grid?.values[3]?.slice(0, 2)).toEqual(['Første planår', 2028]); // row 4: 2027 + 1
    expectValidOoxml(after);
  });

  it('rolls two measure tables on one sheet there: no sheet «Tiltak investering» is added', async () => {
    const result = await runCommand(run, ['ett-ark.xlsx', '--out', 'r2.xlsx'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const rolled = await (await openXlsxFile(path.join(dir, 'r2.xlsx'))).read();
    expect(rolled.sheets.map((s) => s.sheet)).not.toContain('Tiltak investering');
    // Drift: header + 11 measures − 2 finished = A1:U10; the 5 investments stay under their title: A16:Y21.
    const on = (name: string) => rolled.tables.find((t) => t.name === name);
    expect(on('tblTiltakDrift')).toMatchObject({ sheet: 'Tiltak drift', ref: 'A1:U10' });
    expect(on('tblTiltakInvestering')).toMatchObject({ sheet: 'Tiltak drift', ref: 'A16:Y21' });
    expect(rolled.sheets.find((s) => s.sheet === 'Tiltak drift')?.values[14]?.[0]).toBe('Investeringer');
    expectValidOoxml(readFileSync(path.join(dir, 'r2.xlsx')));
  });

  it.each(['nb', 'nn', 'en'] as const)(
    'writes nothing when the settings table would grow into the list under it, and says so (%s)',
    async (lang) => {
      const out = `r3-${lang}.xlsx`;
      const result = await runCommand(run, ['trangt.xlsx', '--out', out, '--lang', lang], dir);
      expect(result.code).toBe(2);
      expect(existsSync(path.join(dir, out))).toBe(false);
      const said = cliText('rollTablesMeet', lang, {
        table: tableTerm('tblInnstillinger', lang),
        other: tableTerm('tblSeksjoner', lang),
        cell: 'Innstillinger!A8',
      });
      expect(result.stderr).toBe(`trangt.xlsx: ${said}\n`);
    },
  );

  it("keeps the user's own frozen panes and widths: Tiltak drift stays frozen at D2, Tiltak 80 wide", async () => {
    // The roll froze row 1 of every measure sheet, which took away the user's frozen columns A–C. Now a sheet with
    // panes of its own keeps them; the economy plan sheet, whose freeze is the product's (row 1), is frozen as before.
    const result = await runCommand(run, ['frosset.xlsx', '--out', 'r4.xlsx'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const before = readFileSync(path.join(dir, 'frosset.xlsx'));
    const after = readFileSync(path.join(dir, 'r4.xlsx'));
    const views = (xml: string) => /<sheetViews>[\s\S]*?<\/sheetViews>/.exec(xml)?.[0];
    expect(views(sheetXml(before, 'Tiltak drift'))).toBe(FROZEN_AT_D2);
    expect(views(sheetXml(after, 'Tiltak drift'))).toBe(FROZEN_AT_D2);
    // Her width of Tiltak stays; the product's widths of the other columns are as made (Kostnadsstatus, F: 9).
    expect(sheetXml(before, 'Tiltak drift')).toContain(WIDE_E);
    expect(sheetXml(after, 'Tiltak drift')).toContain(WIDE_E);
    expect(sheetXml(after, 'Tiltak drift')).toContain('<col min="6" max="6" width="9" customWidth="1"/>');
    expect(views(sheetXml(after, 'Økonomiplan'))).toMatch(/<pane ySplit="1" topLeftCell="A2"/);
    expectValidOoxml(after);
  });
});

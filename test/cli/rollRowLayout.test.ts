/**
 * What a budget officer sets on the rows and the sheet of a measure table besides looks: a row made taller by hand
 * (`<row ht customHeight>`), a row hidden by hand (`<row hidden>`), the sheet's filtered state (`<sheetPr
 * filterMode>`). A roll moves the rows up when a finished measure leaves, so a row's setting kept by row number would
 * hold for another measure (SPEC §11: what is anchored on the cells of the rolled tables is not carried, and the
 * roll names what went).
 *
 * By hand, from `new --example --start 2027`: tblTiltakDrift A1:U12, D-001 … D-011 on rows 2–12; D-002 (row 3) is an
 * Engangs measure with cost in 2027 only and leaves, so every measure below moves up one row: D-004 from row 5 to 4,
 * D-005 from row 6 to 5.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { runCommand, scratchDir } from './cliRun';

const rowTag = (sheetXml: string, r: number): string => new RegExp(`<row r="${r}"[^>]*>`).exec(sheetXml)?.[0] ?? '';
const notCarried = (extra: string, sheet: string) =>
  cliText('notCarried', 'nb', { what: cliText(extra as 'extra.rowHeights', 'nb', { sheet }) });

/** Rolls the example plan with `edit` applied to Tiltak drift's sheet XML; the rolled sheet, stdout and the file. */
async function rollEdited(
  edit: (sheetXml: string) => string,
  table?: (tableXml: string) => string,
  styles?: (stylesXml: string) => string,
) {
  const { dir, cleanup } = scratchDir();
  try {
    expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
    const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(dir, 'plan.xlsx'))));
    pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
      expect(/<row r="5"[^>]*>.*?<\/row>/.exec(x)?.[0]).toContain('D-004');
      expect(/<row r="6"[^>]*>.*?<\/row>/.exec(x)?.[0]).toContain('D-005');
      return edit(x);
    });
    if (styles)
      pkg.edit('xl/styles.xml', (x) => {
        expect(x).toContain('<fills count="5">');
        expect(x).toContain('<cellXfs count="8">');
        return styles(x);
      });
    if (table) pkg.edit('xl/tables/table6.xml', (x) => (x.includes('tblTiltakDrift') ? table(x) : x));
    writeFileSync(path.join(dir, 'in.xlsx'), pkg.bytes());
    const result = await runCommand(run, ['in.xlsx', '--out', 'rullert.xlsx'], dir);
    expect(result.code).toBe(0);
    const bytes = readFileSync(path.join(dir, 'rullert.xlsx'));
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    expect(sheet).toMatch(/<row r="4"[^>]*>.*?<t>D-004<\/t>/);
    expect(sheet).toMatch(/<row r="5"[^>]*>.*?<t>D-005<\/t>/);
    return { sheet, stdout: result.stdout.split('\n'), bytes };
  } finally {
    cleanup();
  }
}

describe('roll of a plan with rows the user set', () => {
  it('gives no measure the height D-004 had on row 5, keeps the header row tall, and says so', async () => {
    const { sheet, stdout } = await rollEdited((x) =>
      x
        .replace('<row r="1">', '<row r="1" ht="30" customHeight="1">')
        .replace('<row r="5">', '<row r="5" ht="45" customHeight="1">'),
    );
    // Row 5 now holds D-005: the 45 points D-004 was given would stand on it. The header stays row 1: kept.
    expect(rowTag(sheet, 5)).toBe('<row r="5">');
    expect(rowTag(sheet, 1)).toBe('<row r="1" ht="30" customHeight="1">');
    expect(stdout).toContain(notCarried('extra.rowHeights', 'Tiltak drift'));
  });

  it('says nothing of heights when no row was made taller', async () => {
    const { stdout } = await rollEdited((x) => x);
    expect(stdout).not.toContain(notCarried('extra.rowHeights', 'Tiltak drift'));
  });

  it('leaves the sheet unfiltered when the roll dropped its only filter', async () => {
    // D-005 filtered out of tblTiltakDrift: Excel hides row 6 and marks the sheet filterMode="1".
    const keep = ['D-001', 'D-002', 'D-003', 'D-004', 'D-006', 'D-007', 'D-008', 'D-009', 'D-010', 'D-011'];
    const filter = `<filterColumn colId="0"><filters>${keep.map((v) => `<filter val="${v}"/>`).join('')}</filters></filterColumn>`;
    const { sheet, stdout, bytes } = await rollEdited(
      (x) =>
        x.replace('<dimension', '<sheetPr filterMode="1"/><dimension').replace('<row r="6">', '<row r="6" hidden="1">'),
      (t) => t.replace(/<autoFilter ref="([^"]+)"\/>/, `<autoFilter ref="$1">${filter}</autoFilter>`),
    );
    expect(stdout).toContain(
      cliText('notCarried', 'nb', {
        what: cliText('extra.tableFilter', 'nb', { sheet: 'Tiltak drift', where: 'tblTiltakDrift' }),
      }),
    );
    expect(/<sheetPr[^>]*>/.exec(sheet)?.[0] ?? '').not.toContain('filterMode');
    expect(/<row [^>]*hidden=/.exec(sheet)).toBeNull();
    expectValidOoxml(bytes);
  });

  it('names the measure whose row was hidden by hand, shown again after the roll', async () => {
    // D-005 (row 6) and D-002 (row 3, finished: it leaves for the archive) hidden, no filter. D-005 moves to row 5,
    // shown: named. D-002 is in no rolled table: not named. D-004 (row 5) was not hidden: not named.
    const { sheet, stdout } = await rollEdited((x) =>
      x.replace('<row r="6">', '<row r="6" hidden="1">').replace('<row r="3">', '<row r="3" hidden="1">'),
    );
    expect(/<row [^>]*hidden=/.exec(sheet)).toBeNull();
    expect(stdout).toContain(cliText('rollHiddenShown', 'nb', { sheet: 'Tiltak drift', measures: 'D-005' }));
    expect(stdout.filter((l) => l.includes('D-002') && l.includes('skjult'))).toEqual([]);
  });

  it('says nothing of hidden rows when none was hidden', async () => {
    const { stdout } = await rollEdited((x) => x);
    expect(stdout.filter((l) => l.includes('skjult'))).toEqual([]);
  });

  it('names a fill on the whole 2027 column, which stays on column H, now 2028', async () => {
    // Column H held 2027 (H1). She filled the whole column yellow (<col style>); after the roll H1 is 2028, and the
    // rolled table's cells written in H take the column's look: the fill now marks 2028. Named, with the column.
    const { sheet, stdout } = await rollEdited(
      (x) =>
        x.replace(
          '<col min="8" max="8" width="11" customWidth="1"/>',
          '<col min="8" max="8" width="11" style="8" customWidth="1"/>',
        ),
      undefined,
      (styles) =>
        styles
          .replace(/<fills count="(\d+)">/, (_, n: string) => `<fills count="${Number(n) + 1}">`)
          .replace(
            '</fills>',
            `<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>`,
          )
          .replace('<cellXfs count="8">', '<cellXfs count="9">')
          .replace(
            '</cellXfs>',
            '<xf numFmtId="0" fontId="0" fillId="5" borderId="0" xfId="0" applyFill="1"/></cellXfs>',
          ),
    );
    expect(sheet).toMatch(/<c r="H1"[^>]*><is><t>2028<\/t>/);
    expect(stdout).toContain(
      'Ikke tatt med: formateringen du ga hele kolonnen H på arket «Tiltak drift» (den står fortsatt der, ' +
        'men rulleringen gir hver årskolonne neste år, så den merker nå et annet år eller annet innhold enn før). ' +
        'Flytt eller fjern den i Excel om den gjaldt et bestemt år',
    );
    expect(stdout.filter((l) => l.includes('Tiltak investering') && l.includes('kolonne'))).toEqual([]);
  });

  it('says nothing of columns when none has a look of its own', async () => {
    const { stdout } = await rollEdited((x) => x);
    expect(stdout.filter((l) => /kolonnen/.test(l))).toEqual([]);
  });
});

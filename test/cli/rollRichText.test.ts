/**
 * A budget officer writes one word of a measure's Tiltak in bold red (Excel stores the cell's text as runs: a rich
 * shared string `<si><r>…</r></si>`, or runs in the cell's own `<is>`). SPEC §11: the product changes only what it
 * owns; her formatting of her text is hers. The roll writes the measures' texts anew (rows move, years move), so it
 * must write them with the runs they had, on the rolled table and on the archive sheet.
 *
 * By hand, from `new --example --start 2027`: tblTiltakDrift, D-001 … D-011 on rows 2–12, Tiltak in column E. D-002
 * (row 3) is Engangs with cost in 2027 only, so the roll takes it out and the measures below move up one row: D-004
 * (row 5) goes to row 4, D-005 (row 6) to row 5.
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

const BOLD_RED = '<rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="Calibri"/><family val="2"/></rPr>';
/** D-004's Tiltak, «trivsel» in bold red, as Excel writes it in sharedStrings.xml (index 0). */
const SHARED_SI =
  '<si><r><t xml:space="preserve">Spredt bosetting for å oppnå </t></r>' +
  `<r>${BOLD_RED}<t>trivsel</t></r><r><t xml:space="preserve"> og økt aktivitet</t></r></si>`;
const SST =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">' +
  `${SHARED_SI}</sst>`;
/** D-005's Tiltak, «Housing First» in bold red, as runs in the cell itself. */
const INLINE_IS =
  `<is><r>${BOLD_RED}<t>Housing First</t></r>` +
  '<r><t xml:space="preserve">-team i samarbeid med nabokommunen</t></r></is>';

function richTiltak(pkg: FixturePkg, plainTwin = false): void {
  pkg.set('xl/sharedStrings.xml', SST);
  pkg.override('xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml');
  pkg.rel(
    'xl/workbook.xml',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
    'sharedStrings.xml',
  );
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
    const e5 = '<c r="E5" t="inlineStr"><is><t>Spredt bosetting for å oppnå trivsel og økt aktivitet</t></is></c>';
    const e6 = '<c r="E6" t="inlineStr"><is><t>Housing First-team i samarbeid med nabokommunen</t></is></c>';
    expect(x).toContain(e5);
    expect(x).toContain(e6);
    const out = x.replace(e5, '<c r="E5" t="s"><v>0</v></c>').replace(e6, `<c r="E6" t="inlineStr">${INLINE_IS}</c>`);
    if (!plainTwin) return out;
    // The same words, plain, in D-008's Tiltak (row 9): the roll cannot tell which is which.
    return out.replace(/<c r="E9" t="inlineStr"><is><t>[^<]*<\/t><\/is><\/c>/, (c) =>
      c.replace(/<t>[^<]*<\/t>/, '<t>Spredt bosetting for å oppnå trivsel og økt aktivitet</t>'),
    );
  });
}

const rowOf = (sheetXml: string, r: number): string =>
  new RegExp(`<row r="${r}"[^>]*>.*?</row>`).exec(sheetXml)?.[0] ?? '';

async function rolled(plainTwin = false) {
  const { dir, cleanup } = scratchDir();
  expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(dir, 'plan.xlsx'))));
  richTiltak(pkg, plainTwin);
  writeFileSync(path.join(dir, 'rik.xlsx'), pkg.bytes());
  const result = await runCommand(run, ['rik.xlsx', '--out', 'rullert.xlsx'], dir);
  const bytes = readFileSync(path.join(dir, 'rullert.xlsx'));
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const out = new FixturePkg(new Uint8Array(bytes));
  cleanup();
  return { result, bytes, text, out };
}

describe('roll of a plan where the user formatted words of a Tiltak (rich text)', () => {
  it('writes the rolled Tiltak cells with the runs they had, shared or inline, and names no loss', async () => {
    const { result, bytes, text, out } = await rolled();
    expect(result.code).toBe(0);
    const sheet = text(out.sheetPart('Tiltak drift'));
    expect(rowOf(sheet, 4)).toContain('<t>D-004</t>');
    // D-004's Tiltak refers to the same rich shared string, which is as she left it.
    expect(rowOf(sheet, 4)).toMatch(/<c r="E4"(?: s="\d+")? t="s"><v>0<\/v><\/c>/);
    expect(text('xl/sharedStrings.xml')).toBe(SST);
    // D-005's Tiltak is written with the same runs.
    expect(rowOf(sheet, 5)).toContain('<t>D-005</t>');
    expect(rowOf(sheet, 5)).toMatch(/<c r="E5"(?: s="\d+")? t="inlineStr">/);
    expect(rowOf(sheet, 5)).toContain(`t="inlineStr">${INLINE_IS}</c>`);
    expect(result.stdout).not.toContain(cliText('extra.richText', 'nb', { sheet: 'Tiltak drift' }));
    expectValidOoxml(bytes);
  });

  it('writes the old period on the archive sheet with the same runs', async () => {
    const { result, text, out } = await rolled();
    expect(result.code).toBe(0);
    const archive = /«([^»]+)»/.exec(result.stdout)?.[1] ?? '';
    expect(archive).not.toBe('');
    const sheet = text(out.sheetPart(archive));
    const rows = [...sheet.matchAll(/<row [^>]*>.*?<\/row>/g)].map((m) => m[0]);
    const d004 = rows.find((r) => r.includes('<t>D-004</t>')) ?? '';
    const d005 = rows.find((r) => r.includes('<t>D-005</t>')) ?? '';
    expect(d004).toMatch(/ t="s"><v>0<\/v><\/c>/);
    expect(d004).not.toContain('Spredt bosetting');
    expect(d005).toContain(`t="inlineStr">${INLINE_IS}</c>`);
  });

  it('names the rich text when the same words stood plain in another cell, and writes them plain', async () => {
    const { result, text, out } = await rolled(true);
    expect(result.code).toBe(0);
    const sheet = text(out.sheetPart('Tiltak drift'));
    expect(rowOf(sheet, 4)).toMatch(
      /<c r="E4"(?: s="\d+")? t="inlineStr"><is><t>Spredt bosetting for å oppnå trivsel og økt aktivitet<\/t><\/is><\/c>/,
    );
    const line = cliText('notCarried', 'nb', { what: cliText('extra.richText', 'nb', { sheet: 'Tiltak drift' }) });
    expect(result.stdout.split('\n')).toContain(line);
  });

  it('keeps the runs on the rolled table when the words also stand plain on another sheet, and names the archive', async () => {
    // D-006's Tiltak «Boligkontor – flytting av ressurser» (row 7, row 6 after the roll) with «flytting» bold red;
    // the example's Handlingsplan has the same words, plain, as the title of item 1 (B2), and the archive holds both.
    const runs =
      '<is><r><t xml:space="preserve">Boligkontor – </t></r>' +
      `<r>${BOLD_RED}<t>flytting</t></r><r><t xml:space="preserve"> av ressurser</t></r></is>`;
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
      const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(dir, 'plan.xlsx'))));
      const e7 = '<c r="E7" t="inlineStr"><is><t>Boligkontor – flytting av ressurser</t></is></c>';
      pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
        expect(x).toContain(e7);
        return x.replace(e7, `<c r="E7" t="inlineStr">${runs}</c>`);
      });
      const b2 = '<c r="B2" t="inlineStr"><is><t>Boligkontor – flytting av ressurser</t></is></c>';
      expect(pkg.text(pkg.sheetPart('Handlingsplan'))).toContain(b2);
      writeFileSync(path.join(dir, 'rik.xlsx'), pkg.bytes());
      const result = await runCommand(run, ['rik.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const out = new FixturePkg(new Uint8Array(readFileSync(path.join(dir, 'rullert.xlsx'))));
      const sheet = out.text(out.sheetPart('Tiltak drift'));
      expect(rowOf(sheet, 6)).toContain('<t>D-006</t>');
      expect(rowOf(sheet, 6)).toContain(`t="inlineStr">${runs}</c>`);
      expect(out.text(out.sheetPart('Handlingsplan'))).toContain(b2);
      const line = cliText('notCarried', 'nb', { what: cliText('extra.richText', 'nb', { sheet: 'Tiltak drift' }) });
      expect(result.stdout.split('\n')).toContain(line);
    } finally {
      cleanup();
    }
  });
});

/**
 * check --write shows every row of Avstemming written anew and clears her filter on it (SPEC §10 as built): she is
 * told so, naming the table and the sheet, after the line that says what was written — only when there was a filter
 * on it or rows hidden in it; a row hidden below the table (it stays hidden) is no reason to say it.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

const FILTERED_NB =
  'plan.xlsx: Filteret på tabellen tblAvstemming på arket «Avstemming» er fjernet, og skjulte rader vises igjen, så ingen post står skjult (postene skrives på nytt, og en skjult rad kunne fått en annen post). Sett filteret på igjen i Excel om du vil ha det.';
const HIDDEN_EN =
  'plan.xlsx: The rows you had hidden in the table tblAvstemming on the sheet "Avstemming" are shown again, so that no item is hidden (the items are written anew, and a hidden row could have got another item). Hide them again in Excel if you want.';

type Files = Record<string, Uint8Array>;

/** The part of worksheet `name`, through workbook.xml and its relationships. */
function sheetPart(files: Files, name: string): string {
  const wb = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1] ?? '';
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  return `xl/${target?.slice(1).find(Boolean) ?? ''}`;
}

/**
 * plan.xlsx with Avstemming written once, then edited as Excel saves her edits: `hide` marks rows hidden (from row
 * `from` on, within the table's body, or the one row `below` under it), `filter` sets criteria on Status, `button`
 * only hides the filter button of Status.
 */
async function planWith(o: { from?: number; below?: boolean; filter?: boolean; button?: boolean }): Promise<string> {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const files = unzipSync(readFileSync(file));
  const sheet = sheetPart(files, 'Avstemming');
  let xml = strFromU8(files[sheet] ?? new Uint8Array());
  const body = [...xml.matchAll(/<row [^>]*>/g)].length - 1;
  expect(body).toBeGreaterThan(3);
  const from = o.from;
  if (from !== undefined)
    xml = xml.replace(/<row r="(\d+)"/g, (m, r: string) => (Number(r) >= from ? `${m} hidden="1"` : m));
  if (o.below)
    xml = xml.replace(
      '</sheetData>',
      `<row r="${body + 5}" hidden="1"><c r="A${body + 5}" t="inlineStr"><is><t>Mitt</t></is></c></row></sheetData>`,
    );
  files[sheet] = strToU8(xml);
  const filter = o.button
    ? '<filterColumn colId="2" hiddenButton="1"/>'
    : '<filterColumn colId="2"><filters><filter val="Samsvar"/></filters></filterColumn>';
  if (o.filter || o.button)
    for (const name of Object.keys(files).filter((n) => n.startsWith('xl/tables/'))) {
      const t = strFromU8(files[name] ?? new Uint8Array());
      if (t.includes('tblAvstemming'))
        files[name] = strToU8(t.replace(/<autoFilter ref="([^"]+)"\/>/, `<autoFilter ref="$1">${filter}</autoFilter>`));
    }
  writeFileSync(file, zipSync(files));
  return io.cwd;
}

const writeAgain = async (cwd: string, ...more: string[]) => {
  const io = testIo({ cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place', ...more], io)).toBe(0);
  return io.err().split('\n');
};

describe('check --write says that her filter on Avstemming went and her hidden rows are shown', () => {
  it('a filter on Status hiding rows: the filter line, right after the written line', async () => {
    const lines = await writeAgain(await planWith({ from: 3, filter: true }));
    const at = lines.indexOf(FILTERED_NB);
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toContain('plan.xlsx');
    expect(lines.filter((l) => l.includes('tblAvstemming'))).toEqual([FILTERED_NB]);
  });

  it('rows she hid by hand, no filter: the rows line, in the language asked', async () => {
    const lines = await writeAgain(await planWith({ from: 3 }), '--lang', 'en');
    expect(lines.filter((l) => l.includes('tblAvstemming'))).toEqual([HIDDEN_EN]);
  });

  it('her filter set, hiding no row (every row is «Samsvar» or none is): still her filter, said', async () => {
    const lines = await writeAgain(await planWith({ filter: true }));
    expect(lines.filter((l) => l.includes('tblAvstemming'))).toEqual([FILTERED_NB]);
  });

  it('only the filter button of Status hidden (no criteria), nothing hidden: nothing said', async () => {
    const lines = await writeAgain(await planWith({ button: true }));
    expect(lines.filter((l) => l.includes('tblAvstemming') || l.includes('skjul'))).toEqual([]);
  });

  it('nothing hidden in the table (a row hidden below it stays so): nothing said', async () => {
    const lines = await writeAgain(await planWith({ below: true }));
    expect(lines.filter((l) => l.includes('tblAvstemming') || l.includes('skjul'))).toEqual([]);
  });
});

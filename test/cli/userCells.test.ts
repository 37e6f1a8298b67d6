/**
 * check --write never writes over a user's cell (SPEC §11): notes beside the generated tables survive
 * --in-place runs, and a cell where the product would have to write stops the write, named, with nothing
 * written.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'node:path';
import { cliText } from '../../src/i18n/cliCommand';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { paneErrorText, toPaneError } from '../../src/taskpane/errors';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';
import { valueAt } from '../helpers/workbook';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

const open = async (file: string) => XlsxWorkbook.fromBuffer(readFileSync(file));

/** Types `value` into `sheet!cell` of the file, as a user would in Excel, and saves it. */
async function typeInto(file: string, sheet: string, cell: string, value: string): Promise<void> {
  const wb = await open(file);
  await wb.apply([
    { kind: 'ensureSheet', sheet },
    { kind: 'setCells', sheet, origin: cell, values: [[value]] },
  ]);
  await saveXlsxFile(wb, file, 'replace');
}

describe('check --write and the cells of the user', () => {
  it('keeps a note beside Avstemming (R6) and one beside Sammendrag through --in-place runs', async () => {
    const io = testIo();
    const file = path.join(io.cwd, 'plan.xlsx');
    copyFileSync(FIXTURE, file);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
    await typeInto(file, 'Avstemming', 'R6', 'Spør økonomi om R3');
    await typeInto(file, 'Sammendrag', 'Z3', 'Tall fra januar');
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
    const after = await (await open(file)).read();
    expect(valueAt(after, 'Avstemming', 6, 18)).toBe('Spør økonomi om R3');
    expect(valueAt(after, 'Sammendrag', 3, 26)).toBe('Tall fra januar');
    expect(valueAt(after, 'Avstemming', 1, 1)).toBe('Alvor');
  });

  it('refuses, naming the cell, when a sheet of the user is where Avstemming goes; nothing written', async () => {
    const io = testIo();
    const file = path.join(io.cwd, 'plan.xlsx');
    copyFileSync(FIXTURE, file);
    await typeInto(file, 'Avstemming', 'B2', 'Mine egne avstemminger');
    const before = readFileSync(file);
    expect(await main(['check', 'plan.xlsx', '--write', '--format', 'json', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toBe(
      'plan.xlsx: Nothing written: Avstemming!B2 holds content that is not Tiltaksplan’s, where Tiltaksplan would have to write. Move it and try again.\n',
    );
    expect(existsSync(path.join(io.cwd, 'plan-kontrollert.xlsx'))).toBe(false);
    expect(readFileSync(file)).toEqual(before);
    expect(JSON.parse(io.out())).toHaveProperty('file', 'plan.xlsx');
  });
});

/**
 * The package rewritten as Excel saves "Strict Open XML Spreadsheet" (as Apache POI's sample.strict.xlsx
 * has it): the SpreadsheetML and relationship namespaces of ISO/IEC 29500 Strict, conformance="strict".
 */
function asStrict(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml = strFromU8(data)
      .split('http://schemas.openxmlformats.org/spreadsheetml/2006/main')
      .join('http://purl.oclc.org/ooxml/spreadsheetml/main')
      .split('http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties')
      .join('http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties')
      .split('http://schemas.openxmlformats.org/officeDocument/2006/relationships')
      .join('http://purl.oclc.org/ooxml/officeDocument/relationships');
    if (name === 'xl/workbook.xml') xml = xml.replace('<workbook ', '<workbook conformance="strict" ');
    files[name] = strToU8(xml);
  }
  return zipSync(files);
}

describe('a workbook saved as Strict Open XML', () => {
  it('is checked like the same plan saved as a normal workbook', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'strict.xlsx'), asStrict(readFileSync(FIXTURE)));
    copyFileSync(FIXTURE, path.join(io.cwd, 'plan.xlsx'));
    const strictExit = await main(['check', 'strict.xlsx', '--format', 'json'], io);
    const io2 = testIo({ cwd: io.cwd });
    const planExit = await main(['check', 'plan.xlsx', '--format', 'json'], io2);
    expect(strictExit).toBe(planExit);
    expect({ ...JSON.parse(io.out()), file: '' }).toEqual({ ...JSON.parse(io2.out()), file: '' });
  });

  it('is never written into (a package mixing Strict and transitional parts): refused, named, nothing written', async () => {
    const io = testIo();
    const file = path.join(io.cwd, 'strict.xlsx');
    writeFileSync(file, asStrict(readFileSync(FIXTURE)));
    const before = readFileSync(file);
    expect(await main(['check', 'strict.xlsx', '--write', '--in-place', '--format', 'json'], io)).toBe(2);
    expect(io.err()).toContain(
      'strict.xlsx: Ingenting er skrevet: arbeidsboken er lagret som «Strict Open XML-regneark»',
    );
    expect(readFileSync(file)).toEqual(before);
    expect(await main(['check', 'strict.xlsx', '--write'], testIo({ cwd: io.cwd }))).toBe(2);
    expect(existsSync(path.join(io.cwd, 'strict-kontrollert.xlsx'))).toBe(false);
  });

  it('is not rolled either (roll writes into a copy of it): refused, named, nothing written', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'strict.xlsx'), asStrict(readFileSync(FIXTURE)));
    expect(await main(['roll', 'strict.xlsx', '--out', 'rullert.xlsx'], io)).toBe(2);
    expect(io.err()).toContain(`strict.xlsx: ${cliText('strictNotWritten', 'nb')}`);
    expect(io.files()).toEqual(['strict.xlsx']);
  });

  it('is refused by the adapter with its own kind, which the pane words as such (not as an old Excel)', async () => {
    const wb = await XlsxWorkbook.fromBuffer(asStrict(readFileSync(FIXTURE)));
    const refusal = await wb.apply([{ kind: 'ensureSheet', sheet: 'Notater' }]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toMatchObject({ kind: 'strict-format' });
    expect(paneErrorText('nb', toPaneError(refusal))).toContain('«Strict Open XML-regneark»');
  });
});

describe('an Avstemming the user filtered (Klasse = Samsvar) before a new run', () => {
  it('shows every row of the new table: the rows the filter hid now hold other items; a row hidden below it stays hidden', async () => {
    const io = testIo();
    const file = path.join(io.cwd, 'plan.xlsx');
    copyFileSync(FIXTURE, file);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
    // As Excel saves a filter: the criteria on the table's autoFilter, the rows it hides marked hidden.
    const files = unzipSync(readFileSync(file));
    const wb = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    const part = (name: string): string => {
      const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1] ?? '';
      const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
      return `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.slice(1).find(Boolean) ?? ''}`;
    };
    const sheet = part('Avstemming');
    const rows = (xml: string) => [...xml.matchAll(/<row [^>]*>/g)].map((m) => m[0]);
    let xml = strFromU8(files[sheet] ?? new Uint8Array());
    const body = rows(xml).length - 1;
    expect(body).toBeGreaterThan(3);
    xml = xml.replace(/<row r="(\d+)"/g, (m, r: string) => (Number(r) >= 3 ? `${m} hidden="1"` : m));
    xml = xml.replace(
      '</sheetData>',
      `<row r="${body + 5}" hidden="1"><c r="A${body + 5}" t="inlineStr"><is><t>Mitt</t></is></c></row></sheetData>`,
    );
    files[sheet] = strToU8(xml);
    for (const name of Object.keys(files).filter((n) => n.startsWith('xl/tables/'))) {
      const t = strFromU8(files[name] ?? new Uint8Array());
      if (t.includes('tblAvstemming'))
        files[name] = strToU8(
          t.replace(
            /<autoFilter ref="([^"]+)"\/>/,
            '<autoFilter ref="$1"><filterColumn colId="2"><filters><filter val="Samsvar"/></filters></filterColumn></autoFilter>',
          ),
        );
    }
    writeFileSync(file, zipSync(files));
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
    const after = strFromU8(unzipSync(readFileSync(file))[sheet] ?? new Uint8Array());
    expect(rows(after).filter((r) => r.includes('hidden'))).toEqual([`<row r="${body + 5}" hidden="1">`]);
  });
});

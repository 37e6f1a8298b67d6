/**
 * `roll` writes a copy of the user's workbook rolled (SPEC §11, "Writing into a user's workbook"), on the enriched
 * "as Excel saves it" plan (enriched.ts) as .xlsx and .xlsm: every part the product does not own is byte for byte
 * what it was (uncompressed), the plumbing keeps what it held, the rolled tables hold the next period's figures
 * (worked out by hand below), check finds in it what it finds in a roll into a new workbook, compare reads the
 * archive against the new plan, and the result passes ooxml-check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../../../src/cli/main';
import { checkWorkbook } from '../../../../src/cli/commands/check';
import { planRolledWorkbook, readPlan, type WorkbookSnapshot } from '../../../../src/domain';
import type { CompareJson } from '../../../../src/report/compareJson';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { testIo } from '../../../cli/testIo';
import { NOTES } from '../../../fixtures/make/asExcel';
import { diffPackages } from './compare';
import { enrich, OWN_NAME, OWN_SHEET } from './enriched';
import { expectPreserved, sheetParts } from './paths';
import { EXAMPLE_ROLL_CHANGED } from '../../../helpers/exampleRollChanges';
import { rollBytes, type Rolled } from './rolled';

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel');

/** The sheets whose parts a roll writes: the product's, with the Avstemming the input had. */
const PRODUCT_SHEETS = [
  'Innstillinger',
  'Tiltak drift',
  'Tiltak investering',
  'Økonomiplan',
  'Handlingsplan',
  'Sammendrag',
  'Avstemming',
];

/** The parts of the threaded comment on Tiltak drift!E3, a cell of tblTiltakDrift: a roll moves it, so it goes. */
const NOTE_ON_TABLE = ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/threadedComments/threadedComment1.xml'];

const roll = (ext: '.xlsx' | '.xlsm'): Promise<Rolled> =>
  rollBytes(enrich(new Uint8Array(readFileSync(path.join(FIXTURES, `plan-as-excel${ext}`)))), ext);

const snapshotOf = async (bytes: Uint8Array): Promise<WorkbookSnapshot> =>
  (await XlsxWorkbook.fromBuffer(bytes)).read();

const rowOf = (s: WorkbookSnapshot, sheet: string, first: string) =>
  s.sheets.find((x) => x.sheet === sheet)?.values.find((r) => r[0] === first);

describe.each(['.xlsx', '.xlsm'] as const)('roll of the enriched plan%s', (ext) => {
  let r: Rolled;
  beforeAll(async () => {
    r = await roll(ext);
  });

  it('keeps every part it does not own byte for byte; only the note on a table cell goes, and is named', () => {
    const diff = diffPackages(r.before, r.after);
    const owned = [
      ...sheetParts(r.after, PRODUCT_SHEETS),
      ...diff.changed.filter((p) => p.startsWith('xl/tables/')),
      ...NOTE_ON_TABLE,
      ...diff.added,
    ];
    // The new archive is the one part added; the notes of tblTiltakDrift's cell E3 the only parts removed.
    expect(diff.added).toEqual(sheetParts(r.after, ['Arkiv 2027–2030']).slice(0, 1));
    // The calculation chain listed Tiltak drift!L2, rewritten: it goes, with its relationship and content type.
    expect(diff.removed).toEqual(['xl/calcChain.xml', ...NOTE_ON_TABLE]);
    const plumbing = (p: string) => strFromU8(unzipSync(r.after)[p] ?? new Uint8Array());
    expect(plumbing('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(plumbing('[Content_Types].xml')).not.toContain('calcChain');
    // The product's named lists are stated anew (a structured reference to the same list table).
    const lists = ['lstSeksjoner', 'lstPlanomrader', 'lstRammeomrader', 'lstAnsvarlige'];
    expectPreserved(r.before, r.after, owned, r.file, ['omrSammendrag', ...lists]);
    const kept = unzipSync(r.before);
    const now = unzipSync(r.after);
    const same = (p: string) =>
      expect([p, Buffer.from(now[p] ?? []).equals(Buffer.from(kept[p] ?? [0]))]).toEqual([p, true]);
    for (const p of [
      ...sheetParts(r.before, [OWN_SHEET, 'Diagram', 'Pivot']),
      'xl/comments2.xml',
      'xl/threadedComments/threadedComment2.xml',
      'xl/drawings/vmlDrawing2.vml',
      'xl/persons/person.xml',
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/media/image1.png',
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'customXml/item1.xml',
      'customXml/itemProps1.xml',
      'docProps/custom.xml',
      'xl/externalLinks/externalLink1.xml',
      'xl/externalLinks/_rels/externalLink1.xml.rels',
      'xl/sharedStrings.xml',
      ...(ext === '.xlsm' ? ['xl/vbaProject.bin'] : []),
    ])
      same(p);
    expect(r.stdout).toContain('«Tiltak drift»');
    expect(r.stdout).not.toContain(`«${OWN_SHEET}»`);
  });

  it('names the pivot table built on tblTiltakDrift (its cache holds the old rows) and says to refresh it', () => {
    expect(r.stdout).toContain(
      'Pivottabellen «Pivottabell1» på arket «Pivot» bygger på tabellen tblTiltakDrift og viser tallene fra før rulleringen til den blir oppdatert: Oppdater pivottabellen',
    );
    // Its parts are the user's: byte for byte as they were (the first test), and named once.
    expect(r.stdout.split('Pivottabell1').length - 1).toBe(1);
  });

  it('edits workbook.xml in place: sheets, ids and rIds kept, the archive added last, names and settings kept', () => {
    const wb = (b: Uint8Array) => strFromU8(unzipSync(b)['xl/workbook.xml'] ?? new Uint8Array());
    const was = wb(r.before);
    const is = wb(r.after);
    const sheets = (x: string) => [...x.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
    // 10 sheets before, unchanged and in order; the archive after them (sheetId 11: one past the highest, 10).
    expect(sheets(is).slice(0, 10)).toEqual(sheets(was));
    expect(sheets(is)[10]).toMatch(/^<sheet name="Arkiv 2027–2030" sheetId="11" r:id="rId\d+"\/>$/);
    // Kontakter is scoped to the 10th sheet (localSheetId 9): still Budsjettnotat.
    expect(is).toContain(OWN_NAME);
    expect(/name="([^"]+)"/.exec(sheets(is)[9] ?? '')?.[1]).toBe(OWN_SHEET);
    expect(is).toContain('<workbookProtection lockWindows="1"/>');
    expect(is).toMatch(/<externalReferences><externalReference r:id="rId\d+"\/><\/externalReferences>/);
    expect(is).toMatch(/<calcPr calcId="\d+"/);
    expect(is).toContain('<pivotCaches><pivotCache cacheId="1"');
    const tab = Number(/activeTab="(\d+)"/.exec(is)?.[1] ?? 0);
    expect(tab).toBeLessThan(sheets(is).length);
    if (ext === '.xlsm') {
      expect(is).toContain('<workbookPr codeName="ThisWorkbook"/>');
      const types = strFromU8(unzipSync(r.after)['[Content_Types].xml'] ?? new Uint8Array());
      expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    }
  });

  it('rolls the tables by hand: 2027 gone, Tidligere bevilget grown by it, 2031 = Helårsvirkning for Varig, else 0', async () => {
    const s = await snapshotOf(r.after);
    const drift = (id: string) => rowOf(s, 'Tiltak drift', id)?.slice(7, 13);
    // Years 2028–2031, then Sum periode. D-001 Varig, 600/1200/1800/2400, Helårsvirkning 2400: 1200+1800+2400+2400 = 7800.
    expect(drift('ID')).toEqual(['2028', '2029', '2030', '2031', 'Sum periode', 'Helårsvirkning']);
    expect(drift('D-001')).toEqual([1200, 1800, 2400, 2400, 7800, 2400]);
    // D-003 Varig, 350/700/700/700, Helårsvirkning 700: 700×4 = 2800.
    expect(drift('D-003')).toEqual([700, 700, 700, 700, 2800, 700]);
    // D-002 (300 in 2027) and D-009 (120 in 2027) are Engangs with nothing after 2027: they leave the table.
    expect(drift('D-002')).toBeUndefined();
    expect(drift('D-009')).toBeUndefined();
    const drifts = s.sheets.find((x) => x.sheet === 'Tiltak drift')?.values.map((v) => v[0]) ?? [];
    expect(drifts.slice(1, 10)).toEqual([
      'D-001',
      'D-003',
      'D-004',
      'D-005',
      'D-006',
      'D-007',
      'D-008',
      'D-010',
      'D-011',
    ]);
    expect(s.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe('A1:U10');
    // Investments: Kostnadsramme, Tidligere bevilget, 2028–2031. I-001: 0 + 3000 (2027) = 3000; 9000, 0, 0, then 0.
    const inv = (id: string) => rowOf(s, 'Tiltak investering', id)?.slice(8, 14);
    expect(inv('I-001')).toEqual([12000, 3000, 9000, 0, 0, 0]);
    // I-002: 0 + 0 = 0; 10000, 20000, 0, then 0.
    expect(inv('I-002')).toEqual([30000, 0, 10000, 20000, 0, 0]);
    // I-003: 0 + 1000 = 1000; 1000, 1000, 1000, then 0. I-005: 0 + 2500 = 2500; nothing left.
    expect(inv('I-003')).toEqual([4000, 1000, 1000, 1000, 1000, 0]);
    expect(inv('I-005')).toEqual([2500, 2500, 0, 0, 0, 0]);
    // The user's notes below the tables and beside Avstemming stay where they were typed.
    for (const n of Object.values(NOTES)) {
      const row = Number(n.cell.slice(1));
      const col = n.cell.charCodeAt(0) - 64;
      const sheet = s.sheets.find((x) => x.sheet === n.sheet);
      expect([n.cell, sheet?.values[row - 1]?.[col - 1]]).toEqual([n.cell, n.text]);
    }
    expect(s.sheets.find((x) => x.sheet === OWN_SHEET)?.values).toEqual([
      ['Kontaktperson økonomi', 'Per Hansen'],
      ['Ramme helse 2028', 1800],
      ['Ramme helse 2029', 2400],
    ]);
  });

  it('check finds in it what it finds in the same roll into a new workbook', async () => {
    const source = await snapshotOf(r.before);
    const { plan, findings } = readPlan(source, { defaultStartYear: 2027 });
    const old = planRolledWorkbook(source, plan, { date: '2027-01-15', findings });
    const fresh = XlsxWorkbook.empty();
    await fresh.apply(old.edits);
    const seen = (s: WorkbookSnapshot) => {
      const c = checkWorkbook(s, 'x.xlsx', 'nb', 2026);
      const list = c.report.issues.map((f) => `${f.code} ${f.severity} ${f.sheet}!${f.cell}`).sort();
      return { list, totals: c.report.totals, items: c.report.reconciliation };
    };
    expect(seen(await snapshotOf(r.after))).toEqual(seen(await fresh.read()));
  });

  it('compare reads the archive against the new plan: Tidligere bevilget grew by 2027', async () => {
    const io = testIo({ cwd: r.dir });
    const code = await main(['compare', r.file, '--version-sheet', 'Arkiv 2027–2030', '--format', 'json'], io);
    expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
    const diff = JSON.parse(io.out()) as CompareJson;
    expect(diff.old.plan.years).toEqual([2027, 2028, 2029, 2030]);
    expect(diff.new.plan.years).toEqual([2028, 2029, 2030, 2031]);
    // Tidligere bevilget 0 + 3000, 0 + 1000 and 0 + 2500 (in 1000 kr), the renumbered measures and the years one
    // version only holds, by hand: helpers/exampleRollChanges.ts.
    expect(diff.measures.changed).toEqual(EXAMPLE_ROLL_CHANGED);
  });
});

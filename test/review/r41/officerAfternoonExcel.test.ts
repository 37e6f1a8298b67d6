/**
 * Review r41 (finance staff work inside Avstemming between runs), on the Excel path: the whole afternoon of a
 * finance officer in one test, as a guard. On the example (2027–2030, 1000 kr) with Avstemming written (A1:P57) she
 * sets Status and Kommentar on five items, adds «Saksbehandler» in Q (Kari, Ola), deletes D-001 2028's row, sorts the
 * table by Avvik, filters it to Feil and Advarsel (the other rows hidden), types a note two rows under it and one in
 * R3, renames the sheet «Avstemming 2027», and changes two measures: D-005's 2030 (Tiltak drift!K6) 800 → 1000, so
 * both D-005 items become mismatches (2027 +200, 2030 −100: the period sums now differ), and D-011's Nye midler
 * (Q12) 200 → 0, so its item is gone. «Skriv avstemming» again.
 *
 * By hand (SPEC §10, §11; docs/spec.md §10): the items in the product's order again on «Avstemming 2027» (no second
 * sheet), the filter cleared and no row hidden; D-003 2030 (row 9) Akseptert, its Kommentar and Kari; D-005 2027
 * (row 10) Rettet, Flyttet til 2028, Ola, its Forklaring saying the Avvik is still there; D-005 2030 (row 13) now a
 * mismatch with «Sjekk med NAV»; ØP23-117 (row 18) its Kommentar and Ola; D-001 2028 back on row 3; D-011's row kept
 * last (57) with Akseptert, its Kommentar and Kari, the Forklaring saying it was not reconciled; her notes in A58 and
 * R3 where she typed them.
 */
import { parseRange, toA1 } from '../../../src/domain/model/a1';
import { exampleModel } from '../../workbook/excel/exampleModel';
import type { FakeCell, FakeModel } from '../../workbook/excel/fakeModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';

const COLS = 'ABCDEFGHIJKLMNOPQRS';

function rowsOf(model: FakeModel, sheet: string, last: number) {
  const cells = model.sheets.find((s) => s.name === sheet)!.cells;
  return Array.from({ length: last }, (_, i) => [...COLS].map((c) => cells.get(`${c}${i + 1}`)));
}

test('Status, Kommentar and her column stay with their items through a sort, a filter, a rename and changed measures', async () => {
  const model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const table = model.tables.find((t) => t.name === 'tblAvstemming')!;
  const sheet = model.sheets.find((s) => s.name === 'Avstemming')!;
  const last = parseRange(table.ref)!.bottom;
  const rows = rowsOf(model, 'Avstemming', last);
  const header = rows[0]!;
  let body = rows.slice(1);
  const find = (ref: string, year: number | null) =>
    body.find((r) => r[3]?.value === ref && (year === null ? r[6] === undefined : r[6]?.value === year))!;
  const set = (r: (FakeCell | undefined)[], col: string, v: string) => (r[COLS.indexOf(col)] = { value: v });
  set(find('D-003', 2030), 'O', 'Akseptert');
  set(find('D-003', 2030), 'P', 'Godkjent av rådmann');
  set(find('D-003', 2030), 'Q', 'Kari');
  set(find('D-005', 2027), 'O', 'Rettet');
  set(find('D-005', 2027), 'P', 'Flyttet til 2028');
  set(find('D-005', 2027), 'Q', 'Ola');
  set(find('D-005', 2030), 'P', 'Sjekk med NAV');
  set(find('D-011', null), 'O', 'Akseptert');
  set(find('D-011', null), 'P', 'Kommer i revidert budsjett');
  set(find('D-011', null), 'Q', 'Kari');
  set(find('ØP23-117', null), 'P', 'Ukjent linje');
  set(find('ØP23-117', null), 'Q', 'Ola');
  set(header, 'Q', 'Saksbehandler');
  body = body.filter((r) => r !== find('D-001', 2028));
  body = body
    .map((r, i) => [r, i] as const)
    .sort((a, b) => Number(a[0][10]?.value ?? 0) - Number(b[0][10]?.value ?? 0) || a[1] - b[1])
    .map((x) => x[0]);
  sheet.cells.clear();
  [header, ...body].forEach((r, i) =>
    r.forEach((c, j) => {
      if (c) sheet.cells.set(toA1(i + 1, j + 1), c);
    }),
  );
  const n = body.length + 1;
  sheet.cells.set(`A${n + 2}`, { value: 'Notat under' });
  sheet.cells.set('R3', { value: 'Notat til høyre' });
  table.ref = `A1:Q${n}`;
  const hides = body.flatMap((r, i) => (['Feil', 'Advarsel'].includes(String(r[0]?.value)) ? [] : [i + 2]));
  table.filterHides = hides;
  sheet.hiddenRows = new Set(hides);
  sheet.name = 'Avstemming 2027';
  table.sheet = 'Avstemming 2027';
  const drift = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
  expect(drift.get('K6')?.value).toBe(800);
  drift.set('K6', { ...drift.get('K6')!, value: 1000 });
  drift.set('Q12', { ...drift.get('Q12')!, value: 0 });
  const planned = await writeAvstemming(model);
  expect(planned.ok).toBe(true);
  const t2 = model.tables.find((t) => t.name === 'tblAvstemming')!;
  expect([t2.sheet, t2.ref, t2.filterHides ?? []]).toEqual(['Avstemming 2027', 'A1:Q57', []]);
  expect([...(sheet.hiddenRows ?? [])]).toEqual([]);
  expect(model.sheets.map((s) => s.name).filter((s) => s.startsWith('Avstemming'))).toEqual(['Avstemming 2027']);
  const at = (row: number, cols: string) => [...cols].map((c) => sheet.cells.get(`${c}${row}`)?.value ?? null);
  expect(at(3, 'DGO')).toEqual(['D-001', 2028, 'Åpen']);
  expect(at(9, 'DGCOPQ')).toEqual(['D-003', 2030, 'Avvik', 'Akseptert', 'Godkjent av rådmann', 'Kari']);
  expect(at(10, 'DGCOPQ')).toEqual(['D-005', 2027, 'Avvik', 'Rettet', 'Flyttet til 2028', 'Ola']);
  expect(String(at(10, 'L')[0])).toMatch(/^Merket Rettet, men avviket er fortsatt 200/);
  expect(at(13, 'DGCKOP')).toEqual(['D-005', 2030, 'Avvik', -100, 'Åpen', 'Sjekk med NAV']);
  expect(at(18, 'DOPQ')).toEqual(['ØP23-117', 'Åpen', 'Ukjent linje', 'Ola']);
  expect(at(57, 'DOPQ')).toEqual(['D-011', 'Akseptert', 'Kommer i revidert budsjett', 'Kari']);
  expect(String(at(57, 'L')[0])).toMatch(/^Ikke avstemt i denne kjøringen/);
  expect([at(58, 'A')[0], at(3, 'R')[0]]).toEqual(['Notat under', 'Notat til høyre']);
});

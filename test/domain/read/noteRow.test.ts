/**
 * A note typed in the row right under a table, which Excel's auto-expansion takes into the table: a row that holds
 * only one text (docs/spec.md §8, note-in-table) is that note, not a measure or an economy plan line. It gets one
 * warning at its cell and nothing else, and counts nowhere. Expectations by hand: operatingRow() is D-001,
 * Beregnet, 600 + 1 200 + 1 800 + 2 400 = 6 000 (1000 kr); columns of tblTiltakDrift A ID … E Tiltak … U Kommentar.
 */
import { checkSnapshot } from '../../../src/domain/check';
import { makeFinding, type Finding } from '../../../src/domain/model/finding';
import { renderFinding } from '../../../src/i18n/findings';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { economyLine, operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const render = (f: Finding) => `${f.code} ${JSON.stringify(f.params)}`;
const check = (wb: WorkbookSnapshot) => checkSnapshot(wb, { file: 'plan.xlsx', defaultStartYear: 2027, render });
const NOTE = 'Merknad: tallene er foreløpige';

/** The findings on sheet row 3 of `sheet`, as "code cell". */
function row3(findings: readonly { code: string; sheet: string; cell: string }[], sheet: string): string[] {
  return findings.filter((f) => f.sheet === sheet && /^[A-Z]+3$/.test(f.cell)).map((f) => `${f.code} ${f.cell}`);
}

const operating = (second: Record<string, CellValue>) =>
  check(canonicalSnapshot({ operating: [operatingRow(), second] }));

describe('a row of a measure table that holds only a note', () => {
  it('is one warning at the note, not a measure: no other finding, no total, no status count', () => {
    const result = operating({ ID: NOTE });
    expect(row3(result.report.issues, 'Tiltak drift')).toEqual(['note-in-table A3']);
    expect(result.report.issues.find((f) => f.code === 'note-in-table')).toMatchObject({
      severity: 'warning',
      sheet: 'Tiltak drift',
      cell: 'A3',
      message: `note-in-table {"table":"tblTiltakDrift","row":3,"column":"ID","text":"${NOTE}"}`,
    });
    expect(result.plan.operating.map((m) => m.id)).toEqual(['D-001']);
    expect(result.report.totals.operating.all.period).toBe(6_000_000);
    expect(result.report.totals.statusCounts).toEqual({ Beregnet: 1 });
  });

  it('is the same for a comment on an otherwise empty row (Kommentar, column U)', () => {
    const result = operating({ Kommentar: 'Venter på svar fra fylket' });
    expect(row3(result.report.issues, 'Tiltak drift')).toEqual(['note-in-table U3']);
    expect(result.plan.operating).toHaveLength(1);
  });

  it('is the same for a heading typed in Seksjon (column B) that is no section of the list', () => {
    const result = operating({ Seksjon: 'Tiltak fra høringen' });
    expect(row3(result.report.issues, 'Tiltak drift')).toEqual(['note-in-table B3']);
  });

  it('is not a measure begun: a Tiltak text, an ID, a frame code or a status alone, or two cells, stay measures', () => {
    const tiltak = operating({ Tiltak: 'Ny barnehage' });
    expect(row3(tiltak.report.issues, 'Tiltak drift')).toContain('id-missing A3');
    expect(tiltak.plan.operating).toHaveLength(2);
    const id = operating({ ID: 'D-002' });
    expect(row3(id.report.issues, 'Tiltak drift')).toContain('measure-missing E3');
    const status = operating({ Kostnadsstatus: 'Må utredes' });
    expect(status.report.totals.statusCounts).toEqual({ Beregnet: 1, 'Må utredes': 1 });
    expect(row3(operating({ Rammeområde: 'R4' }).report.issues, 'Tiltak drift')).toContain('id-missing A3');
    const two = operating({ ID: NOTE, Kommentar: 'mer' });
    expect(row3(two.report.issues, 'Tiltak drift')).not.toContain('note-in-table A3');
    expect(two.plan.operating).toHaveLength(2);
  });

  it('is not a number typed as text, nor an amount', () => {
    expect(row3(operating({ Kommentar: '600' }).report.issues, 'Tiltak drift')).not.toContain('note-in-table U3');
    expect(operating({ '2027': 600 }).plan.operating).toHaveLength(2);
  });

  it('is told in tblTiltakInvestering too', () => {
    const two = check(canonicalSnapshot({ investment: [{ ID: 'I-001', Tiltak: 'Nytt bygg' }, { ID: NOTE }] }));
    expect(row3(two.report.issues, 'Tiltak investering')).toEqual(['note-in-table A3']);
    expect(two.plan.investment.map((m) => m.id)).toEqual(['I-001']);
  });
});

describe('a row of tblOkonomiplan that holds only a note', () => {
  const plan = (second: Record<string, CellValue>) =>
    check(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [economyLine(), second] }));

  it('is one warning at the note and no economy plan line', () => {
    const result = plan({ Del: NOTE });
    expect(row3(result.report.issues, 'Økonomiplan')).toEqual(['note-in-table A3']);
    expect(result.plan.economyPlan.map((l) => l.row)).toEqual([2]);
    // D-001's new money meets its line exactly: nothing unmatched for row 3.
    expect(JSON.stringify(result.report.reconciliation)).not.toContain(NOTE);
  });

  it('is not a line begun with a Del of the list', () => {
    expect(row3(plan({ Del: 'Drift' }).report.issues, 'Økonomiplan')).not.toContain('note-in-table A3');
    expect(plan({ Del: 'Drift' }).plan.economyPlan).toHaveLength(2);
  });
});

describe('the note-in-table message', () => {
  const f = makeFinding('note-in-table', 'Tiltak drift', 'A13', {
    table: 'tblTiltakDrift',
    row: 13,
    column: 'ID',
    text: NOTE,
  });

  it.each([
    [
      'nb',
      'Rad 13 i tabellen over driftstiltak har bare én tekst, «Merknad: tallene er foreløpige» i kolonnen ID (arket Tiltak drift, celle A13). Det ser ut som en merknad som Excel tok inn i tabellen fordi den ble skrevet i raden rett under. Raden leses derfor ikke som en rad i tabellen: den er ikke med i kontrollen, summene eller avstemmingen. Flytt merknaden under tabellen med en tom rad imellom (eller ut til siden), eller fyll ut resten av raden hvis den skal være med.',
    ],
    [
      'nn',
      'Rad 13 i tabellen over driftstiltak har berre éin tekst, «Merknad: tallene er foreløpige» i kolonnen ID (arket Tiltak drift, celle A13). Det ser ut som ein merknad som Excel tok inn i tabellen fordi han vart skriven i rada rett under. Rada blir difor ikkje lesen som ei rad i tabellen: ho er ikkje med i kontrollen, summane eller avstemminga. Flytt merknaden under tabellen med ei tom rad imellom (eller ut til sida), eller fyll ut resten av rada dersom ho skal vere med.',
    ],
    [
      'en',
      'Row 13 of the operating measures table holds only one text, "Merknad: tallene er foreløpige" in the column ID (sheet Tiltak drift, cell A13). It looks like a note that Excel took into the table because it was typed in the row right under it. So the row is not read as a row of the table: it is neither checked nor counted in the totals or the reconciliation. Move the note below the table with an empty row between (or out to the side), or fill in the rest of the row if it belongs in the table.',
    ],
  ] as const)('%s names the sheet, the cell and the note, and what to do', (lang, expected) => {
    expect(renderFinding(f, lang, '1000 kr')).toBe(expected);
  });

  it('quotes a long note shortened to 80 characters', () => {
    const long = `${'Merknad '.repeat(12)}slutt`;
    const result = operating({ Kommentar: long });
    const note = result.report.issues.find((i) => i.code === 'note-in-table');
    // 79 characters of the note («Merknad Merknad … Merk», its trailing space trimmed) and «…».
    expect(note?.message).toContain(`"text":"${long.slice(0, 79).trimEnd()}…"`);
  });
});

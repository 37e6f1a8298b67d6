/**
 * Her look-alike of a list column (docs/spec.md §2): Seksjon, Ansvarlig, Berørte planområder or Rammeområde missing
 * while one column of hers holds (nearly) only entries of its workbook list (tblSeksjoner, tblAnsvarlige,
 * tblPlanomrader, tblRammeomrader by Kode; case and outer spaces aside): `column-missing` at her header cell, to be
 * renamed. Nearly: at most one value in ten that is no entry; an empty list tells nothing.
 * Canonical tblTiltakDrift: B Seksjon, R Ansvarlig, S Berørte planområder, T Rammeområde (test/helpers/workbook.ts).
 */
import { parseRange, toA1 } from '../../../src/domain/model/a1';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { planRepair } from '../../../src/domain/repair/repair';
import { renderFinding } from '../../../src/i18n/findings';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot, setCell, WORKBOOK_LISTS } from '../../helpers/workbook';

const SHEET = 'Tiltak drift';
const opts = { defaultStartYear: 2027 };
const missing = (wb: WorkbookSnapshot) =>
  readPlan(wb, opts).findings.filter((f) => f.code === 'column-missing' && f.sheet === SHEET);
const at = (wb: WorkbookSnapshot) => missing(wb).map((f) => [f.cell, f.params.column, f.params.reason, f.params.found]);

/** The canonical table with `column` of each row as given (one row per value), header `cell` retyped `header`. */
function retyped(column: string, values: readonly CellValue[], cell: string, header: string, lists = {}) {
  const rows = values.map((v, i) =>
    operatingRow({ ID: `D-${String(i + 1).padStart(3, '0')}`, Prioritet: i + 1, [column]: v }),
  );
  return setCell(canonicalSnapshot({ operating: rows, lists }), SHEET, cell, header);
}

describe('a column of hers holding a list column’s entries', () => {
  it.each([
    ['Seksjon', ['Samfunn og tjenester', 'Organisasjon', ' organisasjon'], 'B1', 'Avdeling'],
    ['Ansvarlig', ['Leder boligkontor', 'Rådmannen v/kommunalsjef velferd'], 'R1', 'Kontaktperson'],
    ['Berørte planområder', ['Oppvekst; Kultur', 'Teknisk'], 'S1', 'Sektorer'],
  ])('%s missing, her column of its entries: column-missing at her header', (column, values, cell, header) => {
    expect(at(retyped(column, values, cell, header))).toEqual([[cell, column, 'looks-like', header]]);
  });

  it('Rammeområde (optional) missing, her «Budsjettområde» of frame codes 2, 3: column-missing at T1', () => {
    const wb = retyped('Rammeområde', ['2', '3', '2'], 'T1', 'Budsjettområde');
    expect(at(wb)).toEqual([['T1', 'Rammeområde', 'looks-like', 'Budsjettområde']]);
  });

  it('frame codes typed as numbers (2, 3, 2), as the measure reader reads a Rammeområde of 2: column-missing at T1', () => {
    const wb = retyped('Rammeområde', [2, 3, 2], 'T1', 'Budsjettområde');
    expect(at(wb)).toEqual([['T1', 'Rammeområde', 'looks-like', 'Budsjettområde']]);
  });

  it('tblRammeomrader Kode typed as numbers 2, 3 and her column of numbers and texts: column-missing at T1', () => {
    let wb = retyped('Rammeområde', [2, '3', 3], 'T1', 'Budsjettområde');
    const frames = wb.tables.find((t) => t.name === 'tblRammeomrader');
    const range = frames ? parseRange(frames.ref) : null;
    if (!range) throw new Error('no tblRammeomrader');
    wb = setCell(wb, frames?.sheet ?? '', toA1(range.top + 1, range.left), 2);
    wb = setCell(wb, frames?.sheet ?? '', toA1(range.top + 2, range.left), 3);
    expect(at(wb)).toEqual([['T1', 'Rammeområde', 'looks-like', 'Budsjettområde']]);
  });

  it('a column of hers of numbers that are no frame code (years): no finding, as before', () => {
    expect(at(retyped('Rammeområde', [2027, 2028, 2], 'T1', 'Budsjettområde'))).toEqual([]);
  });

  it('Rammeområde missing and her column holds no frame code: no finding, as before (the column is optional)', () => {
    expect(at(retyped('Rammeområde', ['2', 'Helse'], 'T1', 'Budsjettområde'))).toEqual([]);
  });

  it('one value of three that is no entry: at the table, as before', () => {
    const wb = retyped('Ansvarlig', ['Leder boligkontor', 'Leder boligkontor', 'Kari Nordmann'], 'R1', 'Kontakt');
    expect(at(wb)).toEqual([['A1', 'Ansvarlig', undefined, undefined]]);
  });

  it('nearly all: one value of ten that is no section still names her column, and the message says so', () => {
    const values = [...Array<string>(9).fill('Organisasjon'), 'Stab'];
    const wb = retyped('Seksjon', values, 'B1', 'Avdeling');
    expect(at(wb)).toEqual([['B1', 'Seksjon', 'looks-like', 'Avdeling']]);
    const [f] = missing(wb);
    if (!f) throw new Error('no finding');
    expect(f.params.misfits).toBe(1);
    expect(renderFinding(f, 'nb', '1000 kr')).toBe(
      'Kolonnen «Avdeling» ser ut til å være «Seksjon»: alle verdiene i den unntatt én er gyldige for «Seksjon». Gi den overskriften «Seksjon», så leses den.',
    );
    expect(renderFinding(f, 'nn', '1000 kr')).toContain('alle verdiane i han unntatt éin er gyldige for «Seksjon»');
    expect(renderFinding(f, 'en', '1000 kr')).toContain('all its values but one are valid for "Seksjon"');
  });

  it('two values of ten that are no section: at the table', () => {
    const values = [...Array<string>(8).fill('Organisasjon'), 'Stab', 'Stab'];
    expect(at(retyped('Seksjon', values, 'B1', 'Avdeling'))).toEqual([['A1', 'Seksjon', undefined, undefined]]);
  });

  it('an empty list tells nothing: at the table', () => {
    const wb = retyped('Seksjon', ['Organisasjon'], 'B1', 'Avdeling', { sections: [] });
    expect(at(wb)).toEqual([['A1', 'Seksjon', undefined, undefined]]);
  });

  it('one column of hers that fits two missing columns (a name in both lists) is neither', () => {
    const lists = { sections: ['Organisasjon'], responsibles: ['Organisasjon'] };
    const rows = [operatingRow({ Seksjon: 'Organisasjon', Ansvarlig: 'Kari Nordmann' })];
    const wb = setCell(canonicalSnapshot({ operating: rows, lists }), SHEET, 'B1', 'Enhet');
    expect(at(setCell(wb, SHEET, 'R1', 'Merknad2'))).toEqual([
      ['A1', 'Seksjon', undefined, undefined],
      ['A1', 'Ansvarlig', undefined, undefined],
    ]);
  });

  it('repair holds Rammeområde back and names T1, adding no empty column', () => {
    const repair = planRepair(retyped('Rammeområde', ['2', '3'], 'T1', 'Budsjettområde'), opts);
    expect(repair.changes.filter((c) => c.sheet === SHEET)).toEqual([]);
    expect(repair.held).toEqual([{ sheet: SHEET, cell: 'T1', header: 'Rammeområde', found: 'Budsjettområde' }]);
  });

  it('the lists of these tests are the helper’s', () => {
    expect(WORKBOOK_LISTS.frames.map((f) => f.code)).toEqual(['2', '3']);
  });
});

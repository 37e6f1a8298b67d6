/**
 * review r20: a row of a measure table holding only a value picked from a list's drop-down — «Organisasjon» in
 * Seksjon, the first step of typing a measure in Excel — is a measure begun, not a note (docs/spec.md §8,
 * note-in-table): it is read with its row findings, as a Type or Kostnadsstatus value alone is. A heading in
 * Seksjon that is no entry of tblSeksjoner stays a note. By hand, the default lists of test/helpers/workbook.ts:
 * Seksjon «Organisasjon», Ansvarlig «Leder boligkontor», Berørte planområder «Oppvekst», Rammeområde «3»; columns
 * of tblTiltakDrift A ID, B Seksjon, E Tiltak, R Ansvarlig, S Berørte planområder, T Rammeområde.
 */
import { checkSnapshot } from '../../../src/domain/check';
import type { Finding } from '../../../src/domain/model/finding';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const render = (f: Finding) => `${f.code} ${JSON.stringify(f.params)}`;
const check = (wb: WorkbookSnapshot) => checkSnapshot(wb, { file: 'plan.xlsx', defaultStartYear: 2027, render });
const operating = (second: Record<string, CellValue>) =>
  check(canonicalSnapshot({ operating: [operatingRow(), second] }));
const codes = (result: ReturnType<typeof operating>) =>
  result.report.issues.filter((f) => f.sheet === 'Tiltak drift' && /^[A-Z]+3$/.test(f.cell)).map((f) => f.code);

describe('a row holding only a value of a list is a measure begun, not a note', () => {
  it.each([
    ['Seksjon', 'Organisasjon'],
    ['Seksjon', ' organisasjon '],
    ['Ansvarlig', 'Leder boligkontor'],
    ['Berørte planområder', 'Oppvekst'],
    ['Berørte planområder', 'Oppvekst; Kultur'],
    ['Berørte planområder', 'Oppvekst;'],
    ['Rammeområde', '3'],
  ])('%s «%s» alone: a second measure with its row findings', (column, value) => {
    const result = operating({ [column]: value });
    expect(result.plan.operating).toHaveLength(2);
    expect(codes(result)).not.toContain('note-in-table');
    expect(codes(result)).toEqual(expect.arrayContaining(['id-missing', 'measure-missing']));
  });

  it('a heading in Seksjon that is no entry of tblSeksjoner stays a note', () => {
    const result = operating({ Seksjon: 'Nye tiltak fra høsten' });
    expect(codes(result)).toEqual(['note-in-table']);
    expect(result.plan.operating).toHaveLength(1);
  });

  it('a sentence in Berørte planområder with one area of the list in it stays a note', () => {
    expect(codes(operating({ 'Berørte planområder': 'Oppvekst; se merknad' }))).toEqual(['note-in-table']);
  });
});

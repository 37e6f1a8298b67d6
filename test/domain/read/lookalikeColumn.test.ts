/**
 * A required choice column missing while a column of hers holds only its values (review r30): her «Status» (G1,
 * canonical Kostnadsstatus) with Beregnet, Må utredes, empty: `column-missing` names G1 and says to rename it.
 */
import { readPlan } from '../../../src/domain/read/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n/findings';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';

const rows = (third: string) => [
  operatingRow(),
  operatingRow({ ID: 'D-002', Kostnadsstatus: 'må utredes' }),
  operatingRow({ ID: 'D-003', Kostnadsstatus: third }),
];
const missing = (wb: WorkbookSnapshot) =>
  readPlan(wb, { defaultStartYear: 2027 }).findings.filter((f) => f.code === 'column-missing');

it('her «Status» holding only cost statuses (and an empty cell): the finding is at G1 and names it', () => {
  const wb = setCell(canonicalSnapshot({ operating: rows('') }), 'Tiltak drift', 'G1', 'Status');
  const found = missing(wb);
  expect(found.map((f) => [f.cell, f.params.reason, f.params.found])).toEqual([['G1', 'looks-like', 'Status']]);
  const [f] = found;
  if (!f) return;
  expect(renderFinding(f, 'nb', '1000 kr')).toBe(
    'Kolonnen «Status» ser ut til å være «Kostnadsstatus»: alle verdiene i den er gyldige for «Kostnadsstatus». Gi den overskriften «Kostnadsstatus», så leses den.',
  );
  expect(renderFinding(f, 'nn', '1000 kr')).toContain('«Status» ser ut til å vere «Kostnadsstatus»');
  expect(renderFinding(f, 'en', '1000 kr')).toContain('"Status" looks like "Kostnadsstatus"');
});

it('one value that is no cost status: the finding at the table, as before', () => {
  const wb = setCell(canonicalSnapshot({ operating: rows('Ferdig') }), 'Tiltak drift', 'G1', 'Status');
  expect(missing(wb).map((f) => [f.cell, f.params.reason])).toEqual([['A1', undefined]]);
});

it('a column of hers with nothing in it: the finding at the table', () => {
  const empty = canonicalSnapshot({ operating: [operatingRow({ Kostnadsstatus: null })] });
  expect(missing(setCell(empty, 'Tiltak drift', 'G1', 'Status')).map((f) => f.cell)).toEqual(['A1']);
});

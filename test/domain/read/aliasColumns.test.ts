/**
 * A column named by a schema column's own header is the product's; one named by an alias of it is read only where
 * no column has the header itself (review r30: her «Merknad» beside Kommentar is her own column, SPEC §2).
 * Canonical tblTiltakDrift: T1 Rammeområde, U1 Kommentar.
 */
import { readPlan } from '../../../src/domain/read/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n/findings';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';

const read = (wb: WorkbookSnapshot) => readPlan(wb, { defaultStartYear: 2027 });
const columnFindings = (wb: WorkbookSnapshot) =>
  read(wb).findings.filter((f) => f.code === 'column-duplicate' || f.code === 'column-missing');

it('her «Ramme» in U beside Rammeområde (T): no finding, Rammeområde read from T', () => {
  const wb = setCell(canonicalSnapshot(), 'Tiltak drift', 'U1', 'Ramme');
  expect(columnFindings(wb)).toEqual([]);
  expect(read(wb).plan.layouts.operating?.columns.frame).toBe('T');
});

it('her «Ramme» in T left of «Rammeområde» in U: Rammeområde read from U, no finding', () => {
  const wb = setCell(setCell(canonicalSnapshot(), 'Tiltak drift', 'T1', 'Ramme'), 'Tiltak drift', 'U1', 'Rammeområde');
  expect(columnFindings(wb)).toEqual([]);
  expect(read(wb).plan.layouts.operating?.columns.frame).toBe('U');
});

it('two aliases and no header: column-duplicate names the column read and the cell that is it', () => {
  const wb = setCell(setCell(canonicalSnapshot(), 'Tiltak drift', 'T1', 'Ramme'), 'Tiltak drift', 'U1', 'Budget frame');
  const found = columnFindings(wb);
  expect(found.map((f) => [f.code, f.cell])).toEqual([['column-duplicate', 'U1']]);
  const [f] = found;
  if (!f) return;
  expect(renderFinding(f, 'nb', '1000 kr')).toBe(
    'Kolonnen «Budget frame» leses som «Rammeområde», som T1 allerede er. Gi den ene et annet navn, eller skriv «Rammeområde» over den som skal leses.',
  );
  expect(renderFinding(f, 'nn', '1000 kr')).toContain('«Rammeområde», som T1 alt er');
  expect(renderFinding(f, 'en', '1000 kr')).toContain('"Rammeområde", which T1 already is');
});

it('the header twice: column-duplicate as before', () => {
  const wb = setCell(canonicalSnapshot(), 'Tiltak drift', 'U1', 'Rammeområde');
  const found = columnFindings(wb);
  expect(found.map((f) => [f.code, f.cell, f.params.reason])).toEqual([['column-duplicate', 'U1', undefined]]);
});

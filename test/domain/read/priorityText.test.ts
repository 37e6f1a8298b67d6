/**
 * A Prioritet stored as text («2»): read as 2 (SPEC §7 reads number text), and a warning `priority-text` on the
 * Prioritet cell, as an amount typed as text gets amount-text: Excel sorts text after every number, so sorting the
 * table by Prioritet puts that row last, and the column's whole-number validation marks it. A priority text that is
 * no valid priority («2,5», «først») is priority-invalid alone.
 */
import { readPlan } from '../../../src/domain/read/plan';
import { validatePlan } from '../../../src/domain/validate/plan';
import { renderFinding } from '../../../src/i18n';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';
import type { CellValue } from '../../../src/domain/model/snapshot';

const checked = (priority: CellValue, table: 'operating' | 'investment' = 'operating') => {
  const row = table === 'operating' ? operatingRow({ Prioritet: priority }) : { ID: 'I-001', Prioritet: priority };
  const read = readPlan(canonicalSnapshot({ [table]: [row] }), { defaultStartYear: 2027 });
  const { plan } = read;
  const findings = [...read.findings, ...validatePlan(plan)];
  const m = table === 'operating' ? plan.operating[0] : plan.investment[0];
  const of = (code: string) => findings.filter((f) => f.code === code);
  return { priority: m?.priority, text: of('priority-text'), invalid: of('priority-invalid') };
};

test('Prioritet «2» stored as text: read as 2, a warning on its cell (C2) that names what to do', () => {
  const r = checked('2');
  expect(r.priority).toBe(2);
  expect(r.invalid).toEqual([]);
  expect(r.text.map((f) => [f.severity, f.sheet, f.cell, f.measureId, f.params])).toEqual([
    ['warning', 'Tiltak drift', 'C2', 'D-001', { value: '2', priority: 2 }],
  ]);
  expect(renderFinding(r.text[0]!, 'nb', '1000 kr')).toBe(
    'Prioriteten «2» er lagret som tekst. Den er lest som 2, men Excel sorterer tekst etter alle tall; gjør den om til et tall.',
  );
});

test('Prioritet « 3 » as text in the investment table: the same warning there', () => {
  const r = checked(' 3 ', 'investment');
  expect(r.priority).toBe(3);
  expect(r.text.map((f) => [f.sheet, f.cell, f.params])).toEqual([
    ['Tiltak investering', 'C2', { value: '3', priority: 3 }],
  ]);
});

test('a number, «2,5» or «først» as Prioritet: no priority-text (the two texts are priority-invalid)', () => {
  expect(checked(2).text).toEqual([]);
  const half = checked('2,5');
  expect([half.text, half.invalid.length]).toEqual([[], 1]);
  const word = checked('først');
  expect([word.text, word.invalid.length]).toEqual([[], 1]);
});

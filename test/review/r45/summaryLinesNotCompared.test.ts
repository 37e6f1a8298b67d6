/**
 * Review r45, finding 6 (a count for what was not counted). When one version lacks the economy plan table, compare
 * leaves the lines out and says so (docs/spec.md §14, as built: «Økonomiplanlinjene er ikke sammenlignet …»), and the
 * Økonomiplanen group says «Ikke sammenlignet». Yet the summary line right under the note still counted them:
 * «Økonomiplanlinjer: 0 nye, 0 fjernet, 0 endret.» — three zeros for lines nobody compared, the line a reader of the
 * case quotes. The summary says of the lines what the group says: not compared.
 *
 * By hand: the older plan holds D-001 and no Økonomiplan sheet; the newer holds D-001, D-002 and one economy plan
 * line. Measures: 1 new, 0 removed, 0 changed; lines: not compared.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { readPlan } from '../../../src/domain/read/plan';
import { renderCompare } from '../../../src/report/compareReport';
import { canonicalSnapshot, withoutSheet } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';

const older = readPlan(
  withoutSheet(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [economyLine()] }), 'Økonomiplan'),
  { defaultStartYear: 2027 },
);
const newer = readPlan(
  canonicalSnapshot({
    operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2 })],
    economyPlan: [economyLine()],
  }),
  { defaultStartYear: 2027 },
);
const diff = comparePlans(older.plan, newer.plan, {
  old: { file: 'a.xlsx', label: 'a.xlsx', findings: older.findings },
  new: { file: 'b.xlsx', label: 'b.xlsx', findings: newer.findings },
});

test.each([
  ['nb', 'Tiltak: 1 nytt, 0 fjernet, 0 endret. Økonomiplanlinjer: ikke sammenlignet.'],
  ['nn', 'Tiltak: 1 nytt, 0 fjerna, 0 endra. Økonomiplanliner: ikkje samanlikna.'],
  ['en', 'Measures: 1 new, 0 removed, 0 changed. Economy plan lines: not compared.'],
] as const)('the summary (%s) does not count lines it did not compare', (lang, summary) => {
  const lines = renderCompare(diff, 'text', lang).split('\n');
  expect(lines).toContain(summary);
});

/**
 * Review r36 (a finance officer reading tblAvstemming's Tiltak and Rammeområde columns for project items, SPEC §10):
 * an item of a Prosjektnr two costed rows carry (no measureId) took the text and frame of the first investment row
 * with that exact Prosjektnr, costed or not. With «Kjøp av boliger» (Må utredes, frame 3) above the costed
 * «Nye omsorgsboliger» and «… trinn 2» (frame 2) on P-1, every P-1 row said «Kjøp av boliger» / 3 — a measure that is
 * not in the comparison at all; and P-2 typed «P-2 » (a trailing space, matched to its line as «P-2») on its first
 * row named the second.
 *
 * By hand: the P-1 items name the first costed row (I-002, «Nye omsorgsboliger», frame 2); the P-2 items the first
 * row of P-2 (I-004, «Utleieboliger», frame 3).
 */
import { checkSnapshot } from '../../../src/domain/check';
import { RECONCILIATION_COLUMNS } from '../../../src/domain/model/reconciliationColumns';
import type { CellValue } from '../../../src/domain/model/snapshot';
import type { ReconciliationSheetText } from '../../../src/domain/model/sheetText';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { canonicalSnapshot } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';

const row = (o: Record<string, CellValue>): Record<string, CellValue> => ({
  Seksjon: 'Samfunn og tjenester',
  Kostnadsstatus: 'Beregnet',
  Formål: 'Omsorgsbolig',
  'Tidligere bevilget': 0,
  ...{ '2027': 1000, '2028': 1000, '2029': 0, '2030': 0 },
  'Etter perioden': 0,
  Kostnadsramme: 2000,
  Lån: 2000,
  Ansvarlig: 'Leder boligkontor',
  'Berørte planområder': 'Oppvekst',
  ...o,
});
const line = (ref: string): Record<string, CellValue> => ({
  Del: 'Investering',
  Linjetype: 'Tiltak',
  Ref: ref,
  Beskrivelse: 'x',
  ...{ '2027': 2000, '2028': 2000, '2029': 0, '2030': 0 },
});

const texts: ReconciliationSheetText = {
  explain: (i) => i.code,
  severity: (s) => s,
  code: (c) => c,
  class: (c) => c,
  codeOf: (text) => text,
  kept: (reason) => reason,
  review: (r) => r.kind,
  acceptedIn: () => null,
  classOf: () => null,
  acceptedAsIn: () => null,
};

test('a project row names the costed measure of its Prosjektnr, whatever spaces it was typed with', () => {
  const wb = canonicalSnapshot({
    investment: [
      row({ ID: 'I-001', Prioritet: 1, Tiltak: 'Kjøp av boliger', Kostnadsstatus: 'Må utredes', Prosjektnr: 'P-1' }),
      row({ ID: 'I-002', Prioritet: 2, Tiltak: 'Nye omsorgsboliger', Prosjektnr: 'P-1', Rammeområde: '2' }),
      row({ ID: 'I-003', Prioritet: 3, Tiltak: 'Omsorgsboliger, trinn 2', Prosjektnr: 'P-1', Rammeområde: '2' }),
      row({ ID: 'I-004', Prioritet: 4, Tiltak: 'Utleieboliger', Prosjektnr: 'P-2 ', Rammeområde: '3' }),
      row({ ID: 'I-005', Prioritet: 5, Tiltak: 'Utleieboliger, trinn 2', Prosjektnr: 'P-2', Rammeområde: '3' }),
    ].map((r, i) => (i === 0 ? { ...r, ...Object.fromEntries(AMOUNTS.map((h) => [h, null])), Rammeområde: '3' } : r)),
    economyPlan: [line('P-1'), line('P-2')],
  });
  const { report, plan } = checkSnapshot(wb, { file: 'p.xlsx', defaultStartYear: 2027, render: (f) => f.code });
  const edits = editsOf(planReconciliation(report.reconciliation, plan, wb, texts));
  const body = edits.find((e) => e.kind === 'setCells' && e.origin === 'A2');
  const rows = body?.kind === 'setCells' ? body.values : [];
  const at = (key: string) => RECONCILIATION_COLUMNS.findIndex((c) => c.key === key);
  const named = rows
    .filter((r) => r[at('code')] === 'project-expenditure' && r[at('year')] === 2027)
    .map((r) => [r[at('ref')], r[at('measure')], r[at('frame')]]);
  expect(named).toEqual([
    ['P-1', 'Nye omsorgsboliger', '2'],
    ['P-2', 'Utleieboliger', '3'],
  ]);
});

const AMOUNTS = ['Kostnadsramme', 'Tidligere bevilget', '2027', '2028', '2029', '2030', 'Etter perioden', 'Lån'];

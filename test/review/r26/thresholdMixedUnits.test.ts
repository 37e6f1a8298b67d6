/**
 * Review r26 (a budget officer in a mill kr plan adding a small investment in the pane): `below-investment-threshold`
 * reads «Kostnadsrammen (0,09) er under 100 000 kr.» — the budget in mill kr with no unit, the threshold in kroner, in
 * one sentence. «0,09 … under 100 000 kr» reads as 9 øre against a hundred thousand kroner; she cannot see that the
 * two figures are 90 000 kr and 100 000 kr. The amounts of the other messages are in the plan's unit (SPEC §7: reports
 * show amounts in the workbook unit).
 *
 * By hand, mill kr: Kostnadsramme 0,09 (90 000 kr) against 100 000 kr = 0,1 mill kr. The message names the threshold
 * in the plan's unit (0,1) or gives both figures their unit.
 */
import { checkSnapshot } from '../../../src/domain/check';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n/findings';
import { canonicalSnapshot } from '../../helpers/workbook';

const small: Record<string, CellValue> = {
  ID: 'I-006',
  Seksjon: 'Samfunn og tjenester',
  Prioritet: 1,
  Tiltak: 'Nye møbler på boligkontoret',
  Kostnadsstatus: 'Beregnet',
  Prosjektnr: 'P-4201',
  Kostnadsramme: 0.09,
  ...{ '2027': 0.09, '2028': null, '2029': null, '2030': null },
  ...{ 'Mva-kompensasjon': 0.01, Lån: 0.08 },
  Ansvarlig: 'Leder boligkontor',
  'Berørte planområder': 'Oppvekst',
};

test('below-investment-threshold in mill kr gives both figures in one unit, not «(0,09) … 100 000 kr»', () => {
  const { report } = checkSnapshot(canonicalSnapshot({ unit: 'mill kr', investment: [small] }), {
    file: 'plan.xlsx',
    defaultStartYear: 2027,
    render: (f, unit) => renderFinding(f, 'nb', unit),
  });
  const message = report.issues.find((i) => i.code === 'below-investment-threshold')?.message ?? '';
  // Today: «Kostnadsrammen (0,09) er under 100 000 kr. Så små anskaffelser føres i driftsbudsjettet; …».
  expect(message).toMatch(/^Kostnadsrammen \(0,09/);
  expect(message).not.toMatch(/\(0,09\) er under 100\s000 kr/);
});

/**
 * The fixture of economyPeriod.test.ts and economyPeriodPart.test.ts: plan «Rusplan» (1000 kr), 2029–2032, D-001
 * 600 / 1 200 / 1 800 / 2 400, all new money, consolidated against an economy plan workbook whose line D-001 is
 * 600 / 1 200 / 1 800 / 2 000 over four year columns; the clock's next year (the default Første planår) is 2027.
 */
import { checkConsolidated, type ConsolidatedCheck } from '../../../src/domain/checkConsolidated';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

const plan = canonicalSnapshot({
  startYear: 2029,
  settings: { Plannavn: 'Rusplan' },
  operating: [operatingRow({ '2029': 600, '2030': 1200, '2031': 1800, '2032': 2400 })],
});

/** The economy plan line D-001 over the four years from `startYear`. */
export function d001Line(startYear: number): Record<string, CellValue> {
  const line: Record<string, CellValue> = { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', Rammeområde: '2' };
  [600, 1200, 1800, 2000].forEach((a, i) => (line[String(startYear + i)] = a));
  return line;
}

/** Rusplan consolidated against `economy` (file op.xlsx), findings rendered as their code and parameters. */
export function consolidateRusplan(economy: WorkbookSnapshot): ConsolidatedCheck {
  const checked = checkConsolidated(
    [{ wb: plan, file: 'rus.xlsx' }],
    { wb: economy, file: 'op.xlsx' },
    {
      defaultStartYear: 2027,
      render: (f) => `${f.code} ${JSON.stringify(f.params)}`,
    },
  );
  if (!checked) throw new Error('the economy plan workbook has tblOkonomiplan');
  return checked;
}

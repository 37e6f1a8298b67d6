/**
 * A line typed right under a table, outside it (row-below-table), is not rolled: the roll names it, in the pane's
 * new workbook (where it is not carried) and into the source (where it stays under years one on). By hand: the
 * example (tblTiltakDrift A1:U12, tblOkonomiplan A1:K23) with D-012 on Tiltak drift row 13 and a line on
 * Økonomiplan row 24.
 */
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { rollNoteLines } from '../../../src/i18n/roll';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { setCell } from '../../helpers/workbook';

function withRowsBelow() {
  let wb = snapshotFromContent(exampleContent({ startYear: 2027 }));
  const drift: [string, string | number][] = [
    ['A13', 'D-012'],
    ['E13', 'Ny stilling'],
    ['H13', 100],
    ['I13', 200],
  ];
  for (const [cell, v] of drift) wb = setCell(wb, 'Tiltak drift', cell, v);
  const line: [string, string | number][] = [
    ['A24', 'Drift'],
    ['B24', 'Tiltak'],
    ['C24', 'D-011'],
    ['G24', 100],
  ];
  for (const [cell, v] of line) wb = setCell(wb, 'Økonomiplan', cell, v);
  return wb;
}

test('the roll lists each row under a table that it did not roll', () => {
  const wb = withRowsBelow();
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  const rolled = planRolledWorkbook(wb, plan, { findings, date: '2027-12-01' });
  expect(rolled.rowsBelow).toEqual([
    { sheet: 'Tiltak drift', cell: 'A13', row: 13, table: 'tblTiltakDrift', amounts: true },
    { sheet: 'Økonomiplan', cell: 'A24', row: 24, table: 'tblOkonomiplan', amounts: true },
  ]);
  const notes = { ...rolled, unit: plan.settings.unit, notCarried: [] };
  const pane = rollNoteLines(notes, 'nn').filter((l) => l.startsWith('Rad '));
  expect(pane).toEqual([
    'Rad 13 under tabellen over driftstiltak (Tiltak drift!A13) låg utanfor tabellen og er verken rullert eller teken med i den nye arbeidsboka. Høyrer rada til tabellen, så ta ho inn i tabellen her (under Struktur i tillegget) og rull på nytt.',
    'Rad 24 under økonomiplantabellen (Økonomiplan!A24) låg utanfor tabellen og er verken rullert eller teken med i den nye arbeidsboka. Høyrer rada til tabellen, så ta ho inn i tabellen her (under Struktur i tillegget) og rull på nytt.',
  ]);
  const cli = rollNoteLines({ ...notes, into: 'source' }, 'en').filter((l) => l.startsWith('Row '));
  expect(cli).toHaveLength(2);
  expect(cli[1]).toMatch(
    /^Row 24 under the economy plan table \(Økonomiplan!A24\) lay outside the table and was not rolled/,
  );
});

test('a plan with nothing under its tables names no such row', () => {
  const wb = snapshotFromContent(exampleContent({ startYear: 2027 }));
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  expect(planRolledWorkbook(wb, plan, { findings }).rowsBelow).toEqual([]);
});

test('a row under a table with nothing in its year columns is named as holding no amounts (r20)', () => {
  // The drift row of withRowsBelow without its 2027 and 2028 (H13, I13): ID, Tiltak and status only.
  let wb = withRowsBelow();
  wb = setCell(wb, 'Tiltak drift', 'H13', null);
  wb = setCell(wb, 'Tiltak drift', 'I13', null);
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  const rolled = planRolledWorkbook(wb, plan, { findings, date: '2027-12-01' });
  expect(rolled.rowsBelow.map((r) => [r.cell, r.amounts])).toEqual([
    ['A13', false],
    ['A24', true],
  ]);
});

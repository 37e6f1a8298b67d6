/** @jest-environment jsdom */
/**
 * The pane's Endringer view names an ID on two rows as the change report does (compare/duplicates.ts, review
 * w111): the example rolled to 2028–2031, then D-011 retyped as D-003 in the plan (the check: id-duplicate),
 * compared with its archive sheet. D-011 is removed (its ID is gone); the second D-003 is no new measure but is
 * named with both rows' cells, as compared with nothing.
 */
import { screen } from '@testing-library/react';
import { exampleContent } from '../../src/domain/example/example';
import { readPlan } from '../../src/domain/read/plan';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';
import { applyEdits, EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { snapshotFromContent } from '../helpers/contentSnapshot';
import { FakePort } from './fakePort';
import { renderPane } from './renderPane';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
const { plan } = readPlan(example, { defaultStartYear: 2027 });
const rolled = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(example, plan, { date: '2027-12-15' }).edits);
const sheet = rolled.sheets.find((s) => s.sheet === 'Tiltak drift');
const rowOf = (id: string) => (sheet?.values ?? []).findIndex((r) => r[0] === id) + 1;
const [d003, d011] = [rowOf('D-003'), rowOf('D-011')];
const retyped = applyEdits(rolled, [
  { kind: 'setCells', sheet: 'Tiltak drift', origin: `A${d011}`, values: [['D-003']] },
]);

describe('ChangesView: D-011 retyped as D-003, an ID on two rows', () => {
  it('nb: the ID is named with both cells, and the row compared with nothing is said to count in the totals', async () => {
    expect([d003 > 1, d011 > d003]).toEqual([true, true]);
    await renderPane(new FakePort(retyped), 'changes', { lang: 'nb' });
    await screen.findByRole('status');
    const warning = screen.getByText((content) =>
      content.startsWith(
        `ID D-003 står på 2 rader i den nyere versjonen (Tiltak drift!A${d003}, Tiltak drift!A${d011})`,
      ),
    );
    expect(warning.textContent).toContain(`Tiltak drift!A${d011} «Kompetanseheving i boligsosialt arbeid» i den nyere`);
    expect(warning.textContent).toContain('men teller i den nyere versjonens summer per år');
    // D-011, removed, has that row's text: its ID perhaps typed over by mistake.
    expect(warning.textContent).toContain(
      `Tiltak drift!A${d011} har samme tiltakstekst som det fjernede tiltaket D-011: fikk D-011 ID-en D-003 ved en feil`,
    );
  });

  it('nb: the removed D-011 says where its text stands now, not only that it is gone', async () => {
    await renderPane(new FakePort(retyped), 'changes', { lang: 'nb' });
    await screen.findByRole('status');
    expect(
      screen.getByText(
        `Kompetanseheving i boligsosialt arbeid (teksten står nå i Tiltak drift!A${d011} med ID D-003, som står på flere rader)`,
      ),
    ).toBeTruthy();
  });
});

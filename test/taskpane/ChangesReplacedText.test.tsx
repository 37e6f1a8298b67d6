/** @jest-environment jsdom */
/**
 * The pane's Endringer view says what the change report says of an ID given to another measure
 * (compare/replacedText.ts): the example rolled to 2028–2031, then D-004's Tiltak replaced by «Gratis norskkurs for
 * nyankomne» in the plan, compared with its archive sheet: D-004 one changed measure, and a warning naming both texts.
 */
import { screen } from '@testing-library/react';
import { exampleContent } from '../../src/domain/example/example';
import { readPlan } from '../../src/domain/read/plan';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';
import { applyEdits, EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { columnLetter } from '../../src/domain/model/a1';
import { snapshotFromContent } from '../helpers/contentSnapshot';
import { FakePort } from './fakePort';
import { renderPane } from './renderPane';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
const { plan } = readPlan(example, { defaultStartYear: 2027 });
const rolled = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(example, plan, { date: '2027-12-15' }).edits);
const sheet = rolled.sheets.find((s) => s.sheet === 'Tiltak drift');
const row = (sheet?.values ?? []).findIndex((r) => r[0] === 'D-004');
const column = sheet?.values[0]?.indexOf('Tiltak') ?? -1;
const text = String(sheet?.values[row]?.[column] ?? '');
const replaced = applyEdits(rolled, [
  {
    kind: 'setCells',
    sheet: 'Tiltak drift',
    origin: `${columnLetter(column + 1)}${row + 1}`,
    values: [['Gratis norskkurs for nyankomne']],
  },
]);

describe('ChangesView: D-004 given to another measure', () => {
  it('nb: a warning names D-004 with both texts', async () => {
    expect([row > 0, column >= 0, text !== '']).toEqual([true, true, true]);
    await renderPane(new FakePort(replaced), 'changes', { lang: 'nb' });
    await screen.findByRole('status');
    expect(
      screen.getByText((content) =>
        content.startsWith(
          `D-004 har fått en helt annen tiltakstekst: «${text}» i den eldre versjonen, «Gratis norskkurs for nyankomne» i den nyere`,
        ),
      ),
    ).toBeTruthy();
  });
});

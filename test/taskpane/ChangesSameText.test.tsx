/** @jest-environment jsdom */
/**
 * The pane's Endringer view says what the change report says of an added measure with the text of a removed one
 * (compare/sameText.ts): the example rolled to 2028–2031, then D-004 «…» retyped as D-020 in the plan, compared with
 * its archive sheet: D-004 removed, D-020 added, one sentence naming both.
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
const row = (sheet?.values ?? []).findIndex((r) => r[0] === 'D-004');
const text = String(sheet?.values[row]?.[sheet.values[0]?.indexOf('Tiltak') ?? -1] ?? '');
const renumbered = applyEdits(rolled, [
  { kind: 'setCells', sheet: 'Tiltak drift', origin: `A${row + 1}`, values: [['D-020']] },
]);

describe('ChangesView: D-004 retyped as D-020', () => {
  it('nb: one sentence names D-004 → D-020 with its text', async () => {
    expect([row > 0, text !== '']).toEqual([true, true]);
    await renderPane(new FakePort(renumbered), 'changes', { lang: 'nb' });
    await screen.findByRole('status');
    expect(
      screen.getByText((content) =>
        content.startsWith(`Et nytt tiltak har samme tiltakstekst som et fjernet tiltak (D-004 → D-020 «${text}»)`),
      ),
    ).toBeTruthy();
  });
});

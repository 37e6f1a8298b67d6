/** @jest-environment jsdom */
/**
 * Review r26 (a budget officer picking the measure to edit in Nytt tiltak): «Rediger tiltak» lists each measure as
 * «ID · Tiltak», cut at 60 characters with no mark (MeasurePicker: `.slice(0, 60)`). On the example plan the options
 * read «D-003 · Bostøttekontakt i NAV: økonomisk rådgivning for leie» and «D-004 · Spredt bosetting for å oppnå
 * trivsel og økt aktivite»: a word cut without «…» reads as the text itself — «rådgivning for leie» (advice on rent)
 * is not «… for leietakere», and she cannot tell a cut label from a typing error in the plan.
 *
 * By hand: «D-003 · Bostøttekontakt i NAV: økonomisk rådgivning for leietakere» is 66 characters. The option shows
 * it whole, or a beginning of it marked as cut («…»), never a bare part of a word.
 */
import { screen } from '@testing-library/react';
import { tp } from '../../../src/i18n/taskpane';
import { canonicalSnapshot } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

const TEXT = 'Bostøttekontakt i NAV: økonomisk rådgivning for leietakere';

test('Rediger tiltak: a long Tiltak is shown whole or cut with «…», not cut in the middle of a word', async () => {
  const plan = canonicalSnapshot({ operating: [operatingRow({ ID: 'D-003', Tiltak: TEXT })] });
  await renderPane(new FakePort(plan), 'measure');
  const picker = screen.getByRole('combobox', { name: tp('nb', 'editExisting') });
  const label = [...picker.querySelectorAll('option')]
    .map((o) => o.textContent ?? '')
    .find((l) => l.startsWith('D-003'));
  const full = `D-003 · ${TEXT}`;
  expect(label).toBeDefined();
  const whole = label === full;
  const markedCut = label!.endsWith('…') && full.startsWith(label!.slice(0, -1).trimEnd());
  // Before the fix (r26): «D-003 · Bostøttekontakt i NAV: økonomisk rådgivning for leie».
  expect({ label, wholeOrMarked: whole || markedCut }).toEqual({ label, wholeOrMarked: true });
});

/**
 * @jest-environment jsdom
 *
 * The pane opened on finance's economy plan workbook (SPEC §15: Innstillinger and tblOkonomiplan, no measure
 * table, as `new --economy-plan` and examples/kommune/okonomiplan.xlsx). Its check finds both measure tables
 * missing and every line without a measure: the pane must not call that "not ready" and send the user to create
 * measure tables under Struktur, but say it is an economy plan, which plans are checked against with the pane's
 * «Åpne flere planer».
 */
import { screen } from '@testing-library/react';
import { applyEdits, planEconomyPlanWorkbook } from '../../src/domain';
import { EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { tp } from '../../src/i18n/taskpane';
import { OKONOMIPLAN } from '../../scripts/kommune';
import { FakePort, readyPlan } from './fakePort';
import { renderPane } from './renderPane';

const economyPlan = () => applyEdits(EMPTY_WORKBOOK, planEconomyPlanWorkbook(OKONOMIPLAN));

describe('the pane on an economy plan workbook', () => {
  it.each(['nb', 'nn', 'en'] as const)(
    '%s: Oversikt says it is an economy plan, not a plan to repair',
    async (lang) => {
      await renderPane(new FakePort(economyPlan()), 'overview', { lang });
      expect(screen.getByText(tp(lang, 'economyPlanTitle'))).toBeTruthy();
      const note = document.querySelector('.tp-view')?.textContent ?? '';
      expect(note).toContain(tp(lang, 'openSeveral'));
      expect(screen.queryByText(/^(Ikke klar|Ikkje klar|Not ready)/)).toBeNull();
      // Not the sheet-missing finding's advice to create the measure tables under Struktur.
      expect(note).not.toContain(tp(lang, 'tabStructure'));
    },
  );

  it('Kontroll says so above its findings', async () => {
    await renderPane(new FakePort(economyPlan()), 'check');
    expect(screen.getByText(tp('nb', 'economyPlanTitle'))).toBeTruthy();
    expect(screen.getByText(/«Åpne flere planer»/)).toBeTruthy();
  });

  it('a plan with its own economy plan sheet is a plan as before', async () => {
    await renderPane(new FakePort(readyPlan()), 'overview');
    expect(screen.queryByText(tp('nb', 'economyPlanTitle'))).toBeNull();
    expect(screen.getByText(tp('nb', 'statusReady'))).toBeTruthy();
  });
});

/** @jest-environment jsdom */
/**
 * The pane's Endringer view lists an economy plan line's amounts in years only one version holds apart, as the
 * change report does (docs/spec.md §14): the example (2027–2030, 1000 kr) rolled to 2028–2031 and compared with
 * its archive sheet, and in the rolled plan finance typed 3 000 in D-001's line for 2031 and cut R3's 2030 from
 * 3 000 to 2 500.
 *
 * By hand, from the example's Økonomiplan (src/domain/example/example.ts): the 17 lines with an amount ≠ 0 in
 * 2027 (the archive's only) have it listed «2027: … → –» (D-001 600, R3 1 000 …); D-001 also «2031: – → 3 000»;
 * the roll left every other 2031 empty, which is no amount. R3's 2030 is the one real change: 3 000 → 2 500 (−500).
 */
import { screen, within } from '@testing-library/react';
import { exampleContent } from '../../src/domain/example/example';
import type { Lang } from '../../src/domain/model/report';
import { readPlan } from '../../src/domain/read/plan';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';
import { applyEdits, EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { ct } from '../../src/i18n/compare';
import { reportText } from '../../src/i18n/compareReport';
import { snapshotFromContent } from '../helpers/contentSnapshot';
import { setCell } from '../helpers/workbook';
import { FakePort } from './fakePort';
import { renderPane } from './renderPane';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
const { plan } = readPlan(example, { defaultStartYear: 2027 });
const rolledOnly = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(example, plan, { date: '2027-12-15' }).edits);
const rolledPlan = readPlan(rolledOnly, { defaultStartYear: 2028 }).plan;

/** The rolled workbook with `value` (thousands) typed in the year `year` of the line of `ref`. */
const typed = (wb: typeof rolledOnly, ref: string, year: number, value: number) => {
  const l = rolledPlan.economyPlan.find((x) => x.ref === ref || x.frame === ref);
  const column = l?.cellColumns[`year:${year}`];
  if (!l || column === undefined) throw new Error(`no line ${ref} ${year}`);
  return setCell(wb, l.sheet, `${column}${l.row}`, value);
};
const rolled = typed(typed(rolledOnly, 'D-001', 2031, 3000), 'R3', 2030, 2500);

const plain = (s: string | null | undefined): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const group = (title: string): HTMLElement => {
  const details = screen.getByText(title).closest('details');
  if (!details) throw new Error(`no group ${title}`);
  return details;
};

/** A group's lines, in order, each with its change lines. */
const items = (g: HTMLElement): string[][] =>
  [...g.querySelectorAll('li.tp-item')].map((li) => [
    plain(li.querySelector('strong')?.textContent),
    ...[...li.querySelectorAll('ul.tp-changes li')].map((l) => plain(l.textContent)),
  ]);

describe('ChangesView: economy plan lines’ amounts in years only one version holds', () => {
  it('nb: 17 lines counted changed, R3’s 2030 under Økonomiplanen, the years of one version apart', async () => {
    await renderPane(new FakePort(rolled), 'changes', { lang: 'nb' });
    await screen.findByRole('status');
    expect(screen.getByRole('status').textContent).toContain('Økonomiplanlinjer: 0 nye, 0 fjernet, 17 endret.');
    expect(
      screen.getByText(
        '17 økonomiplanlinjer har beløp i år bare den ene versjonen har (2027, 2031). De står for seg etter de ' +
          'andre endrede linjene.',
      ),
    ).toBeTruthy();
    expect(items(group('Økonomiplanen (1)'))).toEqual([['Drift · Ramme · R3', '2030: 3 000 → 2 500 (−500)']]);
    const apart = group('Økonomiplanlinjer: beløp i år bare den ene versjonen har (17)');
    expect(
      within(apart).getByText(
        /Tomme celler, 0 og tekst som ikke er et beløp \(«\?», «----»\) i slike år er ikke med\./,
      ),
    ).toBeTruthy();
    const list = items(apart);
    expect(list.slice(0, 4)).toEqual([
      ['Drift · Ramme · R3', '2027: 1 000 → –'],
      ['Drift · Ramme · R4', '2027: 250 → –'],
      ['Drift · Ramme · R1', '2027: 120 → –'],
      ['Drift · Tiltak · D-001', '2027: 600 → –', '2031: – → 3 000'],
    ]);
    expect(list[16]).toEqual(['Investering · Finansiering · P-4104 · Lån', '2027: 1 600 → –']);
    expect(list.some(([name]) => /D-005|P-4102/.test(name ?? ''))).toBe(false);
  });

  it.each(['nn', 'en'] as const)('%s: the same groups in the report’s words', async (lang: Lang) => {
    await renderPane(new FakePort(rolled), 'changes', { lang });
    await screen.findByRole('status');
    expect(screen.getByText(reportText('linesOneSidedSummary', lang, { count: 17, years: '2027, 2031' }))).toBeTruthy();
    expect(items(group(`${ct(lang, 'economyPlan')} (1)`)).map(([name]) => name)).toEqual(['Drift · Ramme · R3']);
    expect(items(group(`${reportText('linesOneSided', lang)} (17)`))[3]).toEqual([
      'Drift · Tiltak · D-001',
      '2027: 600 → –',
      '2031: – → 3 000',
    ]);
  });

  it('only the years one version holds: Økonomiplanen (0) says they stand apart, not «Ingen.»', async () => {
    await renderPane(new FakePort(rolledOnly), 'changes', { lang: 'nb' });
    await screen.findByRole('status');
    expect(within(group('Økonomiplanen (0)')).getByText('Ingen, utenom de som står for seg nedenfor.')).toBeTruthy();
    expect(items(group('Økonomiplanlinjer: beløp i år bare den ene versjonen har (17)'))[3]).toEqual([
      'Drift · Tiltak · D-001',
      '2027: 600 → –',
    ]);
  });
});

/** @jest-environment jsdom */
/**
 * The pane's Endringer view lists the finished one-offs apart from the measures removed (SPEC §11, §14): the
 * example (2027–2030) rolled to 2028–2031 and compared with its archive sheet. Its Engangs measures D-002
 * («Utarbeide boligplan …», 300 thousand) and D-009 («Ta i bruk Bo Kart», 120 thousand) spend in 2027 only, so
 * the roll took them out: finished, and no measure is removed.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exampleContent } from '../../src/domain/example/example';
import type { Lang } from '../../src/domain/model/report';
import { readPlan } from '../../src/domain/read/plan';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';
import { applyEdits, EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../src/domain/sheets/version';
import { ct } from '../../src/i18n/compare';
import { snapshotFromContent } from '../helpers/contentSnapshot';
import { canonicalSnapshot, setCell } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
const { plan } = readPlan(example, { defaultStartYear: 2027 });
const rolled = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(example, plan, { date: '2027-12-15' }).edits);

/** The group (a details element) whose summary is `title`. */
const group = (title: string): HTMLElement => {
  const summary = screen.getByText(title);
  const details = summary.closest('details');
  if (!details) throw new Error(`no group ${title}`);
  return details;
};

describe('ChangesView: finished one-offs after a roll', () => {
  it.each(['nb', 'nn', 'en'] as const)(
    '%s: D-002 and D-009 under their own group, none removed',
    async (lang: Lang) => {
      await renderPane(new FakePort(rolled), 'changes', { lang });
      expect(await screen.findByText(`${ct(lang, 'finished')} (2)`)).toBeTruthy();
      const finished = group(`${ct(lang, 'finished')} (2)`);
      expect(within(finished).getByText(ct(lang, 'finishedNote'))).toBeTruthy();
      expect(within(finished).getByText('D-002')).toBeTruthy();
      expect(within(finished).getByText('D-009')).toBeTruthy();
      const removed = group(`${ct(lang, 'removed')} (0)`);
      expect(within(removed).queryByText('D-002')).toBeNull();
      // The summary counts them as finished: 0 new, 0 removed, 2 finished; I-001, I-003 and I-005 changed, and the
      // five the roll numbered again once D-002 and D-009 left (D-003 3 → 2, D-004, D-005; D-010 5 → 4, D-011),
      // and D-001 and D-007 with amounts in 2027 and 2031, years only one version holds: 10. Of the example's 22
      // economy plan lines, the 17 with an amount ≠ 0 in 2027 (the archive's only year) changed as well; D-005's
      // and P-4102's four hold 0 there (test/domain/compare/exampleRoll.test.ts names them).
      const summary = ct(lang, 'summary', {
        added: 0,
        removed: 0,
        finished: 2,
        changed: 10,
        linesAdded: 0,
        linesRemoved: 0,
        linesChanged: 17,
      });
      expect(screen.getByRole('status').textContent).toBe(summary);
    },
  );

  it('an Engangs measure deleted with its cost in a year the plan still has: removed, and no finished group', async () => {
    // The version holds D-001 and D-002, Engangs 300 in 2027; the plan (2027–2030 still) holds D-001 only.
    const d2 = operatingRow({
      ID: 'D-002',
      Prioritet: 2,
      Tiltak: 'Boligplan',
      Type: 'Engangs',
      ...{ '2027': 300, '2028': null, '2029': null, '2030': null, Helårsvirkning: 0, 'Nye midler': 300 },
    });
    const adopted = canonicalSnapshot({ operating: [operatingRow(), d2] });
    const { plan: old } = readPlan(adopted, { defaultStartYear: 2027 });
    const now = applyEdits(
      canonicalSnapshot({ operating: [operatingRow()] }),
      planSaveVersion(adopted, old, { label: 'Vedtatt', date: '2026-12-10' }).edits,
    );
    await renderPane(new FakePort(now), 'changes', { lang: 'nb' });
    const removed = group(`${ct('nb', 'removed')} (1)`);
    expect(within(removed).getByText('D-002')).toBeTruthy();
    expect(screen.queryByText(ct('nb', 'finished'), { exact: false })).toBeNull();
  });

  it('a saved version with "?" in D-002\'s 2028: D-002 removed, not finished (a cost not yet known)', async () => {
    // The example with "?" typed in D-002's 2028, saved as a version into the rolled workbook, and chosen.
    const d2 = plan.operating.find((m) => m.id === 'D-002');
    const unknown = setCell(example, 'Tiltak drift', `${d2?.cellColumns['year:2028']}${d2?.row}`, '?');
    const read = readPlan(unknown, { defaultStartYear: 2027 }).plan;
    const saved = planSaveVersion(unknown, read, { label: 'Med ukjent', date: '2027-12-01' });
    await renderPane(new FakePort(applyEdits(rolled, saved.edits)), 'changes', { lang: 'nb' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: ct('nb', 'compareWith') }),
      `sheet:${saved.sheet}`,
    );
    const removed = group(`${ct('nb', 'removed')} (1)`);
    expect(within(removed).getByText('D-002')).toBeTruthy();
    const finished = group(`${ct('nb', 'finished')} (1)`);
    expect(within(finished).getByText('D-009')).toBeTruthy();
  });
});

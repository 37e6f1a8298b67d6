/** @jest-environment jsdom */
/**
 * Review r26 (a budget officer comparing with the adopted version, SPEC §14): Endringer writes each changed amount as
 * «2027: 0,25 → 0,3 (0,05)», the change in parentheses, unsigned when it grew, «(−0,05)» when it fell. In Norwegian
 * accounts and budget tables a figure in parentheses is a negative one: «(0,05)» reads as 50 000 kr less, the
 * opposite of what happened. The change must not stand bare in parentheses when it is an increase.
 *
 * By hand, mill kr: D-012 0,25 / 1,5 / 1,5 / 1,5, Helårsvirkning 1,5, Endret drift 0,5, Nye midler 1, saved as
 * «Vedtatt K-sak 45/2027»; then 2027 typed 0,3: the change is +0,05 (50 000 kr more).
 *
 * Fixed (docs/spec.md §14): the change always carries its sign, «(+0,05)» up, «(−0,05)» down (U+2212).
 */
import { screen } from '@testing-library/react';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../../src/domain/sheets/version';
import { canonicalSnapshot } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

const measure = (year1: number) =>
  operatingRow({
    ID: 'D-012',
    Tiltak: 'Aktivitetsguide for barn i lavinntektsfamilier',
    ...{ '2027': year1, '2028': 1.5, '2029': 1.5, '2030': 1.5 },
    ...{ Helårsvirkning: 1.5, 'Endret drift': 0.5, 'Nye midler': 1 },
  });

function planWithVersion(): WorkbookSnapshot {
  const adopted = canonicalSnapshot({ operating: [measure(0.25)], unit: 'mill kr' });
  const { plan } = readPlan(adopted, { defaultStartYear: 2027 });
  const now = canonicalSnapshot({ operating: [measure(0.3)], unit: 'mill kr' });
  return applyEdits(now, planSaveVersion(adopted, plan, { label: 'Vedtatt K-sak 45/2027', date: '2026-12-07' }).edits);
}

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

test('Endringer: an amount that grew is shown «(+0,05)», not «(0,05)», which a finance reader takes for −0,05', async () => {
  await renderPane(new FakePort(planWithVersion()), 'changes');
  await screen.findByText('Endrede tiltak (1)');
  const line = plain(
    [...document.querySelectorAll('ul.tp-changes li')].map((l) => l.textContent).find((t) => t?.startsWith('2027')) ??
      null,
  );
  expect(line).toBe('2027: 0,25 → 0,3 (+0,05)');
  expect(line).not.toMatch(/\(0,05\)/);
});

test('Endringer: an amount that fell is shown «(−0,05)», with the minus sign U+2212', async () => {
  // The other way round, by hand: adopted 0,3, now 0,25: 50 000 kr less.
  const adopted = canonicalSnapshot({ operating: [measure(0.3)], unit: 'mill kr' });
  const { plan } = readPlan(adopted, { defaultStartYear: 2027 });
  const now = canonicalSnapshot({ operating: [measure(0.25)], unit: 'mill kr' });
  const saved = planSaveVersion(adopted, plan, { label: 'Vedtatt K-sak 45/2027', date: '2026-12-07' }).edits;
  await renderPane(new FakePort(applyEdits(now, saved)), 'changes');
  await screen.findByText('Endrede tiltak (1)');
  const line = [...document.querySelectorAll('ul.tp-changes li')]
    .map((l) => plain(l.textContent))
    .find((t) => t.startsWith('2027'));
  expect(line).toBe('2027: 0,3 → 0,25 (\u22120,05)');
});

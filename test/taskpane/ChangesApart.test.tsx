/** @jest-environment jsdom */
/**
 * The pane's Endringer view lists apart what the change report lists apart (docs/spec.md §14): the measures only
 * renumbered and the investments whose one change is the roll's booking to Tidligere bevilget, after the real
 * changes, with a sentence under the summary for each; and between units that round to different steps, that an
 * amount equal after rounding is no change.
 *
 * The roll: the example (2027–2030, 1000 kr) rolled to 2028–2031 and compared with its archive sheet. D-002
 * (Samfunn og tjenester, priority 2 of 1..5) and D-009 (Organisasjon, 4 of 1..6) spent in 2027 only and left, so
 * D-003 3 → 2, D-004 4 → 3, D-005 5 → 4, D-010 5 → 4, D-011 6 → 5: five renumbered, order unchanged. I-001, I-003
 * and I-005 had their 2027 expenditure (3 000, 1 000, 2 500 thousand) added to Tidligere bevilget (0 before): three
 * bookings. Every costed measure has its 2027 (the adopted period only) and its 2031 ≠ 0 (the rolled only: a Varig
 * measure's Helårsvirkning; an investment's 0 is not listed) in a group apart too: D-001 and D-007, which changed in
 * nothing else, make 5 + 3 + 2 = 10 changed, none of them a real change.
 */
import { screen, within } from '@testing-library/react';
import { exampleContent } from '../../src/domain/example/example';
import type { Lang } from '../../src/domain/model/report';
import { readPlan } from '../../src/domain/read/plan';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';
import { applyEdits, EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../src/domain/sheets/version';
import { ct } from '../../src/i18n/compare';
import { reportText } from '../../src/i18n/compareReport';
import { snapshotFromContent } from '../helpers/contentSnapshot';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
const { plan } = readPlan(example, { defaultStartYear: 2027 });
const rolled = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(example, plan, { date: '2027-12-15' }).edits);

/** nb-NO groups digits with no-break spaces: compare with plain ones. */
const plain = (s: string | null | undefined): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The group (a details element) whose summary is `title`. */
const group = (title: string): HTMLElement => {
  const details = screen.getByText(title).closest('details');
  if (!details) throw new Error(`no group ${title}`);
  return details;
};

/** The IDs of a group's measures, in order, each with its change lines. */
const items = (g: HTMLElement): string[][] =>
  [...g.querySelectorAll('li.tp-item')].map((li) => [
    li.querySelector('strong')?.textContent ?? '',
    ...[...li.querySelectorAll('ul.tp-changes li')].map((l) => plain(l.textContent)),
  ]);

describe('ChangesView after a roll: renumberings and bookings apart', () => {
  it('nb: the two sentences, no real change, then the five renumbered and the three booked, with figures', async () => {
    await renderPane(new FakePort(rolled), 'changes', { lang: 'nb' });
    await screen.findByRole('status');
    expect(
      screen.getByText(
        '5 av de 10 endrede tiltakene har bare fått nytt prioritetsnummer, utenom at 3 av dem også har beløp i år ' +
          'bare den ene versjonen har: seksjonen er nummerert på nytt, rekkefølgen er den samme. De står for seg ' +
          'etter de andre endringene.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '3 investeringer har bare fått utgiften i årene som gikk ut av perioden (2027) lagt til «Tidligere ' +
          'bevilget», slik en rullering gjør. De står for seg etter de andre endringene.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '8 tiltak har beløp i år bare den ene versjonen har (2027, 2031). De står for seg etter de andre endringene.',
      ),
    ).toBeTruthy();
    // Endrede tiltak lists none of the ten: each is apart.
    const changed = group('Endrede tiltak (0)');
    expect(within(changed).getByText('Ingen, utenom de som står for seg nedenfor.')).toBeTruthy();
    // D-003, D-005 and D-011 also have amounts in 2027 and 2031 (below): no «Bare» in the heading, the note says so.
    const renumbered = group('Nytt prioritetsnummer (seksjonen nummerert på nytt) (5)');
    expect(
      within(renumbered).getByText(
        /^Prioriteten er det eneste som er endret, utenom beløp i år bare den ene versjonen har for 3 av tiltakene /,
      ),
    ).toBeTruthy();
    expect(items(renumbered)).toEqual([
      ['D-003', 'Prioritet: 3 → 2'],
      ['D-004', 'Prioritet: 4 → 3'],
      ['D-005', 'Prioritet: 5 → 4'],
      ['D-010', 'Prioritet: 5 → 4'],
      ['D-011', 'Prioritet: 6 → 5'],
    ]);
    const carried = group('Bare utgiften fra årene som gikk ut, lagt til «Tidligere bevilget» (3)');
    expect(
      within(carried).getByText(/Den utgiften står også under «Beløp i år bare den ene versjonen har»/),
    ).toBeTruthy();
    // In 1000 kr, the change signed (docs/spec.md §14): 0 → 3 000 (+3 000), 0 → 1 000, 0 → 2 500.
    expect(items(carried)).toEqual([
      ['I-001', 'Tidligere bevilget: 0 → 3 000 (+3 000)'],
      ['I-003', 'Tidligere bevilget: 0 → 1 000 (+1 000)'],
      ['I-005', 'Tidligere bevilget: 0 → 2 500 (+2 500)'],
    ]);
    // The years one version only holds, «–» on the other side and no difference: 2027 as the example has it, 2031
    // at Helårsvirkning (D-001 2 400, D-003 700, D-005 800, D-007 150, D-011 200), the investments' 2027 only.
    const oneSided = group('Beløp i år bare den ene versjonen har (8)');
    expect(
      within(oneSided).getByText(
        /Tomme celler, 0 og tekst som ikke er et beløp \(«\?», «----»\) i slike år er ikke med\./,
      ),
    ).toBeTruthy();
    expect(items(oneSided)).toEqual([
      ['D-001', '2027: 600 → –', '2031: – → 2 400'],
      ['D-003', '2027: 350 → –', '2031: – → 700'],
      ['D-005', '2027: 400 → –', '2031: – → 800'],
      ['D-007', '2027: 150 → –', '2031: – → 150'],
      ['D-011', '2027: 200 → –', '2031: – → 200'],
      ['I-001', '2027: 3 000 → –'],
      ['I-003', '2027: 1 000 → –'],
      ['I-005', '2027: 2 500 → –'],
    ]);
    // After the real changes, in the report's order: changed, renumbered, booked, one version's years.
    expect(changed.compareDocumentPosition(renumbered) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(renumbered.compareDocumentPosition(carried) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(carried.compareDocumentPosition(oneSided) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // 1000 kr on both sides: nothing said of rounding.
    expect(screen.queryByText(/står avrundet til nærmeste/)).toBeNull();
  });

  it.each(['nn', 'en'] as const)('%s: the same groups in the report’s words', async (lang: Lang) => {
    await renderPane(new FakePort(rolled), 'changes', { lang });
    await screen.findByRole('status');
    const also = reportText('renumberedAlsoSome', lang, { count: 3 });
    expect(screen.getByText(reportText('renumberedSummary', lang, { renumbered: 5, changed: 10, also }))).toBeTruthy();
    expect(screen.getByText(reportText('carriedSummary', lang, { count: 3, years: '2027' }))).toBeTruthy();
    expect(
      within(group(`${ct(lang, 'changed')} (0)`)).getByText(reportText('changedOnlyRenumbered', lang)),
    ).toBeTruthy();
    expect(items(group(`${reportText('renumbered', lang, { alsoOneSided: 3 })} (5)`)).map(([id]) => id)).toEqual([
      'D-003',
      'D-004',
      'D-005',
      'D-010',
      'D-011',
    ]);
    expect(items(group(`${reportText('carried', lang)} (3)`)).map(([id]) => id)).toEqual(['I-001', 'I-003', 'I-005']);
    expect(screen.getByText(reportText('oneSidedSummary', lang, { count: 8, years: '2027, 2031' }))).toBeTruthy();
    expect(items(group(`${reportText('oneSided', lang)} (8)`))[0]).toEqual([
      'D-001',
      '2027: 600 → –',
      '2031: – → 2 400',
    ]);
  });
});

describe('ChangesView between units that round to different steps', () => {
  it('kr then 1000 kr: amounts equal after rounding are no change, and a sentence says so', async () => {
    // The version, in kr: D-001 600 432 / 1 199 800 / 1 800 000 / 2 400 000. Now in 1000 kr: 600 / 1 200 /
    // 1 800 / 2 500. 600 432 rounds to 600 thousand, 1 199 800 to 1 200: the same; 2030 grew by 100 thousand.
    const inKr = {
      ...{ '2027': 600_432, '2028': 1_199_800, '2029': 1_800_000, '2030': 2_400_000 },
      ...{ Helårsvirkning: 2_400_000, 'Nye midler': 2_400_000 },
    };
    const adopted = canonicalSnapshot({ operating: [operatingRow(inKr)], unit: 'kr' });
    const { plan: old } = readPlan(adopted, { defaultStartYear: 2027 });
    const now = applyEdits(
      canonicalSnapshot({ operating: [operatingRow({ '2030': 2500 })], unit: '1000 kr' }),
      planSaveVersion(adopted, old, { label: 'Vedtatt', date: '2026-12-10' }).edits,
    );
    await renderPane(new FakePort(now), 'changes', { lang: 'nb' });
    await screen.findByText('Endrede tiltak (1)');
    const changed = group('Endrede tiltak (1)');
    expect(items(changed)).toEqual([['D-001', '2030: 2 400 → 2 500 (+100)']]);
    expect(
      screen.getByText(
        (_, el) =>
          el?.children.length === 0 &&
          plain(el.textContent) ===
            'Et beløp fra versjonen i kr som står avrundet til nærmeste 1 000 kr i versjonen i 1000 kr, er regnet ' +
              'som det samme beløpet, ikke som en endring. Den delen av endringen i en sum per år som bare er denne ' +
              'avrundingen, står under «Herav avrunding».',
      ),
    ).toBeTruthy();
    // Driftskostnad, in 1000 kr: 2027 600 432 → 600 000, Δ −432 kr, all of it rounding; 2028 1 199 800 →
    // 1 200 000, Δ +200 kr, rounding; 2029 the same; 2030 2 400 000 → 2 500 000, Δ 100 000 kr, no rounding.
    const table = screen.getByRole('table', { name: ct('nb', 'operating') });
    const cells = [...table.querySelectorAll('tr')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => plain(c.textContent)),
    );
    expect(cells).toEqual([
      ['År', 'Før', 'Nå', 'Endring', 'Herav avrunding'],
      ['2027', '600,432', '600', '−0,432', '−0,432'],
      ['2028', '1 199,8', '1 200', '+0,2', '+0,2'],
      ['2029', '1 800', '1 800', '0', ''],
      ['2030', '2 400', '2 500', '+100', ''],
    ]);
    // New money per frame: D-001 is all new money in frame 2, so the same figures under frame 2, which moved
    // (2030 by 100 000 kr, more than rounding).
    const frames = screen.getByRole('table', { name: ct('nb', 'byFrame') });
    const frameRows = [...frames.querySelectorAll('tr')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => plain(c.textContent)),
    );
    expect(frameRows).toEqual([
      ['Rammeområde', 'År', 'Før', 'Nå', 'Endring', 'Herav avrunding'],
      ['2', '2027', '600,432', '600', '−0,432', '−0,432'],
      ['', '2028', '1 199,8', '1 200', '+0,2', '+0,2'],
      ['', '2029', '1 800', '1 800', '0', ''],
      ['', '2030', '2 400', '2 500', '+100', ''],
    ]);
  });
});

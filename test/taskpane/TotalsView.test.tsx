/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { kr } from '../../src/domain/model/money';
import { formatAmount } from '../../src/domain/model/norwegianNumber';
import { tp } from '../../src/i18n/taskpane';
import { buildBars } from '../../src/taskpane/views/chartData';
import { canonicalSnapshot } from '../helpers/workbook';
import { economyLine, FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const amount = (thousands: number) => formatAmount(kr(thousands * 1000), '1000 kr');

describe('TotalsView', () => {
  it('says which plan years have no column when Første planår is typed past the year headers (w115)', async () => {
    // Første planår 2028, the headers still 2027–2030: 2031 has no column in either measure table, so its 0 is not
    // read; the view says so as Sammendrag does (by hand: the years without a column are 2031 alone).
    const typed = canonicalSnapshot({ operating: [operatingRow()], settings: { 'Første planår': 2028 } });
    await renderPane(new FakePort(typed), 'totals');
    expect(
      screen.getByText(
        'Årskolonnene stemmer ikke med planperioden (se kontrollen): 2031 har ingen egen kolonne og står som 0 uten ' +
          'å være lest, og beløp i en årskolonne utenfor perioden er ikke med.',
      ),
    ).toBeTruthy();
  });

  it('names two years without a column as Sammendrag does: «2031 og 2032», not «2031, 2032»', async () => {
    // Første planår 2029, the headers 2027–2030: the plan years 2031 and 2032 have no column (by hand).
    const typed = canonicalSnapshot({ operating: [operatingRow()], settings: { 'Første planår': 2029 } });
    await renderPane(new FakePort(typed), 'totals');
    expect(screen.getByText(/: 2031 og 2032 har ingen egen kolonne og står som 0 uten å være lest,/)).toBeTruthy();
  });

  it('says nothing of the kind when the year headers are the period', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'totals');
    expect(screen.queryByText(/Årskolonnene stemmer ikke/)).toBeNull();
  });

  it('shows the operating totals per year and for the period, in the workbook unit', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'totals');
    const table = screen.getByRole('table', { name: tp('nb', 'totalsPerYear') });
    const rows = within(table).getAllByRole('row');
    const cells = within(rows[1] as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      tp('nb', 'totalsOperating'),
      amount(600),
      amount(1200),
      amount(1800),
      amount(2400),
      amount(6000),
    ]);
  });

  describe('new money: the period sum of the years under Sum periode, the Nye midler column total under its own label', () => {
    // Miljøteam 600/1 200/1 800/2 400 (Nye midler 2 400 of 2 400) and a second measure 100/200/300/350 (Nye midler
    // 350 of 350), both in R3: new money per year 700/1 400/2 100/2 750, period 6 950; column Nye midler 2 750.
    const snapshot = () =>
      canonicalSnapshot({
        operating: [
          operatingRow({ Rammeområde: 'R3' }),
          operatingRow({
            ID: 'D-002',
            Prioritet: 2,
            '2027': 100,
            '2028': 200,
            '2029': 300,
            '2030': 350,
            Helårsvirkning: 350,
            'Nye midler': 350,
            Rammeområde: 'R3',
          }),
        ],
      });
    const cellsOf = (name: string, row: number) =>
      within(within(screen.getByRole('table', { name })).getAllByRole('row')[row] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);

    it('Summer per år: the row Nye midler adds up to 6 950', async () => {
      await renderPane(new FakePort(snapshot()), 'totals');
      expect(cellsOf(tp('nb', 'totalsPerYear'), 2)).toEqual([
        tp('nb', 'newMoney'),
        amount(700),
        amount(1400),
        amount(2100),
        amount(2750),
        amount(6950),
      ]);
      const sources = within(screen.getByRole('table', { name: tp('nb', 'source') })).getAllByRole('row');
      const newMoney = sources.map((r) => r.textContent ?? '').find((t) => t.startsWith('Nye midler'));
      expect(newMoney).toBe(`Nye midler${amount(2750)}`);
    });

    it('per Rammeområde: R3 has 6 950 for the period and 2 750 under Nye midler', async () => {
      await renderPane(new FakePort(snapshot()), 'totals');
      expect(cellsOf(tp('nb', 'byFrame'), 1)).toEqual([
        'R3',
        amount(700),
        amount(1400),
        amount(2100),
        amount(2750),
        amount(6950),
        amount(2750),
      ]);
    });
  });

  // The glossary's rule (src/i18n/glossary.ts): a column of a workbook column's amounts is headed by its header in
  // every language, as the financing sources always were: «Helårsvirkning» beside «Nye midler» in nn and en too.
  // Under the sources, what they add up to: the financing base, naming the two columns it is taken from.
  const baseLabel = {
    nn: 'Finansieringsgrunnlag (Helårsvirkning / Sum periode)',
    en: 'Financing base (Helårsvirkning / Sum periode)',
  } as const;
  it.each(['nn', 'en'] as const)('%s: the workbook columns by their headers', async (lang) => {
    const snapshot = canonicalSnapshot({ operating: [operatingRow({ Rammeområde: 'R3' })] });
    await renderPane(new FakePort(snapshot), 'totals', { lang });
    const sources = within(screen.getByRole('table', { name: tp(lang, 'source') })).getAllByRole('row');
    const labels = sources.slice(1).map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(labels).toEqual(['Felles tiltak', 'Endret drift', 'Annen finansiering', 'Nye midler', baseLabel[lang]]);
    const heads = (name: string) =>
      within(screen.getByRole('table', { name }))
        .getAllByRole('columnheader')
        .map((c) => c.textContent);
    expect(heads(tp(lang, 'bySection')).slice(1)).toEqual(['Sum periode', 'Helårsvirkning', 'Nye midler']);
    expect(heads(tp(lang, 'byFrame')).slice(-2)).toEqual(['Sum periode', 'Nye midler']);
  });

  it('says under the frames which measure without Rammeområde Avstemming counts in its line’s frame', async () => {
    // D-001 without Rammeområde; its economy plan line has frame 2: Avstemming counts it in 2, this table under
    // «(uten rammeområde)» (600 / 1 200 / 1 800 / 2 400), as Sammendrag does.
    const snapshot = canonicalSnapshot({
      operating: [operatingRow({ Rammeområde: null })],
      economyPlan: [economyLine({ Rammeområde: '2' })],
    });
    await renderPane(new FakePort(snapshot), 'totals');
    const rows = within(screen.getByRole('table', { name: tp('nb', 'byFrame') })).getAllByRole('row');
    expect(rows[1]?.textContent).toBe(`(uten rammeområde)${[600, 1200, 1800, 2400, 6000, 2400].map(amount).join('')}`);
    expect(
      screen.getByText(
        '«(uten rammeområde)» har tiltak som Avstemming regner med i rammeområdet linjen i økonomiplanen har: ' +
          'D-001 (2). Skriv rammeområdet i Rammeområde på tiltaket, så viser Sammendrag og Avstemming det samme.',
      ),
    ).toBeTruthy();
  });

  it('draws one bar per plan year in an accessible chart', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'totals');
    const chart = screen.getByRole('img', { name: tp('nb', 'chartTitle') });
    expect(chart.querySelectorAll('g')).toHaveLength(4);
  });

  it('shows the investment table by section with Kostnadsramme, and its sources', async () => {
    // I-001 in Samfunn og tjenester: 1 000 and 2 000 in 2027–2028, Kostnadsramme 3 000, all of it Lån (by hand: the
    // total row and the section row alike 1 000 / 2 000 / 0 / 0 / 3 000; Lån 3 000, every other source 0).
    const project = {
      ID: 'I-001',
      Seksjon: 'Samfunn og tjenester',
      Prioritet: 1,
      Tiltak: 'Boliger',
      Kostnadsstatus: 'Beregnet',
      Prosjektnr: 'P-100',
      Kostnadsramme: 3000,
      '2027': 1000,
      '2028': 2000,
      Lån: 3000,
    };
    await renderPane(new FakePort(canonicalSnapshot({ investment: [project] })), 'totals');
    const rowsOf = (name: string) =>
      within(screen.getByRole('table', { name }))
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        );
    const years = [amount(1000), amount(2000), amount(0), amount(0), amount(3000)];
    expect(rowsOf('Investering')).toEqual([
      ['Investering', ...years],
      ['Samfunn og tjenester', ...years],
    ]);
    expect(rowsOf('Investering – Finansiering')).toContainEqual(['Lån', amount(3000)]);
    expect(rowsOf('Investering – Finansiering')).toContainEqual(['Tilskudd', amount(0)]);
  });

  it.each([
    { name: 'all new money', fin: [0, 0, 0, 2400], year: 600, parts: [0, 0, 0, 600_000] },
    { name: 'half reallocated', fin: [0, 1200, 0, 1200], year: 600, parts: [0, 300_000, 0, 300_000] },
  ])('splits each bar over the financing sources: $name', ({ fin, year, parts }) => {
    const money = (n: number) => kr(n * 1000);
    const all = {
      years: { '2027': money(year) },
      period: money(year),
      fullYear: money(2400),
      financing: {
        joint: money(fin[0]!),
        reallocation: money(fin[1]!),
        other: money(fin[2]!),
        newMoney: money(fin[3]!),
      },
      newMoneyByYear: {},
    };
    const [bar] = buildBars(all, [2027]);
    expect(bar?.parts).toEqual(parts);
    expect(bar?.parts.reduce((a, b) => a + b, 0)).toBe(year * 1000);
  });
});

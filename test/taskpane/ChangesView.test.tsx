/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { kr } from '../../src/domain/model/money';
import { formatAmount } from '../../src/domain/model/norwegianNumber';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { readPlan } from '../../src/domain/read/plan';
import { applyEdits } from '../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../src/domain/sheets/version';
import { ct } from '../../src/i18n/compare';
import { UnreadableWorkbookError } from '../../src/workbook/xlsx/unreadable';
import type { CompareFiles } from '../../src/taskpane/views/ChangesView';
import type { ReadScope } from '../../src/workbook/port';
import { canonicalSnapshot, setCell, withSavedVersion } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane, selections } from './renderPane';

const thousands = (n: number) => formatAmount(kr(n * 1000), '1000 kr');

/** D-002: 100 a year, all new money. */
const d2 = operatingRow({
  ID: 'D-002',
  Prioritet: 2,
  Tiltak: 'Boveileder',
  ...{ '2027': 100, '2028': 100, '2029': 100, '2030': 100, Helårsvirkning: 100, 'Nye midler': 100 },
});
/** D-003: new, not costed yet. */
const d3 = operatingRow({
  ID: 'D-003',
  Prioritet: 3,
  Tiltak: 'Husvert',
  Kostnadsstatus: 'Må utredes',
  ...{ '2027': null, '2028': null, '2029': null, '2030': null, Helårsvirkning: null, 'Nye midler': null },
});

const adopted = canonicalSnapshot({ operating: [operatingRow(), d2] });
/** Since the version "Vedtatt" was saved: D-001 costs 1 500 in 2028, D-002 is gone, D-003 is new. */
const now = canonicalSnapshot({ operating: [operatingRow({ '2028': 1500 }), d3] });

const rowCells = (table: HTMLElement, year: string) =>
  within(table)
    .getAllByRole('row')
    .map((r) =>
      within(r)
        .queryAllByRole('cell')
        .map((c) => c.textContent),
    )
    .find((cells) => cells[0] === year);

describe('ChangesView', () => {
  it('compares the open plan with its latest saved version: new, removed and changed, grouped', async () => {
    await renderPane(new FakePort(withSavedVersion(adopted, now)), 'changes');
    expect(screen.getByRole('combobox', { name: ct('nb', 'compareWith') })).toHaveProperty('value', 'sheet:Versjon 1');
    for (const [key, count] of [
      ['added', 1],
      ['removed', 1],
      ['changed', 1],
    ] as const)
      expect(screen.getByText(`${ct('nb', key)} (${count})`)).toBeTruthy();
    expect(screen.getByText('Husvert')).toBeTruthy();
    expect(screen.getByText('Boveileder')).toBeTruthy();
  });

  it('finds the version in a versions read: the other scopes list its sheet without cells, as the adapters do', async () => {
    class ScopedPort extends FakePort {
      override async read(scope: ReadScope = 'check'): Promise<WorkbookSnapshot> {
        const snap = await super.read(scope);
        if (scope === 'versions') return snap;
        const sheets = snap.sheets.map((s) => (s.sheet === 'Versjon 1' ? { ...s, values: [] } : s));
        return { ...snap, sheets };
      }
    }
    const port = new ScopedPort(withSavedVersion(adopted, now));
    await renderPane(port, 'changes');
    // The combobox shows before the versions read ends: wait for its value, not for the element.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: ct('nb', 'compareWith') })).toHaveProperty(
        'value',
        'sheet:Versjon 1',
      ),
    );
    expect(port.scopes).toContain('versions');
  });

  it('selects the changed cell of a changed measure in the workbook', async () => {
    const port = new FakePort(withSavedVersion(adopted, now));
    await renderPane(port, 'changes');
    // 2028 is column I of tblTiltakDrift (ID A … Kostnadsstatus G, 2027 H); D-001 stands in row 2.
    await userEvent.click(screen.getByRole('button', { name: `${ct('nb', 'goToMeasure', { id: 'D-001' })} (I2)` }));
    expect(selections(port)).toEqual(['Tiltak drift!I2']);
  });

  it('shows new money old/new/Δ per year and a bar per year', async () => {
    await renderPane(new FakePort(withSavedVersion(adopted, now)), 'changes');
    const table = screen.getByRole('table', { name: ct('nb', 'newMoney') });
    // 2028: D-001 1 200 + D-002 100 before; D-001 1 500 now (D-003 is not costed).
    expect(rowCells(table, '2028')).toEqual(['2028', thousands(1300), thousands(1500), `+${thousands(200)}`]);
    expect(rowCells(table, '2027')).toEqual(['2027', thousands(700), thousands(600), thousands(-100)]);
    const chart = screen.getByRole('img', { name: ct('nb', 'chartTitle') });
    expect(chart.querySelectorAll('rect')).toHaveLength(4);
  });

  it('shows new money per Rammeområde old/new/Δ per year, as the change report does (SPEC §14)', async () => {
    await renderPane(new FakePort(withSavedVersion(adopted, now)), 'changes');
    const table = screen.getByRole('table', { name: ct('nb', 'byFrame') });
    // Frame 2 before: D-001 600/1 200/1 800/2 400 + D-002 100 a year; now D-001 alone, 1 500 in 2028.
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['2', '2027', thousands(700), thousands(600), thousands(-100)],
      ['', '2028', thousands(1300), thousands(1500), `+${thousands(200)}`],
      ['', '2029', thousands(1900), thousands(1800), thousands(-100)],
      ['', '2030', thousands(2500), thousands(2400), thousands(-100)],
    ]);
  });

  it('names the years only one version holds (a rolled plan against its archive)', async () => {
    // The same plan one year on: 2028–2031 now, 2027–2030 in the version.
    const rolled = canonicalSnapshot({
      startYear: 2028,
      operating: [operatingRow({ '2031': 2400, '2028': 1500 })],
    });
    await renderPane(new FakePort(withSavedVersion(adopted, rolled)), 'changes');
    expect(screen.getByText(ct('nb', 'yearsOnlyOld', { years: '2027' }))).toBeTruthy();
    expect(screen.getByText(ct('nb', 'yearsOnlyNew', { years: '2031' }))).toBeTruthy();
  });

  it('says so when the workbook has no saved version, and offers no file in Excel', async () => {
    await renderPane(new FakePort(now), 'changes');
    expect(screen.getByText(ct('nb', 'noVersions'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: ct('nb', 'openOther') })).toBeNull();
  });

  it('in a plain browser compares with a second file and downloads the report', async () => {
    const files: CompareFiles = { read: jest.fn(async () => adopted), downloadReport: jest.fn(async () => undefined) };
    await renderPane(new FakePort(now), 'changes', { compareFiles: files });
    const file = new File(['x'], 'vedtatt.xlsx');
    await userEvent.upload(screen.getByTestId('compare-file-input'), file);
    expect(await screen.findByText(`${ct('nb', 'changed')} (1)`)).toBeTruthy();
    expect(files.read).toHaveBeenCalledWith(file);
    await userEvent.click(screen.getByRole('button', { name: ct('nb', 'downloadHtml') }));
    const [diff, lang, workbook] = (files.downloadReport as jest.Mock).mock.calls[0] as [
      { old: { label: string } },
      string,
      string,
    ];
    expect([diff.old.label, lang, workbook]).toEqual(['vedtatt.xlsx', 'nb', 'test.xlsx']);
  });
});

describe('ChangesView: a second file that does not open', () => {
  it('says why, then that this file, by name, could not be read, once', async () => {
    const old = new UnreadableWorkbookError('old-xls', 'an old .xls workbook');
    const files: CompareFiles = { read: jest.fn(async () => Promise.reject(old)), downloadReport: jest.fn() };
    await renderPane(new FakePort(now), 'changes', { compareFiles: files });
    await userEvent.upload(screen.getByTestId('compare-file-input'), new File(['x'], 'vedtatt.xlsx'));
    expect(
      await screen.findByText(
        'Gammelt .xls-format; lagre den som .xlsx i Excel. ' +
          'Filen «vedtatt.xlsx» kunne ikke leses som en Excel-arbeidsbok (.xlsx). Velg en annen fil.',
      ),
    ).toBeTruthy();
  });
});

// compare refuses a workbook that is no plan (cli/commands/compare.ts); the pane compared it as a plan without
// measures, every measure of the open plan «added». Finance's economy plan (new --economy-plan: Innstillinger and
// tblOkonomiplan only) is said to be one, with where a plan is reconciled against it.
describe('ChangesView: a second file that is no plan', () => {
  const open = async (other: WorkbookSnapshot) => {
    const files: CompareFiles = { read: jest.fn(async () => other), downloadReport: jest.fn() };
    await renderPane(new FakePort(now), 'changes', { compareFiles: files });
    await userEvent.upload(screen.getByTestId('compare-file-input'), new File(['x'], 'okonomiplan.xlsx'));
  };
  const only = (wb: WorkbookSnapshot, sheet: string) => ({
    ...wb,
    sheets: wb.sheets.filter((s) => s.sheet !== sheet),
    tables: wb.tables.filter((t) => t.sheet !== sheet),
  });

  it('an economy plan: says it is one, not a plan, compares nothing', async () => {
    await open(only(only(canonicalSnapshot({}), 'Tiltak drift'), 'Tiltak investering'));
    expect(
      await screen.findByText(
        'okonomiplan.xlsx er en økonomiplan, ikke en tiltaksplan: den har økonomiplantabellen, men ingen tabell over ' +
          'driftstiltak eller investeringstiltak. Endringer sammenligner to versjoner av samme tiltaksplan. Vil du ' +
          'avstemme planer mot økonomiplanen, bruk «Åpne flere planer».',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(`${ct('nb', 'added')} (2)`)).toBeNull();
    expect(screen.queryByRole('button', { name: ct('nb', 'downloadHtml') })).toBeNull();
  });

  it('a workbook with neither measure table nor economy plan: says it holds no measures table', async () => {
    const none = only(only(only(canonicalSnapshot({}), 'Tiltak drift'), 'Tiltak investering'), 'Økonomiplan');
    await open(none);
    expect(await screen.findByText(/^okonomiplan\.xlsx: finner ingen tiltakstabell/)).toBeTruthy();
    expect(screen.queryByText(`${ct('nb', 'added')} (2)`)).toBeNull();
  });
});

describe('ChangesView with amount cells that hold no amount', () => {
  /** The change lines of the measure `id` in the Endringer view, digits grouped with plain spaces. */
  const changeLines = (id: string): string[] =>
    [...(screen.getByText(id).closest('li')?.querySelectorAll('ul.tp-changes li') ?? [])].map((l) =>
      (l.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '),
    );
  const warningText =
    'test.xlsx: 1 beløpscelle er ikke et beløp og teller som 0 i summene per år (Tiltak drift!I2). I listen over ' +
    'endringer står en tekst (som «?») slik den er skrevet, alt annet som 0. Se Kontroll for hvorfor.';

  it('warns that they count as 0, naming the cells, so a #REF! is not read as a real cut', async () => {
    // D-001's 2028 (I2) is #REF! now: it counts 0, which the diff shows as 1 200 → 0 (−1 200).
    const broken = canonicalSnapshot({ operating: [operatingRow({ '2028': { error: '#REF!' } })] });
    await renderPane(new FakePort(withSavedVersion(adopted, broken)), 'changes');
    expect(screen.getByText(warningText)).toBeTruthy();
    expect(changeLines('D-001')).toContain('2028: 1 200 → 0 (−1 200)');
    // The version holds its values as saved: nothing to warn of there.
    expect(screen.getAllByText(/teller som 0 i summene per år/)).toHaveLength(1);
  });

  it('a «?» typed for 2028: the list shows it as typed, and the warning says 0 only of the totals', async () => {
    // D-001's 2028 (I2) was 1 200 and is «?» now: listed 1 200 → ?, not 1 200 → 0, and with no change figure:
    // a Δ against a cost not known is no number (the totals count it as 0, as the warning says), not −1 200.
    const unknown = canonicalSnapshot({ operating: [operatingRow({ '2028': '?' })] });
    await renderPane(new FakePort(withSavedVersion(adopted, unknown)), 'changes');
    expect(screen.getByText(warningText)).toBeTruthy();
    expect(changeLines('D-001')).toContain('2028: 1 200 → ?');
    expect(changeLines('D-001').join('\n')).not.toMatch(/−1 200|\(/);
  });
  it('warns of a cell of the saved version too, naming it there: a user unhid the version and typed a note', async () => {
    // Versjon 1: header A2:B11, blank row 12, title A13, headers row 14, D-001 in row 15; 2028 is column I.
    const noted = setCell(withSavedVersion(adopted, now), 'Versjon 1', 'I15', 'se sak 12/27');
    await renderPane(new FakePort(noted), 'changes');
    expect(
      screen.getByText(
        'Vedtatt: 1 beløpscelle i den lagrede versjonen er ikke et beløp og teller som 0 i summene per år ' +
          '(Versjon 1!I15). I listen over endringer står en tekst (som «?») slik den er skrevet, alt annet som 0.',
      ),
    ).toBeTruthy();
  });
});

describe('ChangesView when the period is not the year columns', () => {
  it('warns as the command line does: 2028 typed in Første planår with the columns still 2027–2030, no roll', async () => {
    // The comparison goes by 2028–2031: the open plan's 2027 column is not read, and 2031 has no column, so
    // its amounts read as empty — figures the workbook does not hold. The version (2027–2030) is not in doubt.
    const typed = canonicalSnapshot({
      operating: [operatingRow({ '2028': 1500 }), d3],
      settings: { 'Første planår': 2028 },
    });
    await renderPane(new FakePort(withSavedVersion(adopted, typed)), 'changes');
    expect(
      screen.getByText(
        'test.xlsx: Årskolonnene stemmer ikke med planperioden: forventet 2028, 2029, 2030 og 2031, fant 2027, ' +
          '2028, 2029 og 2030. Rett overskriftene eller Første planår / Antall planår. Beløpene per år i tabellen ' +
          'kontrolleres og avstemmes når overskriftene stemmer. (Tiltak drift!H1, ' +
          'Tiltak investering!K1, Økonomiplan!G1) Sammenligningen bruker planperioden 2028–2031; et år uten ' +
          'egen kolonne er ikke sammenlignet. Se Kontroll.',
      ),
    ).toBeTruthy();
    expect(screen.getAllByText(/Sammenligningen bruker planperioden/)).toHaveLength(1);
  });
});

describe('ChangesView with a measure moved between the tables', () => {
  it('shows it once among the changed, saying it moved, with its money differences, and goes to its new row', async () => {
    // D-002 (drift, priority 2, 100 a year, full year 100, all new money) is now the one project in investering:
    // priority 1, same years, Kostnadsramme 400 financed by a loan, Formål Annet.
    const project = {
      ...{ ID: 'D-002', Seksjon: 'Samfunn og tjenester', Prioritet: 1, Tiltak: 'Boveileder' },
      ...{ Kostnadsstatus: 'Beregnet', Prosjektnr: 'P-102', Formål: 'Annet', Kostnadsramme: 400 },
      ...{ '2027': 100, '2028': 100, '2029': 100, '2030': 100, Lån: 400 },
      ...{ Ansvarlig: 'Leder boligkontor', 'Berørte planområder': 'Oppvekst', Rammeområde: '2' },
    };
    const port = new FakePort(
      withSavedVersion(adopted, canonicalSnapshot({ operating: [operatingRow()], investment: [project] })),
    );
    await renderPane(port, 'changes');
    for (const [key, count] of [
      ['added', 0],
      ['removed', 0],
      ['changed', 1],
    ] as const)
      expect(screen.getByText(`${ct('nb', key)} (${count})`)).toBeTruthy();
    const item = screen.getByText('Boveileder').closest('li') as HTMLElement;
    const lines = within(item)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/[\u00a0\u202f]/g, ' '));
    expect(lines).toEqual([
      'Tabell: Drift → Investering',
      'Prioritet: 2 → 1',
      'Prosjektnr: (tom) → P-102',
      'Formål: (tom) → Annet',
      'Kostnadsramme: (tom) → 400 (+400)',
      'Lån: (tom) → 400 (+400)',
      'Type: Varig → (tom)',
      'Helårsvirkning: 100 → (tom) (−100)',
      'Nye midler: 100 → (tom) (−100)',
    ]);
    // Its first changed field, Prioritet, is column C of tblTiltakInvestering; the project stands in row 2.
    await userEvent.click(
      within(item).getByRole('button', { name: `${ct('nb', 'goToMeasure', { id: 'D-002' })} (C2)` }),
    );
    expect(selections(port)).toEqual(['Tiltak investering!C2']);
  });
});

describe('ChangesView: settings changed since the saved version', () => {
  it('says beside the summary that Økonomiplanversjon and Toleranse changed (1 and 5 in 1000 kr)', async () => {
    const settings = (tolerance: number, version: string) => ({ Toleranse: tolerance, Økonomiplanversjon: version });
    const old = canonicalSnapshot({ operating: [operatingRow()], settings: settings(1, 'ØP 2027–2030 vedtatt') });
    const { plan } = readPlan(old, { defaultStartYear: 2027 });
    const current = canonicalSnapshot({ operating: [operatingRow()], settings: settings(5, 'ØP 2027–2030 rev. juni') });
    const wb = applyEdits(current, planSaveVersion(old, plan, { label: 'Vedtatt', date: '2026-12-10' }).edits);
    await renderPane(new FakePort(wb), 'changes');
    expect(
      await screen.findByText('Økonomiplanversjon er endret fra «ØP 2027–2030 vedtatt» til «ØP 2027–2030 rev. juni».'),
    ).toBeTruthy();
    expect(screen.getByText('Toleranse er endret fra 1 til 5 (1000 kr).')).toBeTruthy();
    expect(screen.queryByText(ct('nb', 'nothing'))).toBeNull();
  });
});

describe('ChangesView with no year in both versions', () => {
  it('says no amount was compared, and names no frame "unchanged in the years both versions hold" (there are none)', async () => {
    // The version holds 2027–2030 (frame 2: D-001 and D-002's new money); the workbook 2031–2034, the same rows
    // with the year columns headed anew.
    const later = canonicalSnapshot({
      startYear: 2031,
      operating: [operatingRow(), d2].map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [/^20\d\d$/.test(k) ? String(Number(k) + 4) : k, v])),
      ),
    });
    await renderPane(new FakePort(withSavedVersion(adopted, later)), 'changes');
    expect(await screen.findByText('Ingen år finnes i begge versjonene, så ingen beløp er sammenlignet.')).toBeTruthy();
    expect(screen.queryByText(/Uendret i årene begge versjonene har/)).toBeNull();
  });
});

/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  applyEdits,
  exampleContent,
  planEconomyPlanWorkbook,
  planWorkbook,
  type WorkbookSnapshot,
} from '../../src/domain';
import { EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { kt } from '../../src/i18n/consolidation';
import { tp } from '../../src/i18n/taskpane';
import { ConsolidationView } from '../../src/taskpane/browser/ConsolidationView';
import { UnreadableWorkbookError } from '../../src/workbook/xlsx/unreadable';
import { HELSE, KOMMUNE_FILES } from '../../scripts/kommune';

const SNAPSHOTS: ReadonlyMap<string, WorkbookSnapshot> = new Map([
  ...KOMMUNE_FILES.map((f): [string, WorkbookSnapshot] => [
    f.file,
    applyEdits(EMPTY_WORKBOOK, f.economy ? planEconomyPlanWorkbook(f.content) : planWorkbook(f.content)),
  ]),
  // Helse og omsorg without its Plannavn (plan-name-missing).
  [
    'uten-navn.xlsx',
    applyEdits(EMPTY_WORKBOOK, planWorkbook({ ...HELSE, settings: { ...HELSE.settings, planName: '' } })),
  ],
  // Helse og omsorg a year later, under another name (period-mismatch).
  [
    'senere.xlsx',
    applyEdits(
      EMPTY_WORKBOOK,
      planWorkbook({
        ...HELSE,
        settings: { ...HELSE.settings, planName: 'Senere plan', startYear: HELSE.settings.startYear + 1 },
      }),
    ),
  ],
  // The example plan: its own Økonomiplan sheet holds its lines.
  ['eksempel.xlsx', applyEdits(EMPTY_WORKBOOK, planWorkbook(exampleContent({ startYear: 2027 })))],
]);
const read = (file: File) => Promise.resolve(SNAPSHOTS.get(file.name) ?? EMPTY_WORKBOOK);
const xlsx = (name: string) => new File(['x'], name);
/** A chosen file of these bytes. */
const withBytes = (text: string, name: string) => new File([text], name);

// jsdom's File has no arrayBuffer (a browser's has): read through its FileReader, as the browser would give them.
beforeAll(() => {
  if (typeof File.prototype.arrayBuffer === 'function') return;
  File.prototype.arrayBuffer = function (this: File) {
    return new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  };
});

describe('ConsolidationView (SPEC §15)', () => {
  it('checks two plans against the economy plan and shows the frame they overrun together', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="nb" read={read} />
      </FluentProvider>,
    );
    const run = screen.getByRole('button', { name: tp('nb', 'reconcilePlans') });
    expect(run.hasAttribute('disabled')).toBe(true);
    await user.upload(screen.getByTestId('plans-input'), [xlsx('boligsosial.xlsx'), xlsx('helse.xlsx')]);
    await user.upload(screen.getByTestId('economy-input'), xlsx('okonomiplan.xlsx'));
    await user.click(run);
    await screen.findByRole('heading', { name: kt('nb', 'framesTitle') });
    const frames = screen.getByRole('region', { name: /Rammeområde/ });
    const row2029 = within(frames)
      .getAllByRole('row')
      .find((r) => /R3\s*2029/.test(r.textContent ?? ''));
    // 1 800 (Boligsosial) + 2 000 (Helse) = 3 800 against the Ramme line's 3 500.
    expect(row2029?.textContent).toMatch(/3\s800/);
    expect(row2029?.textContent).toContain('Avvik');
    expect(
      screen.getByText(/passer til D-001 i «Boligsosial handlingsplan» og D-002 i «Helse og omsorg»/),
    ).toBeTruthy();
  });

  it("tells each plan's own errors too, not only the consolidated part's", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="nb" read={read} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('plans-input'), [xlsx('boligsosial.xlsx'), xlsx('helse.xlsx')]);
    await user.upload(screen.getByTestId('economy-input'), xlsx('okonomiplan.xlsx'));
    await user.click(screen.getByRole('button', { name: tp('nb', 'reconcilePlans') }));
    await screen.findByRole('heading', { name: kt('nb', 'framesTitle') });
    // Helse's D-002 (Ref. 14) has no line of its own: the line 14 is ambiguous, so D-002 is
    // measure-not-in-economy-plan, an error of helse.xlsx's own reconciliation (1 error). Boligsosial's
    // D-001 and D-002 match their lines: no error.
    expect(screen.getByText(/^helse\.xlsx: .*Avstemming: 1 feil.*Planen har feil som må rettes\.$/)).toBeTruthy();
    expect(screen.getByText(/^boligsosial\.xlsx: .*Avstemming: 0 feil.*Ingen feil\.$/)).toBeTruthy();
  });

  it('says so when the chosen economy plan has no economy plan table', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="en" read={read} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('plans-input'), xlsx('helse.xlsx'));
    await user.upload(screen.getByTestId('economy-input'), xlsx('notes.xlsx'));
    await user.click(screen.getByRole('button', { name: tp('en', 'reconcilePlans') }));
    expect(await screen.findByText(/notes\.xlsx: no economy plan table/)).toBeTruthy();
  });

  it('names the file that cannot be read among several plans', async () => {
    const user = userEvent.setup();
    // skadet.xlsx is not a zip package (as the file adapter finds when a file is no .xlsx at all).
    const damaged = (file: File) =>
      file.name === 'skadet.xlsx' ? Promise.reject(new UnreadableWorkbookError('not-zip', 'not a zip')) : read(file);
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="nb" read={damaged} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('plans-input'), [xlsx('boligsosial.xlsx'), xlsx('skadet.xlsx')]);
    await user.upload(screen.getByTestId('economy-input'), xlsx('okonomiplan.xlsx'));
    await user.click(screen.getByRole('button', { name: tp('nb', 'reconcilePlans') }));
    // Which of the chosen files, in the words of the one-file pane (openFailed), after the reason.
    expect(await screen.findByText(/Ikke en \.xlsx-fil.*Filen «skadet\.xlsx» kunne ikke leses/)).toBeTruthy();
  });

  // The CLI refuses `check A.xlsx A.xlsx --economy-plan …` (planGivenTwice): counted twice, one plan was told as two
  // plans of one Plannavn. A browser gives no path: the same name, size and bytes is the same file.
  it('refuses the same plan file chosen twice, as the CLI does, and checks nothing', async () => {
    const user = userEvent.setup();
    const checked = jest.fn(read);
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="nb" read={checked} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('plans-input'), [
      xlsx('boligsosial.xlsx'),
      withBytes('PK helse', 'helse.xlsx'),
      withBytes('PK helse', 'helse.xlsx'),
    ]);
    await user.upload(screen.getByTestId('economy-input'), xlsx('okonomiplan.xlsx'));
    await user.click(screen.getByRole('button', { name: tp('nb', 'reconcilePlans') }));
    expect(
      await screen.findByText(
        'helse.xlsx er oppgitt to ganger som plan. Oppgi hver plan én gang; ingenting er kontrollert eller skrevet.',
      ),
    ).toBeTruthy();
    expect(checked).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: kt('nb', 'framesTitle') })).toBeNull();
  });

  it('two plans of one name but other content are two plans (not refused)', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="nb" read={read} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('plans-input'), [
      new File(['a'], 'helse.xlsx'),
      new File(['b'], 'helse.xlsx'),
    ]);
    await user.upload(screen.getByTestId('economy-input'), xlsx('okonomiplan.xlsx'));
    await user.click(screen.getByRole('button', { name: tp('nb', 'reconcilePlans') }));
    await screen.findByRole('heading', { name: kt('nb', 'framesTitle') });
    expect(screen.queryByText(/oppgitt to ganger som plan/)).toBeNull();
  });

  // The CLI consolidates a plan against its own workbook (isEconomyWorkbook: its sheet is the one used); chosen in
  // both pickers, the pane said the plan's own Økonomiplan sheet «er ikke brukt», though its lines were the ones used.
  it('a plan chosen as the economy plan too: its own sheet is the economy plan, not said to be ignored', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="nb" read={read} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('plans-input'), withBytes('PK eksempel', 'eksempel.xlsx'));
    await user.upload(screen.getByTestId('economy-input'), withBytes('PK eksempel', 'eksempel.xlsx'));
    await user.click(screen.getByRole('button', { name: tp('nb', 'reconcilePlans') }));
    expect(await screen.findByText('1 plan avstemt mot én økonomiplan.')).toBeTruthy();
    expect(screen.queryByText(/er ikke brukt/)).toBeNull();
  });

  const runPlans = async (lang: 'nb' | 'en', plans: readonly string[]) => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang={lang} read={read} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('plans-input'), plans.map(xlsx));
    await user.upload(screen.getByTestId('economy-input'), xlsx('okonomiplan.xlsx'));
    await user.click(screen.getByRole('button', { name: tp(lang, 'reconcilePlans') }));
    await screen.findByRole('region', { name: tp(lang, 'itemJumps') });
    return user;
  };
  /** The preview's caption and its selected cell. */
  const preview = () => {
    const box = screen.getByTestId('consolidation-preview');
    return { text: box.textContent ?? '', selected: box.querySelector('[data-selected]')?.getAttribute('data-cell') };
  };

  it('opens the economy plan at the ambiguous line, and each claiming measure in its own plan', async () => {
    const user = await runPlans('nb', ['boligsosial.xlsx', 'helse.xlsx']);
    expect(screen.queryByTestId('consolidation-preview')).toBeNull();
    // Ref 14 is the 4th line of tblOkonomiplan (header in row 1), Ref its 3rd column: Økonomiplan!C5.
    await user.click(screen.getByRole('button', { name: /^C5 ?: Feil · Avvik · Linje i flere planer · 14:/ }));
    expect(preview().text).toContain('Fil: okonomiplan.xlsx');
    expect(preview().text).toContain('Arket Økonomiplan');
    expect(preview().selected).toBe('C5');
    // Helse's D-002 is the 2nd measure of «Tiltak drift» (header in row 1), ID in column A: A3 of helse.xlsx.
    await user.click(screen.getByRole('button', { name: 'Tiltak D-002 i «Helse og omsorg» (A3)' }));
    expect(preview().text).toContain('Fil: helse.xlsx');
    expect(preview().text).toContain('Arket Tiltak drift');
    expect(preview().selected).toBe('A3');
    expect(within(screen.getByTestId('consolidation-preview')).getByText('D-002')).toBeTruthy();
  });

  it('the new-money table names each plan as the header of its three rows (a screen reader says it on each)', async () => {
    await runPlans('nb', ['boligsosial.xlsx', 'helse.xlsx']);
    const region = screen.getByRole('region', { name: /^Plannavn, Hva, / });
    const texts = (selector: string) => [...region.querySelectorAll(selector)].map((e) => e.textContent);
    expect(texts('th[scope="rowgroup"]')).toEqual(['Boligsosial handlingsplan', 'Helse og omsorg', 'Alle planer']);
    expect(texts('th[scope="rowgroup"]').length).toBe(region.querySelectorAll('tbody').length);
    expect(region.querySelector('th[scope="rowgroup"]')?.getAttribute('rowspan')).toBe('3');
    expect(texts('th[scope="row"]').slice(0, 3)).toEqual(['Tiltaksplan', 'Økonomiplan', 'Avvik']);
  });

  it('opens a line whose Plan names no plan of the check at that Plan cell', async () => {
    const user = await runPlans('nb', ['boligsosial.xlsx', 'helse.xlsx']);
    // «Oppvekstplan»'s line D-001 is the 5th line of tblOkonomiplan (row 6); Plan is its column K (Del …
    // Beskrivelse A–F, four years G–J). oppvekst.xlsx is not in the check.
    await user.click(screen.getByRole('button', { name: /^K6 ?: Advarsel · Avvik · Økonomiplanlinje uten tiltak/ }));
    expect(preview().text).toContain('Fil: okonomiplan.xlsx');
    expect(preview().selected).toBe('K6');
  });

  it('an item about a plan as a whole shows no class: «Annen planperiode» is no «Avvik»', async () => {
    await runPlans('nb', ['boligsosial.xlsx', 'senere.xlsx']);
    const item = screen.getByRole('button', { name: /senere\.xlsx:/ });
    expect(item.textContent).toMatch(/: Feil · Annen planperiode · senere\.xlsx: /);
    expect(item.textContent).not.toContain('Avvik');
  });

  it("opens a plan's own file at its empty Plannavn", async () => {
    const user = await runPlans('en', ['boligsosial.xlsx', 'uten-navn.xlsx']);
    await user.click(screen.getByRole('button', { name: /uten-navn\.xlsx:/ }));
    expect(preview().text).toContain('File: uten-navn.xlsx');
    expect(preview().text).toContain('Sheet Innstillinger');
    // Plannavn is the 7th setting of tblInnstillinger (header in row 1), Verdi its 2nd column: B8.
    expect(preview().selected).toBe('B8');
  });
});

describe('ConsolidationView keeps her choice and its check (useKept)', () => {
  it('shown again from the store, with the check it made, after the view went away and came back', async () => {
    const user = userEvent.setup();
    const kept = new Map<string, unknown>();
    const view = () => (
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="nb" read={read} kept={kept} />
      </FluentProvider>
    );
    const first = render(view());
    await user.upload(screen.getByTestId('plans-input'), [xlsx('boligsosial.xlsx'), xlsx('helse.xlsx')]);
    await user.upload(screen.getByTestId('economy-input'), xlsx('okonomiplan.xlsx'));
    await user.click(screen.getByRole('button', { name: tp('nb', 'reconcilePlans') }));
    await screen.findByRole('heading', { name: kt('nb', 'framesTitle') });
    first.unmount();
    render(view());
    expect(screen.getByText(`${tp('nb', 'choosePlans')}: boligsosial.xlsx, helse.xlsx`)).toBeTruthy();
    expect(screen.getByText(`${tp('nb', 'chooseEconomyPlan')}: okonomiplan.xlsx`)).toBeTruthy();
    // The check she ran, not to be run again: helse.xlsx's own Avstemming has 1 error (as the test above).
    expect(screen.getByRole('heading', { name: kt('nb', 'framesTitle') })).toBeTruthy();
    expect(screen.getByText(/^helse\.xlsx: .*Avstemming: 1 feil/)).toBeTruthy();
  });
});

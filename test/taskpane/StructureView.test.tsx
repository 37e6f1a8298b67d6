/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CellInput, Edit } from '../../src/domain/model/edits';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { tp } from '../../src/i18n/taskpane';
import { cliText } from '../../src/i18n/cliCommand';
import { canonicalSnapshot, dropColumn, setCell } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

/** The canonical workbook without its investment sheet and table. */
function withoutInvestment(): WorkbookSnapshot {
  const wb = canonicalSnapshot({ operating: [operatingRow()] });
  return {
    ...wb,
    sheets: wb.sheets.filter((s) => s.sheet !== 'Tiltak investering'),
    tables: wb.tables.filter((t) => t.name !== 'tblTiltakInvestering'),
  };
}

/** The canonical workbook with «Tiltak drift» renamed «Drift 2027» and tblTiltakDrift «DriftTabell» in Excel. */
function driftRenamed(): WorkbookSnapshot {
  const wb = canonicalSnapshot({ operating: [operatingRow()] });
  const rename = (sheet: string) => (sheet === 'Tiltak drift' ? 'Drift 2027' : sheet);
  return {
    ...wb,
    sheets: wb.sheets.map((x) => ({ ...x, sheet: rename(x.sheet) })),
    tables: wb.tables.map((t) => ({
      ...t,
      sheet: rename(t.sheet),
      name: t.name === 'tblTiltakDrift' ? 'DriftTabell' : t.name,
    })),
  };
}

describe('StructureView', () => {
  it('previews the repair and applies it only on confirmation', async () => {
    const port = new FakePort(withoutInvestment());
    await renderPane(port, 'structure');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'previewRepair') }));
    expect(screen.getByRole('list', { name: tp('nb', 'previewRepair') })).toBeTruthy();
    expect(port.applied).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: /^Utfør \d+ endringer$/ }));
    await screen.findByText(tp('nb', 'repairDone'));
    expect(port.edits.some((e) => e.kind === 'createTable' && e.name === 'tblTiltakInvestering')).toBe(true);
  });

  it('words each change of the preview for her: what is made and where, no table names of the code', async () => {
    await renderPane(new FakePort(withoutInvestment()), 'structure');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'previewRepair') }));
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toEqual([
      'Nytt ark «Tiltak investering».',
      'Lager tabellen over investeringstiltak på arket «Tiltak investering», fra celle A1.',
    ]);
    expect(items.join(' ')).not.toMatch(/tbl|lst/);
  });

  it("says which of the user's cells kept a column out of the repair", async () => {
    // Rammeområde is column T of tblTiltakDrift (A1:U2): without it the repair would put it in U, where a note is.
    const wb = setCell(
      dropColumn(canonicalSnapshot(), 'Tiltak drift', 20, 'tblTiltakDrift', 'A1:T2'),
      'Tiltak drift',
      'U2',
      'notat',
    );
    await renderPane(new FakePort(wb), 'structure');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'previewRepair') }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tiltak drift!U2');
    expect(alert.textContent).toContain('Flytt innholdet og forhåndsvis på nytt');
  });

  it('her «Status» holds the cost statuses: no empty Kostnadsstatus offered, she is told to rename G1', async () => {
    const rows = [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2, Kostnadsstatus: 'Må utredes' })];
    const wb = setCell(canonicalSnapshot({ operating: rows }), 'Tiltak drift', 'G1', 'Status');
    await renderPane(new FakePort(wb), 'structure');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'previewRepair') }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Kolonnen «Kostnadsstatus» legges ikke til på arket «Tiltak drift»: kolonnen «Status» i G1 har verdiene for ' +
        '«Kostnadsstatus», og med en ny, tom «Kostnadsstatus» ville tiltakene leses uten dem. Gi G1 overskriften ' +
        '«Kostnadsstatus» selv (Tiltaksplan skriver ikke over overskriften din), og forhåndsvis på nytt.',
    );
    expect(screen.queryByText(tp('nb', 'noChanges'))).toBeNull();
    expect(screen.queryByRole('list', { name: tp('nb', 'previewRepair') })).toBeNull();
  });

  it('does not offer a roll while a setting does not read (Antall planår 100), and says why', async () => {
    const openNew = jest.fn(async () => undefined);
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], settings: { 'Antall planår': 100 } }));
    await renderPane(port, 'structure', { openNew });
    expect(await screen.findByText(tp('nb', 'rollRefused'))).toBeTruthy();
    const button = screen.getByRole('button', { name: tp('nb', 'rollForward') });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  // SPEC §11 (the product's choice): a measure table not found (its sheet and name changed) is not rolled, or a new,
  // empty Tiltak drift would be made and her measures left unrolled; the Kontroll view names the table she may mean.
  it('does not offer a roll while a measure table is not found (sheet and table renamed), and says why', async () => {
    const openNew = jest.fn(async () => undefined);
    await renderPane(new FakePort(driftRenamed()), 'structure', { openNew });
    expect(await screen.findByText(tp('nb', 'rollRefusedTable'))).toBeTruthy();
    const button = screen.getByRole('button', { name: tp('nb', 'rollForward') });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('asks before rolling the plan forward and opens the new workbook', async () => {
    const openNew = jest.fn(async () => undefined);
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'structure', { openNew });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    expect(openNew).not.toHaveBeenCalled();
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    // The roll reads the product's tables with the cells around them, and the archives and versions.
    await waitFor(() => expect(openNew).toHaveBeenCalledTimes(1));
    expect(openNew.mock.calls[0]).toEqual([expect.any(Array), 'tiltaksplan-2028-2031.xlsx', expect.any(Array)]);
    expect(port.scopes).toContain('roll');
  });

  it('says after a roll what the new workbook holds and leaves out, as the command line does', async () => {
    // D-002: Engangs, 300 in 2027 only → done, on the archive only. D-003: Engangs 100 / 200 with base Sum periode
    // 300, all Nye midler → 2028 is 200 and Nye midler follows to 200 (rescaled). A note under the table (A5) and a
    // sheet of the user's are not carried.
    const rows = [
      operatingRow(),
      operatingRow({
        ID: 'D-002',
        Prioritet: 2,
        Type: 'Engangs',
        '2027': 300,
        '2028': null,
        '2029': null,
        '2030': null,
        Helårsvirkning: 0,
        'Endret drift': 300,
        'Nye midler': 0,
      }),
      operatingRow({
        ID: 'D-003',
        Prioritet: 3,
        Type: 'Engangs',
        '2027': 100,
        '2028': 200,
        '2029': 0,
        '2030': 0,
        Helårsvirkning: 0,
        'Nye midler': 300,
      }),
    ];
    const base = setCell(canonicalSnapshot({ operating: rows }), 'Tiltak drift', 'A5', 'Merk: foreløpige tall');
    const wb = { ...base, sheets: [...base.sheets, { sheet: 'Notater', origin: 'A1', values: [['Husk møtet']] }] };
    const openNew = jest.fn(async (_e: readonly Edit[], _f: string, _n?: readonly string[]) => undefined);
    await renderPane(new FakePort(wb), 'structure', { openNew });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    await waitFor(() => expect(openNew).toHaveBeenCalledTimes(1));
    const [edits, , notes] = openNew.mock.calls[0] ?? [];
    // The new D-003 row: 200, 0, 0, then 0 for the new 2031 (Engangs); Nye midler 300 → 200.
    const d3 = rowOf(edits ?? [], 'D-003');
    expect(d3.slice(7, 11)).toEqual([200, 0, 0, 0]);
    expect(d3[16]).toBe(200);
    expect(rowOf(edits ?? [], 'D-002')).toEqual([]);
    const text = (await screen.findByText(/Planen for 2028–2031/)).closest('ul')?.textContent ?? '';
    expect(text).toContain('«Arkiv 2027–2030»');
    expect(text).toContain('Engangstiltaket D-002');
    expect(text).toContain('Finansieringen av D-003');
    expect(text).toContain('Tiltak drift!A5');
    expect(text).toContain('«Notater»');
    // D-002 (priority 2) left its section: D-003 is numbered 2, and the roll says so.
    expect(text).toContain('D-003 3 → 2');
    // The new workbook is made from the tables alone: her widths, hidden columns and groups are not in it, and the
    // list says so in its own line (the command line's roll carries them on the file it copies).
    const items = [...document.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toContain(
      'Kolonnebreddene du har satt selv, kolonner du har skjult og grupperinger (disposisjon) av rader og kolonner på planens ark blir heller ikke med: i den nye arbeidsboken har kolonnene Tiltaksplans egne bredder, alle kolonner vises, og ingenting er gruppert. Sett dem igjen i Excel om du vil ha dem.',
    );
    // The same lines go with the new workbook (a browser pane shows them above the file it opens).
    expect(notes).toHaveLength(7);
  });
});

describe('StructureView: roll forward of the workbook as it is when confirmed', () => {
  it('rolls a figure typed a moment ago, whose change event has not arrived, not the last check', async () => {
    const openNew = jest.fn(async (_e: readonly Edit[], _f: string, _n?: readonly string[]) => undefined);
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'structure', { openNew });
    // Typed in Excel just now: 2028 of D-001 from 1 200 to 777 (the pane's last check still has 1 200).
    port.snapshot = canonicalSnapshot({ operating: [operatingRow({ '2028': 777 })] });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    await waitFor(() => expect(openNew).toHaveBeenCalledTimes(1));
    const [edits] = openNew.mock.calls[0] ?? [];
    // Rolled 2028–2031: 777 (typed), 1 800, 2 400, then Helårsvirkning 2 400 for the new 2031 (Varig).
    expect(rowOf(edits ?? [], 'D-001').slice(7, 11)).toEqual([777, 1800, 2400, 2400]);
  });

  it('refuses when a setting typed a moment ago does not read (Antall planår 100), and opens nothing', async () => {
    const openNew = jest.fn(async (_e: readonly Edit[], _f: string, _n?: readonly string[]) => undefined);
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'structure', { openNew });
    port.snapshot = canonicalSnapshot({ operating: [operatingRow()], settings: { 'Antall planår': 100 } });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    expect(await screen.findByText(tp('nb', 'rollRefused'))).toBeTruthy();
    expect(openNew).not.toHaveBeenCalled();
  });
  it('refuses when the sheet and table were renamed a moment ago, and opens nothing', async () => {
    const openNew = jest.fn(async (_e: readonly Edit[], _f: string, _n?: readonly string[]) => undefined);
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'structure', { openNew });
    port.snapshot = driftRenamed();
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    expect(await screen.findByText(tp('nb', 'rollRefusedTable'))).toBeTruthy();
    expect(openNew).not.toHaveBeenCalled();
  });
});

describe("StructureView: roll forward of the user's own settings rows and an unknown Tidligere bevilget", () => {
  it('carries «Saksbehandler | Kari», and names the second Prisnivå and the «?» as the command line does', async () => {
    // tblInnstillinger A1:B10: seven settings (rows 2–8), Saksbehandler (row 9) and a second Prisnivå (row 10).
    // I-001: Tidligere bevilget «?» (J2) + 2 000 in 2027 (K2): stays «?» after the roll, and is named.
    const base = canonicalSnapshot({
      operating: [operatingRow()],
      investment: [
        {
          ID: 'I-001',
          Seksjon: 'Samfunn og tjenester',
          Prioritet: 1,
          Tiltak: 'Bygg',
          Kostnadsstatus: 'Beregnet',
          'Tidligere bevilget': '?',
          '2027': 2000,
          '2028': 1000,
        },
      ],
      settings: { Saksbehandler: 'Kari', Ekstra: 'faste 2026-kroner' },
    });
    const wb = setCell(base, 'Innstillinger', 'A10', 'Prisnivå');
    const openNew = jest.fn(async (_e: readonly Edit[], _f: string, _n?: readonly string[]) => undefined);
    await renderPane(new FakePort(wb), 'structure', { openNew });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    await waitFor(() => expect(openNew).toHaveBeenCalledTimes(1));
    const [edits] = openNew.mock.calls[0] ?? [];
    const settings = (edits ?? []).find(
      (e) => e.kind === 'setCells' && e.sheet === 'Innstillinger' && e.origin === 'A2',
    );
    expect(settings?.kind === 'setCells' ? settings.values.slice(7) : []).toEqual([['Saksbehandler', 'Kari']]);
    const text = (await screen.findByText(/Planen for 2028–2031/)).closest('ul')?.textContent ?? '';
    const repeated = { setting: 'Prisnivå', value: 'faste 2026-kroner', cell: 'Innstillinger!B10' };
    expect(text).toContain(cliText('notCarried', 'nb', { what: cliText('whatSetting', 'nb', repeated) }));
    expect(text).toContain('Tidligere bevilget for I-001 står som «?»');
    expect(text).toContain('(Tiltak investering!J2)');
    expect(text).not.toContain('Saksbehandler');
  });
});

/** The row of a measure as the edits write it on Tiltak drift (empty when no edit writes it). */
function rowOf(edits: readonly Edit[], id: string): CellInput[] {
  for (const e of edits)
    if (e.kind === 'setCells' && e.sheet === 'Tiltak drift') {
      const row = e.values.find((r) => r[0] === id);
      if (row) return [...row];
    }
  return [];
}

describe('StructureView: roll forward of amounts typed as text', () => {
  it('says that the amounts typed as text are written as numbers, as the command line does', async () => {
    // D-001 in row 2 of «Tiltak drift» (2027…2030 in H…K) with "200" typed as text in 2028 (I2): one such cell.
    const wb = canonicalSnapshot({ operating: [operatingRow({ '2028': '200' })] });
    const openNew = jest.fn(async (_e: readonly Edit[], _f: string, _n?: readonly string[]) => undefined);
    await renderPane(new FakePort(wb), 'structure', { openNew });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    await waitFor(() => expect(openNew).toHaveBeenCalledTimes(1));
    const line = cliText('rollTextAmounts', 'nb', { count: 1, cells: 'Tiltak drift!I2', sheet: 'Arkiv 2027–2030' });
    expect(openNew.mock.calls[0]?.[2]).toContain(line);
    // The new D-001 row has 2028 first (H): the number 200, as the note says.
    expect(rowOf(openNew.mock.calls[0]?.[0] ?? [], 'D-001')[7]).toBe(200);
  });
});

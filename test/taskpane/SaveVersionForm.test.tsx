/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ct } from '../../src/i18n/compare';
import { todayIso } from '../../src/taskpane/views/SaveVersionForm';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';
import { snapshotFromContent } from '../helpers/contentSnapshot';
import { exampleContent } from '../../src/domain/example/example';

const now = canonicalSnapshot({ operating: [operatingRow()] });

describe('Lagre versjon', () => {
  it('saves the plan on a new hidden sheet under the typed label, then Endringer offers it', async () => {
    const port = new FakePort(now);
    await renderPane(port, 'structure');
    const save = screen.getByRole('button', { name: ct('nb', 'saveVersion') });
    expect(save).toHaveProperty('disabled', true);
    await userEvent.type(
      screen.getByRole('textbox', { name: new RegExp(ct('nb', 'versionLabel')) }),
      'Vedtatt K-sak 45/2027',
    );
    await userEvent.click(save);
    expect(await screen.findByText(ct('nb', 'versionSaved', { sheet: 'Versjon 1' }))).toBeTruthy();
    expect(port.edits[0]).toEqual({ kind: 'ensureSheet', sheet: 'Versjon 1', hidden: true });
    const cells = port.edits.find((e) => e.kind === 'setCells');
    const rows = cells?.kind === 'setCells' ? cells.values.slice(2, 4).map((r) => r.slice(0, 2)) : [];
    expect(rows).toEqual([
      ['Versjon', 'Vedtatt K-sak 45/2027'],
      ['Dato', todayIso()],
    ]);
    await userEvent.click(screen.getByRole('tab', { name: ct('nb', 'tab') }));
    expect(await screen.findByText(ct('nb', 'nothing'))).toBeTruthy();
  });

  it('saves the plan as it is when the button is pressed, not as the pane read it last', async () => {
    const port = new FakePort(now);
    await renderPane(port, 'structure');
    // Typed in Excel a moment ago; the change event has not arrived yet.
    port.snapshot = canonicalSnapshot({ operating: [operatingRow({ '2027': 777 })] });
    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(ct('nb', 'versionLabel')) }), 'Vedtatt');
    await userEvent.click(screen.getByRole('button', { name: ct('nb', 'saveVersion') }));
    expect(await screen.findByText(ct('nb', 'versionSaved', { sheet: 'Versjon 1' }))).toBeTruthy();
    const cells = port.edits.flatMap((e) => (e.kind === 'setCells' ? e.values.flat() : []));
    expect(cells).toContain(777);
    expect(cells).not.toContain(600);
  });
});

describe('Lagre versjon with year columns that are not the plan period', () => {
  it('saves nothing and says why: the version would lack the amounts of some years', async () => {
    // Første planår 2028 typed over 2027 without a roll: the tables still have 2027–2030 (year-columns).
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], settings: { 'Første planår': 2028 } }));
    await renderPane(port, 'structure');
    expect(await screen.findByText(ct('nb', 'versionRefused'))).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(ct('nb', 'versionLabel')) }), 'Vedtatt');
    expect(screen.getByRole('button', { name: ct('nb', 'saveVersion') })).toHaveProperty('disabled', true);
    expect(port.edits).toEqual([]);
  });
});

describe('todayIso', () => {
  it.each([
    [new Date(2027, 0, 5), '2027-01-05'],
    [new Date(2027, 11, 31, 23, 59), '2027-12-31'],
  ])('gives %p as %s (local date)', (date, iso) => {
    expect(todayIso(date)).toBe(iso);
  });
});

describe('Lagre versjon with placeholders', () => {
  it('saves a "?" as "?" and a "----" as "----", never as a costed 0 (Excel and file path alike)', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow({ '2028': '----', '2029': '?' })] }));
    await renderPane(port, 'structure');
    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(ct('nb', 'versionLabel')) }), 'Vedtatt');
    await userEvent.click(screen.getByRole('button', { name: ct('nb', 'saveVersion') }));
    expect(await screen.findByText(ct('nb', 'versionSaved', { sheet: 'Versjon 1' }))).toBeTruthy();
    const cells = port.edits.find((e) => e.kind === 'setCells');
    const rows = cells?.kind === 'setCells' ? cells.values : [];
    const header = rows.find((r) => r[0] === 'ID') ?? [];
    const d1 = rows.find((r) => r[0] === 'D-001') ?? [];
    // 600 + 2 400 = 3 000: the texts add nothing to Sum periode.
    expect([2027, 2028, 2029, 2030, 'Sum periode'].map((h) => d1[header.indexOf(h)])).toEqual([
      600,
      '----',
      '?',
      2400,
      3000,
    ]);
  });
});

describe("Lagre versjon with the user's own columns", () => {
  it('keeps a column the user added to tblTiltakDrift after the product columns, on its measure, as a roll does', async () => {
    const base = exampleContent({ startYear: 2027 });
    const content = {
      ...base,
      userColumns: { operating: ['Kontaktperson'] },
      operating: base.operating.map((r, i) => (i === 0 ? { ...r, extra: ['Kari Nordmann'] } : r)),
    };
    const port = new FakePort(snapshotFromContent(content));
    await renderPane(port, 'structure');
    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(ct('nb', 'versionLabel')) }), 'Vedtatt');
    await userEvent.click(screen.getByRole('button', { name: ct('nb', 'saveVersion') }));
    expect(await screen.findByText(ct('nb', 'versionSaved', { sheet: 'Versjon 1' }))).toBeTruthy();
    const cells = port.edits.find((e) => e.kind === 'setCells');
    const rows = cells?.kind === 'setCells' ? cells.values : [];
    // Tiltak drift's header and D-001, D-002 on rows 14, 15 and 16 (title, 10 header rows, a blank, the table's
    // title first); its 21 product columns end with Kommentar, so the user's column is the 22nd (index 21).
    expect([13, 14, 15].map((r) => rows[r]?.slice(20, 22))).toEqual([
      ['Kommentar', 'Kontaktperson'],
      ['', 'Kari Nordmann'],
      ['', null],
    ]);
    expect([rows[14]?.[0], rows[15]?.[0]]).toEqual(['D-001', 'D-002']);
  });
});

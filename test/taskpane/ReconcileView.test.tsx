/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { splitAddress } from '../../src/taskpane/components/types';
import type { ReadScope } from '../../src/workbook/port';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { economyLine, FakePort, operatingRow } from './fakePort';
import { renderPane, selections } from './renderPane';

// The economy plan carries 1 200 in 2029 where the measure needs 1 800: one mismatch.
const mismatchLine = {
  Del: 'Drift',
  Linjetype: 'Tiltak',
  Ref: 'D-001',
  Beskrivelse: 'Miljøteam',
  '2027': 600,
  '2028': 1200,
  '2029': 1200,
  '2030': 2400,
};

describe('ReconcileView', () => {
  it('says the comparisons wait for the year headers, not that there is nothing to reconcile (w115)', async () => {
    // Første planår 2028 typed, the headers still 2027–2030: every item reads years of a table that is off.
    const typed = canonicalSnapshot({
      operating: [operatingRow()],
      economyPlan: [mismatchLine],
      settings: { 'Første planår': 2028 },
    });
    await renderPane(new FakePort(typed), 'reconcile');
    expect(
      screen.getByText(
        'Sammenligningene som bruker beløpene per år i en tabell der årskolonnene ikke stemmer med planperioden, er ' +
          'ikke gjort: de gjøres når overskriftene stemmer (se Kontroll).',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Ingenting å avstemme/)).toBeNull();
  });

  it('says the comparisons of a year the economy plan has no amounts for wait, and lists none of that year', async () => {
    // D-001's line with 2030 empty, the only line: 2030 has no amount in the economy plan (as after a roll). No
    // investment measure: no project's financing is compared, so none is said to wait.
    const line = { ...mismatchLine, '2029': 1800, '2030': null };
    await renderPane(
      new FakePort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [line] })),
      'reconcile',
    );
    expect(
      screen.getByText(
        'Sammenligningene for 2030 er ikke gjort: de gjøres når økonomiplanen har beløp for 2030 (se Kontroll).',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/finansieringen av prosjektene/)).toBeNull();
    expect(screen.queryByText(/i 2030:/)).toBeNull();
  });

  it('says a project’s financing waits too when a comparison of it does (it adds up every plan year)', async () => {
    // I-001 (1000 kr): Kostnadsramme 3 000 = 1 000 + 2 000 in 2027–2028, nothing before or after; Lån 3 000. Its
    // lines: Tiltak 1 000, 2 000 and Finansiering Lån 1 000, 2 000; 2030 is empty on every line, so Lån waits.
    const project = {
      ID: 'I-001',
      Seksjon: 'Samfunn og tjenester',
      Prioritet: 1,
      Tiltak: 'Boliger',
      Kostnadsstatus: 'Beregnet',
      Prosjektnr: 'P-100',
      Formål: 'Omsorgsbolig',
      Kostnadsramme: 3000,
      '2027': 1000,
      '2028': 2000,
      Lån: 3000,
      Ansvarlig: 'Eiendom',
      'Berørte planområder': 'Oppvekst',
    };
    const lines: Record<string, CellValue>[] = [
      { Del: 'Investering', Linjetype: 'Tiltak', Ref: 'P-100', '2027': 1000, '2028': 2000, '2029': 0 },
      {
        Del: 'Investering',
        Linjetype: 'Finansiering',
        Ref: 'P-100',
        Finansieringskilde: 'Lån',
        '2027': 1000,
        '2028': 2000,
      },
    ];
    await renderPane(new FakePort(canonicalSnapshot({ investment: [project], economyPlan: lines })), 'reconcile');
    expect(
      screen.getByText(
        'Sammenligningene for 2030 er ikke gjort: de gjøres når økonomiplanen har beløp for 2030 (se Kontroll). Det ' +
          'samme gjelder finansieringen av prosjektene, som summerer alle planårene.',
      ),
    ).toBeTruthy();
  });

  it('lists the mismatch and jumps to both compared cells', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [mismatchLine] }));
    await renderPane(port, 'reconcile');
    await userEvent.click(screen.getAllByRole('button', { name: new RegExp(tp('nb', 'goToMeasure')) })[0]!);
    await userEvent.click(screen.getAllByRole('button', { name: new RegExp(tp('nb', 'goToEconomyPlan')) })[0]!);
    const [measure, plan] = selections(port);
    expect(measure?.startsWith('Tiltak drift!')).toBe(true);
    expect(plan?.startsWith('Økonomiplan!')).toBe(true);
  });

  it('labels each item in the language of the pane, never with its code', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [mismatchLine] }));
    await renderPane(port, 'reconcile');
    expect(screen.getAllByText('Nye midler per tiltak').length).toBeGreaterThan(0);
    expect(screen.queryByText('measure-new-money')).toBeNull();
  });

  it('writes the Avstemming sheet as tblAvstemming on request only', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [mismatchLine] }));
    await renderPane(port, 'reconcile');
    expect(port.applied).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'writeReconciliation') }));
    expect(await screen.findByText(tp('nb', 'reconciliationWritten'))).toBeTruthy();
    expect(port.edits.some((e) => e.kind === 'createTable' && e.name === 'tblAvstemming')).toBe(true);
  });

  it('names a formula in a column she added to the table, written as the value it showed', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [mismatchLine] }));
    await renderPane(port, 'reconcile');
    const button = screen.getByRole('button', { name: tp('nb', 'writeReconciliation') });
    await userEvent.click(button);
    expect(await screen.findByText(tp('nb', 'reconciliationWritten'))).toBeTruthy();
    // She adds «Saksbehandler» in Q with a formula in Q2 (its value 7), the table grown to Q.
    const sheets = port.snapshot.sheets.map((s) => {
      if (s.sheet !== 'Avstemming') return s;
      const values = s.values.map((r, i) => [...r.slice(0, 16), i === 0 ? 'Saksbehandler' : i === 1 ? 7 : null]);
      const formulas = values.map((r, i) => r.map((_, j) => (i === 1 && j === 16 ? '=I2*2' : null)));
      return { ...s, values, formulas };
    });
    const rows = sheets.find((s) => s.sheet === 'Avstemming')?.values.length ?? 0;
    const tables = port.snapshot.tables.map((t) => (t.name === 'tblAvstemming' ? { ...t, ref: `A1:Q${rows}` } : t));
    port.snapshot = { ...port.snapshot, sheets, tables };
    await userEvent.click(button);
    expect(await screen.findByText(/Avstemming!Q2 \(=I2\*2\)/)).toBeTruthy();
  });

  it('says after the write that her filter on Avstemming went, when the port cleared one (SPEC §10 as built)', async () => {
    // The adapter found a filter on tblAvstemming and cleared it (excel/queue.ts, test/workbook/excel/rowsShown.test.ts).
    class FilteredPort extends FakePort {
      rowsShown() {
        return [{ sheet: 'Avstemming', table: 'tblAvstemming', filtered: true }];
      }
    }
    const port = new FilteredPort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [mismatchLine] }));
    await renderPane(port, 'reconcile');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'writeReconciliation') }));
    const said =
      'Filteret på tabellen tblAvstemming på arket «Avstemming» er fjernet, og skjulte rader vises igjen, så ingen post står skjult (postene skrives på nytt, og en skjult rad kunne fått en annen post). Sett filteret på igjen i Excel om du vil ha det.';
    expect(await screen.findByText(`${tp('nb', 'reconciliationWritten')} ${said}`)).toBeTruthy();
  });

  it('says after the write where it kept her words of an item gone, below the items (review r41)', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [mismatchLine] }));
    await renderPane(port, 'reconcile');
    const button = screen.getByRole('button', { name: tp('nb', 'writeReconciliation') });
    await userEvent.click(button);
    expect(await screen.findByText(tp('nb', 'reconciliationWritten'))).toBeTruthy();
    // She types a Kommentar on row 2 and retypes its Ref D-999: no item has that key, so the row is kept below the
    // items, which keep their number: the table's last row + 1.
    const bottom = Number(/:[A-Z]+(\d+)$/.exec(port.snapshot.tables.find((t) => t.name === 'tblAvstemming')!.ref)?.[1]);
    const sheets = port.snapshot.sheets.map((s) =>
      s.sheet !== 'Avstemming'
        ? s
        : {
            ...s,
            values: s.values.map((r, i) =>
              i === 1 ? r.map((v, j) => (j === 3 ? 'D-999' : j === 15 ? 'Spør Kari' : v)) : r,
            ),
          },
    );
    port.snapshot = { ...port.snapshot, sheets };
    await userEvent.click(button);
    const said = `Én rad som ikke er avstemt i denne kjøringen, er tatt vare på under postene på arket «Avstemming» (rad ${bottom + 1}) med Status, Kommentar og det andre du skrev der; Forklaring sier hvorfor. Slett raden når du ikke trenger den.`;
    expect(await screen.findByText(`${tp('nb', 'reconciliationWritten')} ${said}`)).toBeTruthy();
  });

  it("reads every cell of Avstemming before writing it, and names a user's note in the way instead of writing", async () => {
    // Excel's check read holds none of Avstemming: the note is only in what a structure read sees.
    class NotedPort extends FakePort {
      override async read(scope: ReadScope = 'check'): Promise<WorkbookSnapshot> {
        const snap = await super.read(scope);
        if (scope !== 'structure') return snap;
        const note = { sheet: 'Avstemming', origin: 'A1', values: [[null], [null], ['Mitt notat']] };
        return { ...snap, sheets: [...snap.sheets, note] };
      }
    }
    const port = new NotedPort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [mismatchLine] }));
    await renderPane(port, 'reconcile');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'writeReconciliation') }));
    expect(await screen.findByText(/Avstemming!A3/)).toBeTruthy();
    expect(port.scopes).toContain('structure');
    expect(port.applied).toHaveLength(0);
  });

  it('lists the worst first within a class: an error before a warning of the same class (README: worst first)', async () => {
    // Class Avvik twice: the Ramme line of frame 2 holds 500 in 2027 where the measure needs 600 (frame-total,
    // an error: 600 > 500), and the line X-9 (100 in 2027) matches no measure (economy-plan-line-unmatched, a
    // warning). SPEC §10's code order puts the unmatched line first; the pane must not.
    const lines = [
      economyLine(),
      { Del: 'Drift', Linjetype: 'Ramme', Rammeområde: '2', '2027': 500, '2028': 1200, '2029': 1800, '2030': 2400 },
      { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'X-9', '2027': 100, '2028': 0, '2029': 0, '2030': 0 },
    ];
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: lines }));
    await renderPane(port, 'reconcile');
    const error = screen.getByText(/rammeområde 2 i 2027: tiltakene har 600, rammen i økonomiplanen er 500/);
    const warning = screen.getByText(/Økonomiplanlinjen X-9 \(100\)/);
    expect(error.compareDocumentPosition(warning) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says which projects have their financing not reconciled (SPEC §10: Tidligere bevilget ≠ 0)', async () => {
    // I-001, 1000 kr: Kostnadsramme 3 500 = Tidligere bevilget 500 + 1 000 + 2 000; Lån 3 500. Its lines: Tiltak
    // 1 000, 2 000 (compared) and Finansiering Lån 1 000, 1 500 (not compared: nothing else says so).
    const project = {
      ID: 'I-001',
      Seksjon: 'Samfunn og tjenester',
      Prioritet: 1,
      Tiltak: 'Boliger',
      Kostnadsstatus: 'Beregnet',
      Prosjektnr: 'P-100',
      Formål: 'Omsorgsbolig',
      Kostnadsramme: 3500,
      'Tidligere bevilget': 500,
      '2027': 1000,
      '2028': 2000,
      Lån: 3500,
      Ansvarlig: 'Eiendom',
      'Berørte planområder': 'Oppvekst',
    };
    const lines = [
      { Del: 'Investering', Linjetype: 'Tiltak', Ref: 'P-100', Finansieringskilde: null, '2027': 1000, '2028': 2000 },
      {
        Del: 'Investering',
        Linjetype: 'Finansiering',
        Ref: 'P-100',
        Finansieringskilde: 'Lån',
        '2027': 1000,
        '2028': 1500,
      },
    ];
    const port = new FakePort(canonicalSnapshot({ investment: [project], economyPlan: lines }));
    await renderPane(port, 'reconcile');
    expect(screen.getByText(/Finansieringen av prosjekt P-100 er ikke avstemt/)).toBeTruthy();
  });

  it('says nothing of the kind when every project is compared', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [economyLine()] }));
    await renderPane(port, 'reconcile');
    expect(screen.queryByText(/ikke avstemt/)).toBeNull();
  });

  it.each([
    ['Tiltak drift!H7', { sheet: 'Tiltak drift', cell: 'H7' }],
    ["'Økonomiplan'!$H$4", { sheet: 'Økonomiplan', cell: 'H4' }],
    ['H4', null],
    [undefined, null],
  ])('splits the address %p', (address, expected) => {
    expect(splitAddress(address)).toEqual(expected);
  });
});

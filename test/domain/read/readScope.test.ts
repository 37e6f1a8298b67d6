import {
  amountColumnsOf,
  formulaColumnsOf,
  keptReconciliationColumns,
  lastRowsWithFormulas,
  planReconciliation,
  RECONCILIATION_COLUMNS,
  type ReconciliationItem,
  userColumnsOf,
  type WorkbookSnapshot,
} from '../../../src/domain';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { makePlan } from '../../helpers/plan';

describe('what a check reads', () => {
  it.each([
    ['tblTiltakDrift', ['ID', 'Tiltak', 2027, 'Sum periode', 'Kommentar'], [3]],
    ['TBLTILTAKDRIFT', ['ID', 'Sum perioden', 'Period total'], [1, 2]],
    ['tblTiltakDrift', ['Prosjektnr', 'sum  periode (1000 kr)'], [1]],
    ['tblTiltakInvestering', ['Prosjektnr', 'Sum periode'], []], // investments have no calculated column
    ['tblTiltakDrift', ['ID', 'Sum'], []],
    ['tblSeksjoner', ['Sum periode'], []],
  ])('finds the calculated columns of %s %j at %j', (table, header, columns) => {
    expect(formulaColumnsOf(table, header)).toEqual(columns);
  });

  it.each([
    ['tblTiltakDrift', ['ID', 2027, '2028', 'Sum periode', 'Heilårsverknad', 'Nye midler', 'Kommentar'], [1, 2, 4, 5]],
    ['tblTiltakInvestering', ['Kostnadsramme', 'Tiltak', 2027, 'Fond'], [0, 2, 3]],
    ['tblOkonomiplan', ['Ref', 2027, 2028, 'Beskrivelse'], [1, 2]],
    // Verdi holds the Toleranse, an amount: its format is read so that converting one typed as text can change it.
    ['tblInnstillinger', ['Innstilling', 'Verdi'], [1]],
    ['tblInnstillinger', ['Merknad', 'Setting', 'Value'], [2]],
    ['tblSeksjoner', ['Seksjon'], []],
  ])('finds the amount columns of %s (years and typed amounts) by header', (table, header, columns) => {
    expect(amountColumnsOf(table, header)).toEqual(columns);
  });

  // The user's own columns: no heading of the schema nor a year (amountColumnsOf has every year), or a second
  // heading of a column found before it; an empty heading is no column to the reader (table.ts).
  it.each([
    ['tblTiltakDrift', ['ID', 'Vedtatt dato', 2027, 'Tiltak', 'Kontaktperson', 'Kommentar'], [1, 4]],
    ['tblTiltakDrift', ['ID', 'Kommentar', 'kommentar', '', 2031, 'Kommentarer'], [2, 5]],
    ['tblTiltakInvestering', ['Prosjektnr', 'Merknad 2', 'Fond'], [1]],
    ['tblOkonomiplan', ['Ref', 2027, 'Kontonr', 'Beskrivelse'], [2]],
    ['tblInnstillinger', ['Innstilling', 'Verdi', 'Merknad'], []],
  ])('finds the user’s own columns of %s %j at %j', (table, header, columns) => {
    expect(userColumnsOf(table, header)).toEqual(columns);
  });

  it('reads the formulas of the last twenty rows of a measure table only (where a new measure goes)', () => {
    expect(
      ['tblTiltakDrift', 'tblTiltakInvestering', 'tblOkonomiplan', 'tblSeksjoner'].map(lastRowsWithFormulas),
    ).toEqual([20, 20, 0, 0]);
  });

  it('keeps the key, Status and Kommentar of tblAvstemming, wherever they stand', () => {
    const header = [...RECONCILIATION_COLUMNS.map((c) => c.header)].reverse();
    const kept = keptReconciliationColumns(header).map((i) => header[i]);
    expect(kept.sort()).toEqual([
      'Avvik',
      'Finansieringskilde',
      'Forklaring',
      'Klasse',
      'Kode',
      'Kommentar',
      'Ref',
      'Status',
      'År',
    ]);
  });

  it('keeps the columns the user added right of the product’s too (a new run carries them), not one between', () => {
    // A … K, «Mellom» (L), Forklaring … Kommentar (M … Q), «Saksbehandler» (R): kept are the key, Status,
    // Kommentar, Klasse (C, 2), Avvik (K, 10) and Forklaring (M, 12), which tell what «Akseptert» was given to, and R
    // (index 17);
    // L (11) is the user's alone and never written, so never needed.
    const headers = RECONCILIATION_COLUMNS.map((c) => c.header);
    const header = [...headers.slice(0, 11), 'Mellom', ...headers.slice(11), 'Saksbehandler'];
    expect(keptReconciliationColumns(header)).toEqual([1, 2, 3, 6, 7, 10, 12, 15, 16, 17]);
  });

  it('gives a new run the user’s Status and Kommentar from the kept columns alone', () => {
    const headers = RECONCILIATION_COLUMNS.map((c) => c.header);
    const keptAt = new Set(keptReconciliationColumns(headers));
    const full = ['Feil', 'frame-total', 'Avvik', 'R3', '', 'R3', 2027, null, 1, 2, -1, 'tekst', null, null];
    const row = [...full, 'Akseptert', 'Sjekket med økonomi'].map((v, i) => (keptAt.has(i) ? v : null));
    const wb: WorkbookSnapshot = {
      sheets: [{ sheet: 'Avstemming', origin: 'A1', values: [headers, row] }],
      tables: [{ name: 'tblAvstemming', sheet: 'Avstemming', ref: 'A1:P2' }],
    };
    const item: ReconciliationItem = {
      code: 'frame-total',
      class: 'mismatch',
      severity: 'error',
      ref: 'R3',
      year: 2027,
      measures: 1 as never,
      economyPlan: 2 as never,
      difference: -1 as never,
      cells: {},
    };
    const planned = planReconciliation([item], makePlan(), wb, reconciliationSheetText('nb', '1000 kr'));
    const body = (planned.ok ? planned.edits : []).find((e) => e.kind === 'setCells' && e.origin === 'A2');
    expect(body?.kind === 'setCells' && body.values[0]?.slice(-2)).toEqual(['Akseptert', 'Sjekket med økonomi']);
  });

  it('gives a new run the Avvik and Forklaring a kept «Akseptert» was given at (statusReview.ts)', () => {
    // Frame R3 2027 accepted at Avvik −1 (1000 kr: −1 000 kr); now the Avvik is −2 000 kr, −2 in the unit.
    const headers = RECONCILIATION_COLUMNS.map((c) => c.header);
    const keptAt = new Set(keptReconciliationColumns(headers));
    const full = ['Feil', 'frame-total', 'Avvik', 'R3', '', 'R3', 2027, null, 1, 2, -1, 'tekst', null, null];
    const row = [...full, 'Akseptert', null].map((v, i) => (keptAt.has(i) ? v : null));
    const wb: WorkbookSnapshot = {
      sheets: [{ sheet: 'Avstemming', origin: 'A1', values: [headers, row] }],
      tables: [{ name: 'tblAvstemming', sheet: 'Avstemming', ref: 'A1:P2' }],
    };
    const item: ReconciliationItem = {
      code: 'frame-total',
      class: 'mismatch',
      severity: 'error',
      ref: 'R3',
      year: 2027,
      measures: 1_000 as never,
      economyPlan: 3_000 as never,
      difference: -2_000 as never,
      cells: {},
    };
    const planned = planReconciliation([item], makePlan(), wb, reconciliationSheetText('nb', '1000 kr'));
    const body = (planned.ok ? planned.edits : []).find((e) => e.kind === 'setCells' && e.origin === 'A2');
    const explanation = body?.kind === 'setCells' ? String(body.values[0]?.[11]) : '';
    expect(explanation).toMatch(/^Akseptert ved avvik \u22121; avviket er nå \u22122 — vurder på nytt\. /);
  });

  it('gives a new run the Klasse a kept «Akseptert» was given as (statusReview.ts)', () => {
    // Frame R3 2027 accepted as Periodisering (a warning) at Avvik −1; now a mismatch (an error) at the same −1.
    const headers = RECONCILIATION_COLUMNS.map((c) => c.header);
    const keptAt = new Set(keptReconciliationColumns(headers));
    const full = [
      'Advarsel',
      'frame-total',
      'Periodisering',
      'R3',
      '',
      'R3',
      2027,
      null,
      1,
      2,
      -1,
      'tekst',
      null,
      null,
    ];
    const row = [...full, 'Akseptert', null].map((v, i) => (keptAt.has(i) ? v : null));
    const wb: WorkbookSnapshot = {
      sheets: [{ sheet: 'Avstemming', origin: 'A1', values: [headers, row] }],
      tables: [{ name: 'tblAvstemming', sheet: 'Avstemming', ref: 'A1:P2' }],
    };
    const item: ReconciliationItem = {
      code: 'frame-total',
      class: 'mismatch',
      severity: 'error',
      ref: 'R3',
      year: 2027,
      measures: 1_000 as never,
      economyPlan: 2_000 as never,
      difference: -1_000 as never,
      cells: {},
    };
    const planned = planReconciliation([item], makePlan(), wb, reconciliationSheetText('nb', '1000 kr'));
    const body = (planned.ok ? planned.edits : []).find((e) => e.kind === 'setCells' && e.origin === 'A2');
    const explanation = body?.kind === 'setCells' ? String(body.values[0]?.[11]) : '';
    expect(explanation).toMatch(/^Akseptert som Periodisering; nå Avvik — vurder på nytt\. /);
  });
});

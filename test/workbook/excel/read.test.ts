import type { WorkbookSnapshot } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { WorkbookError } from '../../../src/workbook/port';
import { fakeModel, recordingRunner, RecordingContext } from './recordingContext';

function port(ctx: RecordingContext, budget?: number): ExcelWorkbook {
  return new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, retryDelayMs: 0, budget });
}

/** Tiltak drift with a table over A1:C(n+1), a note beside it, Sammendrag, Avstemming and a user sheet. */
function planModel(rows: number) {
  const body = Array.from({ length: rows }, (_, i) => [`D-${i + 1}`, i * 1000, `=SUM(B${i + 2}:B${i + 2})`]);
  const model = fakeModel({
    'Tiltak drift': [['ID', '2027', 'Sum periode', null, 'Mitt notat'], ...body],
    Sammendrag: [['Sum', 5]],
    Avstemming: [
      ['Alvor', 'Kode', 'Ref', 'Forklaring', 'Status', 'Kommentar'],
      ['Feil', 'frame-total', 'R1', 'lang forklaring', 'Akseptert', 'ok'],
    ],
    Mine: [['hemmelig']],
  });
  model.tables.push(
    { name: 'tblTiltakDrift', sheet: 'Tiltak drift', ref: `A1:C${rows + 1}` },
    { name: 'tblAvstemming', sheet: 'Avstemming', ref: 'A1:F2' },
  );
  model.names.push({ name: 'lstSeksjoner', formula: '=tblSeksjoner[Seksjon]' });
  return model;
}

const loaded = (ctx: RecordingContext) => ctx.loads.map((l) => `${l.target} ${l.props}`);

describe('ExcelWorkbook.read (check)', () => {
  it('loads the product tables, the formulas of Sum periode and the amounts, the formats of the amounts, and of Avstemming only what a new run keeps', async () => {
    const ctx = new RecordingContext(planModel(3));
    await port(ctx).read();
    expect(loaded(ctx)).toEqual([
      'worksheets items/name',
      'tables items/name,items/worksheet/name,items/showTotals,items/showHeaders',
      'names items/name,items/type,items/formula',
      'Tiltak drift!A1:C4 address',
      'Tiltak drift!A1:C1 values',
      // Its first twenty rows under the header: what a row weighs, for the size of its blocks (payload.ts).
      'Tiltak drift!A2:C21 values',
      'Avstemming!A1:F2 address',
      'Avstemming!A1:F1 values',
      // Of the sheets it reads nothing of, the used range and the top from A1: a saved version there would give
      // its ID columns, never handed out again (SPEC §4; versionIds.ts). Neither is one here.
      'Sammendrag!used address',
      'Mine!used address',
      'Sammendrag!A1:E35 values',
      'Mine!A1:E35 values',
      // Avstemming's Kommentar first: a number there asks for its format, in a later sync if the read takes more
      // than one (commentFormats.ts).
      'Avstemming!F2:F2 values',
      'Avstemming!F2:F2 valueTypes',
      // The table and the twenty rows under it (lines typed outside the table are told), the first of them where
      // a new measure goes (a note typed there must be seen), and that row's formulas and those of the table's
      // last twenty rows, here its whole body (one showing empty text is still the user's: a new measure goes
      // into no such row); Sum periode's among them.
      'Tiltak drift!A1:C24 values',
      // With each block of values, which of its cells hold an Excel error (a formula's or a constant), by address:
      // nothing but a null object here (errorCells.ts). A block of at most 64 cells asks its value types instead.
      'Tiltak drift!A1:C24 Formulas errors address',
      'Tiltak drift!A1:C24 Constants errors address',
      'Tiltak drift!A2:C5 formulas',
      // The number formats of the amount column (2027), the row under the table too: a date there is no amount,
      // and an amount written there must not keep a date's format.
      'Tiltak drift!B2:B5 numberFormat',
      'Avstemming!A1:F1 values',
      'Avstemming!A1:F1 valueTypes',
      'Avstemming!B2:B2 values',
      'Avstemming!B2:B2 valueTypes',
      'Avstemming!C2:C2 values',
      'Avstemming!C2:C2 valueTypes',
      // Forklaring: a note of an earlier run names the Avvik «Akseptert» was given at (sheets/statusReview.ts).
      'Avstemming!D2:D2 values',
      'Avstemming!D2:D2 valueTypes',
      'Avstemming!E2:E2 values',
      'Avstemming!E2:E2 valueTypes',
      // Kommentar's number formats, the read fitting one sync: a date typed there is read as a date (review r41),
      // kept only where a number is (commentFormats.ts).
      'Avstemming!F2:F2 numberFormat',
      // The formulas of the amount column's body above those rows (an amount whose value is number text may be a
      // formula's, which converting text to numbers leaves alone) would come here: none, the body is 3 rows.
    ]);
    expect(ctx.ops).toEqual([]);
    expect(ctx.syncCount).toBe(3);
  });

  it('turns what it loaded into a snapshot: errors as errors, empties, formulas, tables, names', async () => {
    const model = planModel(2);
    const sheet = model.sheets[0]!;
    sheet.cells.set('B3', { value: '#REF!', error: true });
    const snap = await port(new RecordingContext(model)).read();
    const drift = snap.sheets.find((s) => s.sheet === 'Tiltak drift')!;
    expect(drift.origin).toBe('A1');
    // The table's three rows and the twenty read under it (rowsReadBelow), empty here.
    expect(drift.values.slice(0, 4)).toEqual([
      ['ID', '2027', 'Sum periode'],
      ['D-1', 0, 0],
      // An error cell as the file adapter reads it (errorCells.ts), not as the text "#REF!" values gives.
      ['D-2', { error: '#REF!' }, 0],
      [null, null, null],
    ]);
    expect(drift.values).toHaveLength(23);
    expect(drift.values.slice(3).every((row) => row.every((v) => v === null))).toBe(true);
    expect(drift.formulas?.slice(0, 4)).toEqual([
      [null, null, null],
      [null, null, '=SUM(B2:B2)'],
      [null, null, '=SUM(B3:B3)'],
      [null, null, null],
    ]);
    // Formats of the amount column only (its row under the table too); the rest is not read.
    expect(drift.numberFormats?.slice(0, 4)).toEqual([
      [null, null, null],
      [null, 'General', null],
      [null, 'General', null],
      [null, 'General', null],
    ]);
    expect(snap.sheets.map((s) => s.sheet)).toEqual(['Tiltak drift', 'Sammendrag', 'Avstemming', 'Mine']);
    expect(snap.sheets.find((s) => s.sheet === 'Sammendrag')?.values).toEqual([]);
    expect(snap.sheets.find((s) => s.sheet === 'Mine')?.values).toEqual([]);
    expect(snap.sheets.find((s) => s.sheet === 'Avstemming')?.values).toEqual([
      ['Alvor', 'Kode', 'Ref', 'Forklaring', 'Status', 'Kommentar'],
      [null, 'frame-total', 'R1', 'lang forklaring', 'Akseptert', 'ok'],
    ]);
    expect(snap.tables).toEqual([
      { name: 'tblTiltakDrift', sheet: 'Tiltak drift', ref: 'A1:C3' },
      { name: 'tblAvstemming', sheet: 'Avstemming', ref: 'A1:F2' },
    ]);
    expect(snap.names).toEqual([{ name: 'lstSeksjoner', ref: 'tblSeksjoner[Seksjon]' }]);
  });

  it('reads a product sheet whose table is missing whole, formulas included, from where its cells start', async () => {
    const model = fakeModel({
      'Tiltak drift': [
        [null, null],
        [null, 'ID', 'Sum periode'],
        [null, 'D-1', '=SUM(X1)'],
      ],
    });
    const ctx = new RecordingContext(model);
    const snap = await port(ctx).read();
    expect(snap.sheets[0]).toMatchObject({
      origin: 'B2',
      values: [
        ['ID', 'Sum periode'],
        ['D-1', 0],
      ],
      formulas: [
        [null, null],
        [null, '=SUM(X1)'],
      ],
    });
    expect(loaded(ctx)).toContain('Tiltak drift!used address');
  });

  it.each([10, 1_000, 10_000])('reads %i rows of this small table in 3 syncs', async (rows) => {
    const ctx = new RecordingContext(planModel(rows));
    const snap = await port(ctx).read();
    // Header, rows, and the twenty (empty) rows read under the table.
    expect(snap.sheets[0]?.values).toHaveLength(rows + 1 + 20);
    expect(ctx.syncCount).toBe(3);
    expect(ctx.largestPayload).toBeLessThanOrEqual(4_000_000);
  });

  it('reads in blocks under a smaller budget the same snapshot as in one', async () => {
    const whole = await port(new RecordingContext(planModel(10_000))).read();
    const ctx = new RecordingContext(planModel(10_000));
    const blocks = await port(ctx, 100_000).read();
    expect(blocks).toEqual(whole);
    // 30 063 cells of values (header, 10 000 rows and the 20 under, 3 columns) at 24 bytes, 10 003 of formulas
    // (Sum periode and the row under) at 40 and 10 001 number formats (2027 and the row under) at 16 bytes each,
    // 100 000 bytes a sync; blocks are packed in order, so a sync may end up to one block short of full.
    const needed = Math.ceil((30_063 * 24 + 10_003 * 40 + 10_001 * 16) / 100_000);
    expect(ctx.syncCount).toBeGreaterThanOrEqual(2 + needed);
    expect(ctx.syncCount).toBeLessThanOrEqual(2 + needed + 1);
    expect(Math.max(...ctx.payloads.map((p) => p.response))).toBeLessThanOrEqual(100_000);
  });

  it('reads a block Excel finds too large again in halves', async () => {
    const model = planModel(40);
    // Long texts: far more than the estimate per cell, so the first response is over the host's cap.
    for (let r = 2; r <= 41; r++) model.sheets[0]!.cells.set(`A${r}`, { value: 'x'.repeat(200_000) });
    const ctx = new RecordingContext(model);
    const snap = await port(ctx).read();
    expect(snap.sheets[0]?.values[40]?.[0]).toHaveLength(200_000);
    expect(ctx.payloads.some((p) => p.response > 5_000_000)).toBe(true);
    expect(ctx.payloads.at(-1)?.response).toBeLessThanOrEqual(5_000_000);
  });

  it('retries once when Excel is in cell edit mode', async () => {
    const ctx = new RecordingContext(planModel(2));
    ctx.failures.push({ code: 'InvalidOperationInCellEditMode', message: 'editing' });
    const snap = await port(ctx).read();
    expect(snap.tables).toHaveLength(2);
    expect(ctx.syncCount).toBe(4);
  });

  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit-mode', 2],
    ['ApiNotFound', 'unsupported-api', 1],
    ['AccessDenied', 'sheet-protected', 1],
    ['ResponsePayloadSizeLimitExceeded', 'payload-too-large', 1],
    ['GeneralException', 'unknown', 1],
  ])('maps a failing %s to %s after %i attempt(s)', async (code, kind, attempts) => {
    const ctx = new RecordingContext(planModel(2));
    ctx.failures.push({ code, message: 'x' }, { code, message: 'x' });
    const error = await port(ctx)
      .read()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).kind).toBe(kind);
    expect((error as WorkbookError).code).toBe(code);
    expect(ctx.syncCount).toBe(attempts);
  });
});

describe('ExcelWorkbook.read (structure, roll, versions)', () => {
  const withArchives = () => {
    const model = planModel(2);
    model.sheets.push(fakeModel({ 'Arkiv 2026': [['gammel']] }).sheets[0]!);
    model.sheets.push(fakeModel({ 'Versjon 1': [['Lagret']] }).sheets[0]!);
    return model;
  };
  const values = (snap: WorkbookSnapshot, sheet: string) => snap.sheets.find((s) => s.sheet === sheet)?.values;

  it.each([
    ['structure', []],
    ['roll', [['gammel']]],
  ] as const)(
    'reads (%s) the used ranges of the product sheets, first-row formats, archives and versions %j, nothing else',
    async (scope, archive) => {
      const ctx = new RecordingContext(withArchives());
      const snap = await port(ctx).read(scope);
      const drift = snap.sheets.find((s) => s.sheet === 'Tiltak drift')!;
      expect(drift.values[0]).toEqual(['ID', '2027', 'Sum periode', null, 'Mitt notat']);
      expect(drift.numberFormats?.[1]).toEqual(['General', 'General', 'General', null, null]);
      // Only a roll (and Endringer) reads the archive and versions; the writes need their names only.
      expect(values(snap, 'Arkiv 2026')).toEqual(archive);
      expect(values(snap, 'Versjon 1')).toEqual(archive.length ? [['Lagret']] : []);
      expect(values(snap, 'Mine')).toEqual([]);
      if (scope === 'roll') {
        // The rolled workbook builds Sammendrag and Avstemming anew: a roll does not read them.
        expect(values(snap, 'Sammendrag')).toEqual([]);
        expect(values(snap, 'Avstemming')).toEqual([]);
        return;
      }
      // What the product writes is read whole: a note of the user's there is seen before a write.
      expect(values(snap, 'Sammendrag')).toEqual([['Sum', 5]]);
      expect(snap.sheets.find((s) => s.sheet === 'Avstemming')?.values[1]).toEqual([
        'Feil',
        'frame-total',
        'R1',
        'lang forklaring',
        'Akseptert',
        'ok',
      ]);
    },
  );

  it('reads (versions) the archives and versions whole and nothing of the product sheets', async () => {
    const ctx = new RecordingContext(withArchives());
    const snap = await port(ctx).read('versions');
    expect(values(snap, 'Arkiv 2026')).toEqual([['gammel']]);
    expect(values(snap, 'Versjon 1')).toEqual([['Lagret']]);
    for (const sheet of ['Tiltak drift', 'Sammendrag', 'Avstemming', 'Mine']) expect(values(snap, sheet)).toEqual([]);
    // 1: sheets, tables, names. 2: the used ranges. 3: the archives and versions with the other sheets' tops.
    expect(ctx.syncCount).toBe(3);
  });
});

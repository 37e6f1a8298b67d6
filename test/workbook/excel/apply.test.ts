import fc from 'fast-check';
import { toA1 } from '../../../src/domain/model/a1';
import type { Edit } from '../../../src/domain/model/edits';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { WorkbookError } from '../../../src/workbook/port';
import { cloneCells, fakeModel, opsOf, recordingRunner, RecordingContext } from './recordingContext';

function port(ctx: RecordingContext, resize = true): ExcelWorkbook {
  return new ExcelWorkbook({
    run: recordingRunner(ctx),
    isSetSupported: (_n, v) => resize || v !== '1.13',
    retryDelayMs: 0,
  });
}

function workbook() {
  const model = fakeModel({ Innstillinger: [['Seksjon'], ['Samfunn']], 'Tiltak drift': [['ID', 'Tiltak', '2027']] });
  model.tables.push({ name: 'tblTiltakDrift', sheet: 'Tiltak drift', ref: 'A1:C2' });
  model.names.push({ name: 'lstSeksjoner', formula: '=Innstillinger!$A$2:$A$9' });
  return model;
}

describe('ExcelWorkbook.apply', () => {
  it.each<[string, Edit, { op: string; target: string; value: unknown }[]]>([
    [
      'constants as values',
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A3', values: [['D-2', 'Ny', 5]] },
      [{ op: 'values', target: 'Tiltak drift!A3:C3', value: [['D-2', 'Ny', 5]] }],
    ],
    [
      'a block with a formula as formulas',
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'B4', values: [[null, { formula: 'SUM(C2:C3)' }]] },
      [{ op: 'formulas', target: 'Tiltak drift!B4:C4', value: [['', '=SUM(C2:C3)']] }],
    ],
    [
      'a list from a workbook name',
      { kind: 'setValidation', sheet: 'Tiltak drift', range: 'B2:B9', rule: { type: 'list', source: 'lstSeksjoner' } },
      [
        { op: 'dataValidation.clear', target: 'Tiltak drift!B2:B9', value: null },
        {
          op: 'dataValidation.rule',
          target: 'Tiltak drift!B2:B9',
          value: { list: { inCellDropDown: true, source: '=lstSeksjoner' } },
        },
      ],
    ],
    [
      'a literal list',
      { kind: 'setValidation', sheet: 'Tiltak drift', range: 'D2', rule: { type: 'list', source: 'Varig,Engangs' } },
      [
        { op: 'dataValidation.clear', target: 'Tiltak drift!D2', value: null },
        {
          op: 'dataValidation.rule',
          target: 'Tiltak drift!D2',
          value: { list: { inCellDropDown: true, source: 'Varig,Engangs' } },
        },
      ],
    ],
    [
      'a whole number between bounds',
      { kind: 'setValidation', sheet: 'Tiltak drift', range: 'E2', rule: { type: 'wholeNumber', min: 1, max: 99 } },
      [
        { op: 'dataValidation.clear', target: 'Tiltak drift!E2', value: null },
        {
          op: 'dataValidation.rule',
          target: 'Tiltak drift!E2',
          value: { wholeNumber: { formula1: 1, formula2: 99, operator: 'Between' } },
        },
      ],
    ],
    [
      'a new name',
      { kind: 'defineName', name: 'lstNy', ref: "'Tiltak drift'!$A$2:$A$3" },
      [{ op: 'names.add', target: 'lstNy', value: "='Tiltak drift'!$A$2:$A$3" }],
    ],
    [
      'an existing name, replaced',
      { kind: 'defineName', name: 'lstSeksjoner', ref: 'Innstillinger!$A$2:$A$4' },
      [
        { op: 'names.delete', target: 'lstSeksjoner', value: null },
        { op: 'names.add', target: 'lstSeksjoner', value: '=Innstillinger!$A$2:$A$4' },
      ],
    ],
    [
      'a number format',
      { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: 'C2:C3', format: '# ##0' },
      [{ op: 'numberFormat', target: 'Tiltak drift!C2:C3', value: [['# ##0'], ['# ##0']] }],
    ],
    [
      'a bad style',
      { kind: 'setStyle', sheet: 'Tiltak drift', range: 'C2', style: 'bad' },
      [
        { op: 'fill.color', target: 'Tiltak drift!C2', value: '#FCE4D6' },
        { op: 'font.color', target: 'Tiltak drift!C2', value: '#9C0006' },
        { op: 'font.bold', target: 'Tiltak drift!C2', value: false },
        { op: 'font.italic', target: 'Tiltak drift!C2', value: false },
      ],
    ],
    [
      'a column width in characters',
      { kind: 'setColumnWidth', sheet: 'Tiltak drift', column: 'B', width: 10 },
      [{ op: 'columnWidth', target: 'Tiltak drift!B:B', value: 56.25 }],
    ],
    [
      'frozen header rows',
      { kind: 'freezeRows', sheet: 'Tiltak drift', rows: 1 },
      [{ op: 'freezeRows', target: 'Tiltak drift', value: 1 }],
    ],
    [
      'a selection',
      { kind: 'select', sheet: 'Tiltak drift', cell: 'C2' },
      [
        { op: 'activate', target: 'Tiltak drift', value: null },
        { op: 'select', target: 'Tiltak drift!C2', value: null },
      ],
    ],
    [
      'a cleared owned block, and nothing beside it',
      { kind: 'clearOwnedRange', sheet: 'Innstillinger', range: 'A1:P40' },
      [
        { op: 'clear', target: 'Innstillinger!A1:P40', value: 'All' },
        { op: 'dataValidation.clear', target: 'Innstillinger!A1:P40', value: null },
      ],
    ],
    [
      'a cleared owned block that keeps a cell of hers (review r25): cleared around it, her look with it',
      { kind: 'clearOwnedRange', sheet: 'Innstillinger', range: 'A1:C3', keep: ['B2'] },
      ['A1:C1', 'A2:A2', 'C2:C2', 'A3:C3'].flatMap((r) => [
        { op: 'clear', target: `Innstillinger!${r}`, value: 'All' },
        { op: 'dataValidation.clear', target: `Innstillinger!${r}`, value: null },
      ]),
    ],
    [
      'a deleted owned table (the table only: its cells go by clearOwnedRange), its rows shown first',
      { kind: 'deleteOwnedTable', name: 'tblTiltakDrift' },
      [
        { op: 'table.clearFilters', target: '', value: null },
        { op: 'rowHidden', target: 'Tiltak drift!A2:C2', value: false },
        { op: 'table.convertToRange', target: '', value: null },
      ],
    ],
    [
      'inserted cells, shifting the cells below down',
      { kind: 'insertCells', sheet: 'Tiltak drift', range: 'A3:C3' },
      [{ op: 'insert', target: 'Tiltak drift!A3:C3', value: 'Down' }],
    ],
    ['a missing owned table (nothing to delete)', { kind: 'deleteOwnedTable', name: 'tblAvstemming' }, []],
    ['an existing sheet (kept)', { kind: 'ensureSheet', sheet: 'innstillinger' }, []],
    [
      'a new sheet',
      { kind: 'ensureSheet', sheet: 'Sammendrag' },
      [{ op: 'worksheets.add', target: 'Sammendrag', value: null }],
    ],
    [
      'a new hidden sheet (a saved version)',
      { kind: 'ensureSheet', sheet: 'Versjon 1', hidden: true },
      [
        { op: 'worksheets.add', target: 'Versjon 1', value: null },
        { op: 'visibility', target: 'Versjon 1', value: 'Hidden' },
      ],
    ],
    [
      'an existing sheet asked hidden (kept as it is)',
      { kind: 'ensureSheet', sheet: 'Innstillinger', hidden: true },
      [],
    ],
    [
      'a resize',
      { kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:C3' },
      [{ op: 'table.resize', target: '', value: 'A1:C3' }],
    ],
  ])('writes %s', async (_label, edit, expected) => {
    const ctx = new RecordingContext(workbook());
    await port(ctx).apply([edit]);
    expect(ctx.ops).toEqual(expected);
    // One sync to learn what exists, one for the writes (none when there is nothing to write).
    expect(ctx.syncCount).toBe(expected.length > 0 ? 2 : 1);
  });

  it('refuses to clear what is anchored on a block (only a roll into a file does), and writes nothing', async () => {
    const ctx = new RecordingContext(workbook());
    await expect(
      port(ctx).apply([
        { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A2', values: [['D-9']] },
        { kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'A1:C2', anchored: true },
      ]),
    ).rejects.toThrow('anchored');
    expect(ctx.ops).toEqual([]);
  });

  it('creates a table with headers, its name and a calculated column', async () => {
    const ctx = new RecordingContext(
      fakeModel({
        Ark: [
          ['ID', 'A', 'B', 'Sum'],
          ['x', 1, 2, null],
          ['y', 3, 4, null],
        ],
      }),
    );
    await port(ctx).apply([
      { kind: 'createTable', sheet: 'Ark', name: 'tblNy', ref: 'A1:D3', calculated: { Sum: '=[@A]+[@B]' } },
    ]);
    expect(ctx.ops).toEqual([
      { op: 'tables.add', target: 'Ark!A1:D3', value: true },
      { op: 'table.name', target: '', value: 'tblNy' },
      { op: 'formulas', target: 'Ark!D2:D3', value: [['=[@A]+[@B]'], ['=[@A]+[@B]']] },
    ]);
    expect(ctx.model.tables).toEqual([{ name: 'tblNy', sheet: 'Ark', ref: 'A1:D3' }]);
    expect(ctx.model.sheets[0]?.cells.get('D3')).toMatchObject({ formula: '=[@A]+[@B]' });
  });

  it("makes room for a new table row above a user's note, as Excel does, in the same two syncs", async () => {
    const model = workbook();
    const sheet = model.sheets.find((x) => x.name === 'Tiltak drift')!;
    sheet.cells.set('A2', { value: 'D-1' });
    sheet.cells.set('B3', { value: 'Husk vedtak' });
    sheet.cells.set('E3', { value: 'utenfor tabellen' });
    const ctx = new RecordingContext(model);
    await port(ctx).apply([
      { kind: 'insertCells', sheet: 'Tiltak drift', range: 'A3:C3' },
      { kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:C3' },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A3', values: [['D-2', 'Ny', 5]] },
    ]);
    expect(ctx.ops.map((o) => o.op)).toEqual(['insert', 'table.resize', 'values']);
    expect(ctx.syncCount).toBe(2);
    expect(sheet.cells.get('B4')).toEqual({ value: 'Husk vedtak' });
    expect(sheet.cells.get('E3')).toEqual({ value: 'utenfor tabellen' });
    expect(sheet.cells.get('B3')).toMatchObject({ value: 'Ny' });
    expect(model.tables[0]?.ref).toBe('A1:C3');
  });

  it('writes nothing and says so when Table.resize (ExcelApi 1.13) is missing', async () => {
    const ctx = new RecordingContext(workbook());
    const before = cloneCells(ctx.model);
    const error = await port(ctx, false)
      .apply([
        { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A3', values: [['D-2', 'Ny', 5]] },
        { kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:C3' },
      ])
      .catch((e: unknown) => e);
    expect((error as WorkbookError).kind).toBe('resize-unsupported');
    expect(ctx.ops).toEqual([]);
    expect(cloneCells(ctx.model)).toEqual(before);
    expect(ctx.model.tables).toEqual([{ name: 'tblTiltakDrift', sheet: 'Tiltak drift', ref: 'A1:C2' }]);
  });

  it('writes a large block in row blocks under the budget, to the same cells as in one', async () => {
    const values = Array.from({ length: 10_000 }, (_, i) => [`D-${i + 2}`, `Tiltak nr. ${i}`, i]);
    const edits: Edit[] = [
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A2', values },
      { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: 'C2:C10001', format: '#,##0' },
    ];
    const whole = new RecordingContext(workbook());
    await port(whole).apply(edits);
    const blocks = new RecordingContext(workbook());
    await new ExcelWorkbook({ run: recordingRunner(blocks), isSetSupported: () => true, budget: 100_000 }).apply(edits);
    expect(cloneCells(blocks.model)).toEqual(cloneCells(whole.model));
    expect(whole.syncCount).toBe(2);
    expect(blocks.syncCount).toBeGreaterThan(5);
    expect(Math.max(...blocks.payloads.map((p) => p.request))).toBeLessThanOrEqual(100_000);
  });

  it('counts the empty formats sent for the rows without text in a block that marks some text', async () => {
    // 1 000 rows of ten 1s; only A2 holds text Excel would parse ("6.10"), so its block carries a format grid
    // of 1 000 rows: ["@",null,…] for A2 and [null ×10] (51 bytes) for every other row, sent all the same.
    const values = Array.from({ length: 1_000 }, (_, i) =>
      Array.from({ length: 10 }, (_, c) => (i + c === 0 ? '6.10' : 1)),
    );
    const ctx = new RecordingContext(fakeModel({ Data: [['x']] }));
    await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, budget: 30_000 }).apply([
      { kind: 'setCells', sheet: 'Data', origin: 'A2', values },
    ]);
    // Per row 22 bytes of values and 52 of formats (54 for A2's), 500 per call (OP_OVERHEAD), and 700 for each of
    // the row blocks of 150 rows (1 500 cells) office.js cuts a grid of more than 1 500 cells into, in each of
    // the two grids (cells.ts gridBlockBytes, review r38): 500 + 500 + 74 × 335 + 2 + 2 × 3 × 700 = 29 992 fits
    // in 30 000, 336 rows (30 066) do not; the other 665 rows carry no text, so no formats: one block.
    expect(opsOf(ctx, 'numberFormat').map((o) => o.target)).toEqual(['Data!A2:J336']);
    expect(opsOf(ctx, 'values').map((o) => o.target)).toEqual(['Data!A2:J336', 'Data!A337:J1001']);
    expect(Math.max(...ctx.payloads.map((p) => p.request))).toBeLessThanOrEqual(30_000);
    const cells = ctx.model.sheets[0]?.cells;
    expect(cells?.get('A2')).toEqual({ value: '6.10', numberFormat: '@' });
    expect([cells?.get('B2'), cells?.get('J336'), cells?.get('A337'), cells?.get('J1001')]).toEqual(
      Array.from({ length: 4 }, () => ({ value: 1 })),
    );
  });

  it.each([10, 1_000, 10_000])('uses the same number of sync() calls for %i rows', async (rows) => {
    const ctx = new RecordingContext(workbook());
    const values = Array.from({ length: rows }, (_, i) => [`D-${i + 2}`, 'Tiltak', { formula: `C${i + 2}*2` }]);
    await port(ctx).apply([
      { kind: 'ensureSheet', sheet: 'Sammendrag' },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A2', values },
      { kind: 'resizeTable', name: 'tblTiltakDrift', ref: `A1:C${rows + 1}` },
      { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: `C2:C${rows + 1}`, format: '0' },
      {
        kind: 'setCells',
        sheet: 'Sammendrag',
        origin: 'A1',
        values: [['Sum', { formula: "SUM('Tiltak drift'!$C:$C)" }]],
      },
    ]);
    expect(ctx.syncCount).toBe(2);
    expect(opsOf(ctx, 'formulas')[0]?.target).toBe(`Tiltak drift!A2:C${rows + 1}`);
    expect(ctx.model.sheets[1]?.cells.get(toA1(rows + 1, 3))?.formula).toBe(`=C${rows + 1}*2`);
  });

  it('writes nothing when an edit names a sheet that does not exist', async () => {
    const ctx = new RecordingContext(workbook());
    const before = cloneCells(ctx.model);
    const error = await port(ctx)
      .apply([
        { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A5', values: [['x']] },
        { kind: 'freezeRows', sheet: 'Borte', rows: 1 },
      ])
      .catch((e: unknown) => e);
    expect((error as WorkbookError).kind).toBe('sheet-missing');
    expect(cloneCells(ctx.model)).toEqual(before);
    expect(ctx.syncCount).toBe(1);
  });

  it('does not retry a failed write', async () => {
    const ctx = new RecordingContext(workbook());
    const run = port(ctx);
    await run.apply([{ kind: 'freezeRows', sheet: 'Tiltak drift', rows: 1 }]);
    ctx.failures.push({ code: 'InvalidOperationInCellEditMode', message: 'editing' });
    const error = await run.apply([{ kind: 'freezeRows', sheet: 'Tiltak drift', rows: 1 }]).catch((e: unknown) => e);
    expect((error as WorkbookError).kind).toBe('cell-edit-mode');
    expect(ctx.syncCount).toBe(3);
  });

  it('leaves every user cell outside the written block untouched', () => {
    const cell = fc.record({ row: fc.integer({ min: 1, max: 12 }), col: fc.integer({ min: 1, max: 8 }) });
    return fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, fc.integer()), { maxLength: 30 }),
        cell,
        fc.integer({ min: 1, max: 4 }),
        async (user, at, size) => {
          const model = fakeModel({ Ark: [] });
          for (const [c, v] of user) model.sheets[0]!.cells.set(toA1(c.row, c.col), { value: v });
          const before = cloneCells(model).Ark!;
          const block = Array.from({ length: size }, () => Array.from({ length: size }, () => 'ny'));
          await port(new RecordingContext(model)).apply([
            { kind: 'setCells', sheet: 'Ark', origin: toA1(at.row, at.col), values: block },
          ]);
          const inside = (a1: string) =>
            Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => toA1(at.row + r, at.col + c)))
              .flat()
              .includes(a1);
          for (const [a1, value] of Object.entries(before)) {
            if (!inside(a1)) expect(model.sheets[0]!.cells.get(a1)).toEqual(value);
          }
          expect(model.sheets[0]!.cells.size).toBe(
            Object.keys(before).filter((a1) => !inside(a1)).length + size * size,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

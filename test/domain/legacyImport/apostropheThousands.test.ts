/**
 * «600'» in a legacy amount cell: the budget officer's shorthand for 600 tusen kr, read as 600 in 1000 kr as «600
 * tusen» is, whatever the column's unit, and logged (`number-apostrophe-thousands`). Other apostrophes are no such
 * amount and stay unread text, to Kommentar: Swiss grouping «1'200'000» (read as thousands it would be 1,2
 * milliarder, read as grouping it is 1 200 000 in the column's unit: mill kr in Verdal's 6.1, 1,2 billion kr), «1'200»,
 * «600''», «600 '». Figures by hand.
 */
import { classifyAmount } from '../../../src/domain/legacyImport/cells';
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

describe('classifyAmount of a text with an apostrophe', () => {
  it.each([
    ["600'", 600],
    ['600\u2019', 600],
    ['600\u00b4', 600],
    ["1 200'", 1200],
    ["-50'", -50],
    ["2,5'", 2.5],
  ])('%p is %p in 1000 kr', (text, value) => {
    expect(classifyAmount(text)).toEqual({ kind: 'number', value, fromText: true, unit: '1000 kr' });
  });

  it.each(["1'200'000", "1'200", "600''", "600 '", "'600", "ca. 600'", "600' kr"])('%p stays text', (text) => {
    expect(classifyAmount(text)).toEqual({ kind: 'text', text });
  });
});

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', 'Samlet kostnad (mill kr)', '2027 (mill kr)', '2028 (mill kr)'];

const run = (cell: CellValue, unit: Unit = '1000 kr'): ImportResult =>
  importLegacy(
    {
      sheets: [{ sheet: 'Drift', origin: 'A1', values: [HEADER, ['DRIFT'], [1, 'Spredt bosetting', 0.6, cell, 0.6]] }],
      tables: [],
    },
    { defaultStartYear: 2027, unit, commentNote: importCommentNote('nb') },
  );

describe("«600'» under a mill kr year", () => {
  it('is 600 in a 1000 kr workbook (600 tusen kr), as 0,6 mill kr in 2028 is', () => {
    expect(run("600'").content.operating[0]?.years).toEqual([600, 600, null, null]);
  });

  it('is 0,6 in a mill kr workbook and 600 000 in a kr workbook', () => {
    expect(run("600'", 'mill kr').content.operating[0]?.years.slice(0, 2)).toEqual([0.6, 0.6]);
    expect(run("600'", 'kr').content.operating[0]?.years.slice(0, 2)).toEqual([600000, 600000]);
  });

  it('is logged at its cell with the text as typed, nothing in Kommentar', () => {
    const result = run("600'");
    const logged = result.log.filter((d) => d.code === 'number-apostrophe-thousands');
    expect(logged.map((d) => [d.cell, d.params])).toEqual([['D3', { number: 600, unit: '1000 kr', typed: "600'" }]]);
    expect(renderImportDecision(logged[0]!, 'nb')).toBe(
      "Tallet er skrevet «600'», med apostrof for tusen; lest som 600 (1000 kr).",
    );
    expect(result.content.operating[0]?.values.comment ?? '').toBe('');
  });

  it("leaves Swiss «1'200'000» unread: 2027 empty, the text in Kommentar and the log", () => {
    const result = run("1'200'000");
    expect(result.content.operating[0]?.years[0]).toBeNull();
    expect(String(result.content.operating[0]?.values.comment)).toContain("1'200'000");
    expect(result.log.filter((d) => d.code === 'text-not-amount').map((d) => d.cell)).toEqual(['D3']);
  });
});

import { readLists, readPlanRefs } from '../../../src/domain/read/lists';
import { canonicalSnapshot, setCell, withoutSheet, withoutTables } from '../../helpers/workbook';

describe('readLists', () => {
  it('reads the four lists, skipping empty cells and reading codes as text', () => {
    const wb = canonicalSnapshot({
      lists: { sections: ['A', ' B '], frames: [{ code: '2', name: 'Helse' }], responsibles: ['X'], areas: ['P'] },
    });
    const withNumberCode = setCell(setCell(wb, 'Innstillinger', 'H2', 3), 'Innstillinger', 'D4', 'outside the table');
    const { lists, findings } = readLists(withNumberCode);
    expect(lists).toEqual({
      sections: ['A', 'B'],
      areas: ['P'],
      frames: [{ code: '3', name: 'Helse' }],
      responsibles: ['X'],
    });
    expect(findings).toEqual([]);
  });

  it.each([
    ['missing sheet', withoutSheet(canonicalSnapshot(), 'Innstillinger'), 'A1'],
    ['empty list', canonicalSnapshot({ lists: { areas: [] } }), 'F1'],
  ])('%s → list-empty', (_name, wb, cell) => {
    const { findings } = readLists(wb);
    expect(findings.some((f) => f.code === 'list-empty' && f.cell === cell && f.severity === 'warning')).toBe(true);
  });

  it('a list value over 255 characters (a 312-character section) is an error on its cell; 255 is allowed', () => {
    const long = 'Samfunn og tjenester '.repeat(15).slice(0, 312);
    const wb = canonicalSnapshot({ lists: { sections: ['A', 'x'.repeat(255), long] } });
    const { findings } = readLists(wb);
    const found = findings.filter((f) => f.code === 'list-value-too-long');
    expect(found.map((f) => [f.severity, f.params])).toEqual([
      ['error', { list: 'tblSeksjoner', length: 312, max: 255 }],
    ]);
    // The cell named holds the long text.
    const sheet = wb.sheets.find((x) => x.sheet === 'Innstillinger');
    const at = /^([A-Z])(\d+)$/.exec(found[0]?.cell ?? '');
    const col = (at?.[1] ?? 'A').charCodeAt(0) - 65;
    expect(sheet?.values[Number(at?.[2]) - 1]?.[col]).toBe(long);
  });

  it('a frame with a name but no code (empty, or only spaces) is a frame-code-missing warning on its Kode cell', () => {
    // tblRammeomrader at H1:I4: row 2 R1, row 3 «Helse» with no code, row 4 «NAV» with a code of three spaces.
    const frames = [
      { code: 'R1', name: 'Sentral' },
      { code: '', name: 'Helse' },
      { code: '   ', name: 'NAV' },
    ];
    const { lists, findings } = readLists(canonicalSnapshot({ lists: { frames } }));
    // The row cannot be chosen or counted (no code): it stays out of the list, and the finding says so.
    expect(lists.frames).toEqual([{ code: 'R1', name: 'Sentral' }]);
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell, f.params])).toEqual([
      ['frame-code-missing', 'warning', 'Innstillinger', 'H3', { name: 'Helse' }],
      ['frame-code-missing', 'warning', 'Innstillinger', 'H4', { name: 'NAV' }],
    ]);
  });

  it('finds lists by header on the settings sheet when the tables lost their metadata', () => {
    const { lists, findings } = readLists(withoutTables(canonicalSnapshot({ lists: { responsibles: ['Leder'] } })));
    expect(lists.responsibles).toEqual(['Leder']);
    expect(findings).toEqual([]);
  });
});

describe('readPlanRefs', () => {
  it.each([
    [null, null],
    [[], []],
    [
      ['14', '7.1/15'],
      ['14', '7.1/15'],
    ],
  ])('planItems %p → %p', (items, refs) => {
    expect(readPlanRefs(canonicalSnapshot({ planItems: items }))).toEqual(refs);
  });
});

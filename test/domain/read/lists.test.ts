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

import { readSettings, settingAddress } from '../../../src/domain/read/settings';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { renderFinding } from '../../../src/i18n';

/** The canonical snapshot writes a row for every setting: all seven are stated unless one is invalid. */
const STATED_ALL = ['startYear', 'yearCount', 'unit', 'priceLevel', 'economyPlanVersion', 'tolerance', 'planName'];
const KEY_OF: Readonly<Record<string, string>> = {
  'Første planår': 'startYear',
  'Antall planår': 'yearCount',
  Beløpsenhet: 'unit',
  Prisnivå: 'priceLevel',
  Toleranse: 'tolerance',
};

describe('readSettings', () => {
  it.each<[string, CellValue, string]>([
    ['Første planår', 1999, 'B2'],
    ['Første planår', 2101, 'B2'],
    ['Første planår', 2027.5, 'B2'],
    ['Første planår', 'neste år', 'B2'],
    ['Første planår', null, 'B2'],
    ['Antall planår', 3, 'B3'],
    ['Antall planår', 11, 'B3'],
    ['Antall planår', true, 'B3'],
    ['Beløpsenhet', 'euro', 'B4'],
    ['Beløpsenhet', 1000, 'B4'],
    ['Toleranse', -1, 'B7'],
    ['Toleranse', 'litt', 'B7'],
    ['Prisnivå', { error: '#N/A' }, 'B5'],
  ])('%s = %p is setting-invalid at %s, and the default is used', (label, value, cell) => {
    const { settings, findings } = readSettings(canonicalSnapshot({ settings: { [label]: value } }), 2026);
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['setting-invalid', 'Innstillinger', cell]]);
    expect(findings[0]?.params.setting).toBe(label);
    expect(settings).toEqual({
      startYear: label === 'Første planår' ? 2026 : 2027,
      yearCount: 4,
      unit: '1000 kr',
      priceLevel: 'faste 2027-kroner', // written by the helper; an invalid one falls back to the same text
      economyPlanVersion: '',
      tolerance: 0,
      planName: '',
      // The invalid setting is not stated: its default must not be compared as the workbook's value.
      stated: STATED_ALL.filter((k) => k !== KEY_OF[label]),
    });
  });

  it.each<[string, CellValue, string, unknown]>([
    ['Første planår', '2028', 'startYear', 2028],
    ['Antall planår', 10, 'yearCount', 10],
    ['Beløpsenhet', 'Mill kr.', 'unit', 'mill kr'],
    ['Beløpsenhet', '1000kr', 'unit', '1000 kr'],
    ['Beløpsenhet', 'NOK 1000', 'unit', '1000 kr'],
    ['Beløpsenhet', 'tkr', 'unit', '1000 kr'],
    ['Beløpsenhet', 'millionar kr', 'unit', 'mill kr'],
    ['Toleranse', null, 'tolerance', 0],
    ['Økonomiplanversjon', 'Vedtatt K-sak 45/26', 'economyPlanVersion', 'Vedtatt K-sak 45/26'],
    ['Prisnivå', null, 'priceLevel', 'faste 2027-kroner'],
    ['Plannavn', 'Boligsosial handlingsplan', 'planName', 'Boligsosial handlingsplan'],
    ['Plannavn', null, 'planName', ''],
  ])('%s = %p reads as %s %p', (label, value, key, expected) => {
    const { settings, findings } = readSettings(canonicalSnapshot({ settings: { [label]: value } }), 2026);
    expect(findings).toEqual([]);
    expect((settings as unknown as Record<string, unknown>)[key]).toEqual(expected);
  });

  it('records which settings the workbook states: an empty row is stated, a missing row is not', () => {
    // Row 8 is Plannavn: relabelled, the workbook has no Plannavn row; Økonomiplanversjon (row 6) is left empty.
    const wb = setCell(canonicalSnapshot(), 'Innstillinger', 'A8', 'Merknad');
    const { settings, findings } = readSettings(wb, 2026);
    expect(findings).toEqual([]);
    expect(settings.planName).toBe('');
    expect(settings.stated).toEqual([
      'startYear',
      'yearCount',
      'unit',
      'priceLevel',
      'economyPlanVersion',
      'tolerance',
    ]);
  });

  it('converts the tolerance with the unit of the same table', () => {
    const { settings } = readSettings(canonicalSnapshot({ unit: 'mill kr', settings: { Toleranse: 0.01 } }), 2026);
    expect(settings.tolerance).toBe(10_000);
  });

  it('accepts English labels and reports a missing required row at the table', () => {
    let wb = canonicalSnapshot();
    wb = setCell(wb, 'Innstillinger', 'A2', 'First plan year');
    expect(readSettings(wb, 2026).settings.startYear).toBe(2027);
    wb = setCell(wb, 'Innstillinger', 'A3', 'Something else');
    const { settings, findings } = readSettings(wb, 2026);
    expect(settings.yearCount).toBe(4);
    expect(findings.map((f) => [f.code, f.cell, f.params.setting])).toEqual([
      ['setting-invalid', 'A1', 'Antall planår'],
    ]);
  });

  // The message must say what is wrong: a row that is not there, or a Verdi cell left empty, is not a value
  // «» that is invalid.
  it('tells a missing row (reason missing) and an empty value (reason empty) from an invalid value', () => {
    const wb = setCell(
      canonicalSnapshot({ settings: { Beløpsenhet: null, Toleranse: 'litt' } }),
      'Innstillinger',
      'A2',
      'Notat',
    );
    const { findings } = readSettings(wb, 2026);
    expect(findings.map((f) => [f.cell, f.params])).toEqual([
      ['A1', { setting: 'Første planår', value: '', reason: 'missing' }],
      ['B4', { setting: 'Beløpsenhet', value: '', reason: 'empty' }],
      ['B7', { setting: 'Toleranse', value: 'litt' }],
    ]);
  });

  // An invalid Beløpsenhet must say what to type: the three units, not every spelling read (docs/spec.md §3).
  it.each<[CellValue]>([['euro'], [1000]])(
    'Beløpsenhet %p: setting-invalid naming kr, 1000 kr and mill kr',
    (value) => {
      const { findings } = readSettings(canonicalSnapshot({ settings: { Beløpsenhet: value } }), 2026);
      expect(findings.map((f) => [f.code, f.cell, f.params.reason])).toEqual([['setting-invalid', 'B4', 'unit']]);
      const f = findings[0]!;
      const shown = typeof value === 'number' ? String(value) : value;
      expect(renderFinding(f, 'nb', '1000 kr')).toBe(
        `Innstillingen «Beløpsenhet» har en ugyldig verdi «${shown}». Skriv «kr», «1000 kr» eller «mill kr». Rett den på arket Innstillinger.`,
      );
      expect(renderFinding(f, 'nn', '1000 kr')).toBe(
        `Innstillinga «Beløpsenhet» har ein ugyldig verdi «${shown}». Skriv «kr», «1000 kr» eller «mill kr». Rett ho på arket Innstillinger.`,
      );
      expect(renderFinding(f, 'en', '1000 kr')).toBe(
        `The setting "Beløpsenhet" has an invalid value "${shown}". Type "kr", "1000 kr" or "mill kr". Fix it on the Innstillinger sheet.`,
      );
    },
  );

  it('reports a missing Verdi column', () => {
    const wb = setCell(canonicalSnapshot({ startYear: 2031 }), 'Innstillinger', 'B1', 'Tall');
    const { settings, findings } = readSettings(wb, 2026);
    expect(findings.map((f) => [f.code, f.cell, f.params.column])).toEqual([['column-missing', 'B1', 'Verdi']]);
    expect(settings.startYear).toBe(2026);
  });

  // The table is A1:B8, Innstilling in A and Verdi in B. A header retyped («Verdi 2027») or emptied leaves the
  // column where it was: the finding names that header cell, to be renamed back, as for the measure tables —
  // not A1 with advice to type «Verdi» right of the last header, which would add a second, empty Verdi column.
  it.each<[string, string, CellValue, string, string]>([
    ['Verdi retyped', 'B1', 'Verdi 2027', 'Verdi', 'settings-header-renamed'],
    ['Verdi emptied', 'B1', null, 'Verdi', 'settings-header-empty'],
    ['Innstilling retyped', 'A1', 'Navn', 'Innstilling', 'settings-header-renamed'],
  ])('%s: column-missing at its header cell %s, to be renamed back', (_, cell, value, column, reason) => {
    const { findings } = readSettings(setCell(canonicalSnapshot({}), 'Innstillinger', cell, value), 2026);
    expect(findings.map((f) => [f.code, f.cell, f.params.column, f.params.reason, f.params.found])).toEqual([
      ['column-missing', cell, column, reason, typeof value === 'string' ? value : ''],
    ]);
    const nb = renderFinding(findings[0]!, 'nb', '1000 kr');
    expect(nb).toContain(`Skriv «${column}» i cellen`);
    expect(nb).not.toContain('til høyre');
    // Struktur does not write a settings header back (repair makes a missing settings table only): no such promise.
    expect(nb).not.toContain('Struktur');
    expect(renderFinding(findings[0]!, 'en', '1000 kr')).toContain(`Type "${column}" in the cell`);
  });
});

// A setting on two rows: the first row is read and the second silently ignored, so a workbook with «1000 kr» on
// one row and «mill kr» on another could be read 1000 times off what its author meant. The canonical table has
// the seven settings on rows 2-8 (Verdi in B: Første planår B2, Beløpsenhet B4, Toleranse B7); an extra setting
// passed to canonicalSnapshot is row 9 of the table, relabelled here as a second row of a known setting.
describe('readSettings, a setting on two rows', () => {
  const twice = (label: string, value: CellValue, opts: Parameters<typeof canonicalSnapshot>[0] = {}) =>
    setCell(
      canonicalSnapshot({ ...opts, settings: { ...opts.settings, Ekstra: value } }),
      'Innstillinger',
      'A9',
      label,
    );

  it('reports the second row at its Verdi cell, naming the row read and the value used', () => {
    const { settings, findings } = readSettings(twice('Beløpsenhet', 'mill kr'), 2026);
    expect(settings.unit).toBe('1000 kr');
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell, f.params])).toEqual([
      [
        'setting-duplicate',
        'error',
        'Innstillinger',
        'B9',
        { setting: 'Beløpsenhet', firstCell: 'B4', used: '1000 kr' },
      ],
    ]);
  });

  it('names the value the plan uses, not the text of the first row, when that row is invalid', () => {
    // B4 «euro» is setting-invalid and the default 1000 kr stands in; the «mill kr» of B9 is still not read.
    const { settings, findings } = readSettings(
      twice('Beløpsenhet', 'mill kr', { settings: { Beløpsenhet: 'euro' } }),
      2026,
    );
    expect(settings.unit).toBe('1000 kr');
    expect(findings.map((f) => [f.code, f.cell, f.params.used])).toEqual([
      ['setting-invalid', 'B4', undefined],
      ['setting-duplicate', 'B9', '1000 kr'],
    ]);
  });

  it('matches the rows by label and alias, and shows a number as the workbook states it', () => {
    // Toleranse 0,5 mill kr is 500 000 kr; the message quotes 0,5 as on the sheet, not the kroner.
    const wb = twice('Tolerance', 2, { unit: 'mill kr', settings: { Toleranse: 0.5 } });
    const { settings, findings } = readSettings(wb, 2026);
    expect(settings.tolerance).toBe(500_000);
    expect(findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ['setting-duplicate', 'B9', { setting: 'Toleranse', firstCell: 'B7', used: 0.5 }],
    ]);
    const year = readSettings(twice('First plan year', 2028), 2026);
    expect(year.settings.startYear).toBe(2027);
    expect(year.findings.map((f) => [f.cell, f.params.used])).toEqual([['B9', 2027]]);
  });

  it('says when the value used is empty (reason empty), rather than quoting nothing', () => {
    // Plannavn B8 is empty in the canonical workbook; a name typed on a second row is not read.
    const { settings, findings } = readSettings(twice('Plannavn', 'Boligsosial handlingsplan'), 2026);
    expect(settings.planName).toBe('');
    expect(findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ['setting-duplicate', 'B9', { setting: 'Plannavn', firstCell: 'B8', used: '', reason: 'empty' }],
    ]);
  });

  it('reports a same value twice too (which row counts is still unclear to whoever edits one of them)', () => {
    const { findings } = readSettings(twice('Antall planår', 4), 2026);
    expect(findings.map((f) => [f.code, f.cell, f.params.used])).toEqual([['setting-duplicate', 'B9', 4]]);
  });
});

describe('settingAddress', () => {
  it("names a setting's Verdi cell, the table's header without its row, nothing without the table", () => {
    const wb = canonicalSnapshot();
    // Header in row 1, settings in SPEC §3 order, Verdi in column B: Første planår B2, Plannavn B8.
    expect(settingAddress(wb, 'startYear')).toBe('Innstillinger!B2');
    expect(settingAddress(wb, 'planName')).toBe('Innstillinger!B8');
    expect(settingAddress(setCell(wb, 'Innstillinger', 'A8', 'Merknad'), 'planName')).toBe('Innstillinger!A1');
    expect(settingAddress({ ...wb, sheets: wb.sheets.filter((s) => s.sheet !== 'Innstillinger') }, 'unit')).toBe(
      undefined,
    );
  });
});

import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { nextVersionSheet, planSaveVersion, versionLayout } from '../../../src/domain/sheets/version';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { readVersion } from '../../../src/domain/read/version';
import { comparePlans } from '../../../src/domain/compare/compare';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

const wb = snapshotFromContent(exampleContent({ startYear: 2027 }));
const { plan } = readPlan(wb, { defaultStartYear: 2027 });
const stamp = { label: 'Vedtatt K-sak 45/2027', date: '2027-11-15' };

const withSheets = (...names: string[]): WorkbookSnapshot => ({
  ...wb,
  sheets: [...wb.sheets, ...names.map((sheet) => ({ sheet, origin: 'A1', values: [['x']] }))],
});

describe('versionLayout', () => {
  const { rows, headerRows } = versionLayout(plan, stamp);

  it('starts with the header: label, date, period and unit as a table Innstilling/Verdi', () => {
    expect(rows.slice(1, 9).map((r) => r.slice(0, 2))).toEqual([
      ['Innstilling', 'Verdi'],
      ['Versjon', 'Vedtatt K-sak 45/2027'],
      ['Dato', '2027-11-15'],
      ['Første planår', 2027],
      ['Antall planår', 4],
      ['Beløpsenhet', '1000 kr'],
      ['Prisnivå', 'faste 2027-kroner'],
      ['Økonomiplanversjon', 'Vedtatt K-sak 112/2026'],
    ]);
  });

  it('holds each table under its title, header first, amounts in the unit, one rectangular block', () => {
    const titleRow = (title: string) => rows.findIndex((r) => r[0] === title) + 1;
    expect(headerRows).toEqual([
      2,
      titleRow('Tiltak drift') + 1,
      titleRow('Tiltak investering') + 1,
      titleRow('Økonomiplan') + 1,
    ]);
    const header = rows[titleRow('Tiltak drift')] ?? [];
    const d1 = rows.find((r) => r[0] === 'D-001') ?? [];
    const at = (h: string | number) => d1[header.indexOf(h)];
    // Verdal's miljøteam: 600 / 1 200 / 1 800 / 2 400 thousand, Sum periode 6 000 as a value.
    expect([at(2027), at(2028), at(2029), at(2030), at('Sum periode'), at('Nye midler')]).toEqual([
      600, 1200, 1800, 2400, 6000, 2400,
    ]);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(rows.flat().some((c) => c !== null && typeof c === 'object')).toBe(false);
  });
});

describe('planSaveVersion', () => {
  it('writes a new hidden sheet, values and styles only, nothing on any other sheet', () => {
    const { sheet, edits } = planSaveVersion(wb, plan, stamp);
    expect(sheet).toBe('Versjon 1');
    expect(edits[0]).toEqual({ kind: 'ensureSheet', sheet: 'Versjon 1', hidden: true });
    expect(edits.every((e) => 'sheet' in e && e.sheet === 'Versjon 1')).toBe(true);
    expect(edits.some((e) => e.kind === 'createTable' || e.kind === 'defineName')).toBe(false);
  });

  it.each([
    [[], 'Versjon 1'],
    [['Versjon 1'], 'Versjon 2'],
    [['Versjon 1', 'versjon 4'], 'Versjon 5'],
    [['Versjon 2'], 'Versjon 3'],
    [['Versjonsnotat'], 'Versjon 1'],
  ])('after sheets %p the next version is %s', (names, expected) => {
    expect(nextVersionSheet(withSheets(...names))).toBe(expected);
  });
});

describe('planSaveVersion with placeholders', () => {
  // "----" is a placeholder (0, info), "?" no number (error): both are the plan as adopted, never a typed 0.
  const typed = canonicalSnapshot({
    operating: [operatingRow({ '2028': '----', '2029': '?', 'Felles tiltak': '?', 'Endret drift': '----' })],
  });
  const read = readPlan(typed, { defaultStartYear: 2027 });
  const savedWith = (findings?: Parameters<typeof planSaveVersion>[3]) =>
    applyEdits(typed, planSaveVersion(typed, read.plan, stamp, findings).edits);

  const cellsOf = (saved: WorkbookSnapshot, ...heads: (string | number)[]) => {
    const rows = saved.sheets.find((s) => s.sheet === 'Versjon 1')?.values ?? [];
    const header = rows.find((r) => r[0] === 'ID') ?? [];
    const d1 = rows.find((r) => r[0] === 'D-001') ?? [];
    return heads.map((h) => d1[header.indexOf(h)]);
  };

  it.each([
    ['the findings of the same read', read.findings],
    ['no findings (read again)', undefined],
  ])('keeps "----" and "?" as typed, given %s', (_, findings) => {
    // Sum periode by hand: 600 + 2 400 = 3 000 (a text adds nothing, as in Excel's SUM).
    expect(
      cellsOf(
        savedWith(findings),
        2027,
        2028,
        2029,
        2030,
        'Sum periode',
        'Felles tiltak',
        'Endret drift',
        'Nye midler',
      ),
    ).toEqual([600, '----', '?', 2400, 3000, '?', '----', 2400]);
  });

  it('reads back as the plan it was saved from: comparing the two reports no change', () => {
    const version = readVersion(savedWith(read.findings), 'Versjon 1');
    expect(version?.plan.operating[0]?.years).toEqual([600_000, 0, 0, 2_400_000]);
    // The "?" is still an unknown amount on the version, not a costed 0.
    expect(version?.findings.filter((f) => f.code === 'amount-invalid').map((f) => f.params.value)).toEqual(['?', '?']);
    const sides = { old: { file: 'a.xlsx', label: 'Vedtatt' }, new: { file: 'a.xlsx', label: 'Nå' } };
    const changes = comparePlans(version!.plan, read.plan, sides);
    expect(changes.measures).toEqual({ added: [], removed: [], finished: [], changed: [] });
    const deltas = Object.values(changes.totals.operating).map((y) => y.difference);
    expect(deltas).toEqual([0, 0, 0, 0]);
  });
});

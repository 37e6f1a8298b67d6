import fc from 'fast-check';
import { readPlan } from '../../../src/domain/read/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';
import { carryArchives, notCarried, readPlanItems } from '../../../src/domain/rollover/carry';
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { typedTexts } from '../../../src/domain/read/typedTexts';
import type { RowInput } from '../../../src/domain/model/content';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { toA1 } from '../../../src/domain/model/a1';
import { OPERATING_COLUMNS } from '../../../src/domain/model/schema';
import { canonicalHeaders, canonicalSnapshot, setCell } from '../../helpers/workbook';
import { findVersions } from '../../../src/domain/read/versionHeader';
import { readVersion } from '../../../src/domain/read/version';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../../src/domain/sheets/version';

const op = (
  id: string,
  kind: string,
  years: (number | string | null)[],
  fullYear: number | null,
  extra: Record<string, CellValue> = {},
) => ({
  ID: id,
  Seksjon: 'Samfunn og tjenester',
  Prioritet: 1,
  Tiltak: `Tiltak ${id}`,
  Type: kind,
  Kostnadsstatus: 'Beregnet',
  '2027': years[0] ?? null,
  '2028': years[1] ?? null,
  '2029': years[2] ?? null,
  '2030': years[3] ?? null,
  Helårsvirkning: fullYear,
  'Nye midler': fullYear,
  Ansvarlig: 'Leder boligkontor',
  ...extra,
});

function plan(settings: Record<string, CellValue> = {}): Plan {
  const wb = canonicalSnapshot({
    operating: [
      op('D-001', 'Varig', [600, 1200, 1800, 2400], 2400, { 'Berørte planområder': 'Helse; Oppvekst' }),
      op('D-002', 'Engangs', [500, null, null, null], 0),
      op('D-003', 'Varig', [null, null, null, null], null, { Kostnadsstatus: 'Må utredes' }),
      op('D-004', 'Engangs', [200, 300, null, null], 0, { 'Nye midler': 500 }),
    ],
    investment: [
      {
        ID: 'I-001',
        Seksjon: 'Samfunn og tjenester',
        Prioritet: 1,
        Tiltak: 'Småhus',
        Kostnadsstatus: 'Beregnet',
        Prosjektnr: 'P1',
        Kostnadsramme: 5000,
        'Tidligere bevilget': 500,
        '2027': 1000,
        '2028': 3000,
        '2029': null,
        '2030': null,
        'Etter perioden': 500,
        Lån: 5000,
      },
      {
        ID: 'I-002',
        Seksjon: 'Samfunn og tjenester',
        Prioritet: 2,
        Tiltak: 'Nytt',
        Kostnadsstatus: 'Beregnet',
        Kostnadsramme: 800,
        '2027': 800,
      },
    ],
    economyPlan: [
      { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', '2027': 600, '2028': 1200, '2029': 1800, '2030': 2400 },
    ],
    settings,
  });
  return readPlan(wb, { defaultStartYear: 2027 }).plan;
}

const byId = (rows: readonly RowInput[], id: string) => rows.find((r) => r.values.id === id);

describe('rollContent', () => {
  const { content, archive } = rollContent(plan());

  it('starts the next period one year later with the same length and unit', () => {
    expect(content.settings).toMatchObject({
      startYear: 2028,
      yearCount: 4,
      unit: '1000 kr',
      priceLevel: 'faste 2028-kroner',
      tolerance: 0,
    });
  });

  it.each([
    ['D-001', 'Varig: the new last year is its Helårsvirkning', [1200, 1800, 2400, 2400]],
    ['D-004', 'Engangs with cost left: the new last year is 0', [300, null, null, 0]],
    ['D-003', 'an empty row stays empty', [null, null, null, null]],
  ])('%s (%s)', (id, _what, years) => {
    expect(byId(content.operating, id)?.years).toEqual(years);
  });

  it('keeps IDs, order, sections, financing and plan areas', () => {
    expect(content.operating.map((r) => r.values.id)).toEqual(['D-001', 'D-003', 'D-004']);
    expect(content.investment.map((r) => r.values.id)).toEqual(['I-001', 'I-002']);
    expect(byId(content.operating, 'D-001')?.values).toMatchObject({
      fullYear: 2400,
      finNew: 2400,
      areas: 'Helse; Oppvekst',
      costStatus: 'Beregnet',
    });
    expect(byId(content.operating, 'D-003')?.values.costStatus).toBe('Må utredes');
    expect(content.lists).toEqual(plan().lists);
  });

  it.each([
    ['I-001', 1500, [3000, null, null, 0], 500],
    ['I-002', 800, [null, null, null, 0], null],
  ])('investment %s: the first year moves to Tidligere bevilget (%p)', (id, before, years, after) => {
    const row = byId(content.investment, id);
    expect(row?.values.before).toBe(before);
    expect(row?.years).toEqual(years);
    expect(row?.values.after).toBe(after);
    expect(row?.values.budget).toBe(id === 'I-001' ? 5000 : 800);
  });

  it('an Engangs measure with no cost left (D-002: 500 in 2027 only) leaves the tables but stays on the archive', () => {
    expect(byId(content.operating, 'D-002')).toBeUndefined();
    expect(rollContent(plan()).finished).toEqual(['D-002']);
    expect(archive.rows.some((r) => r[0] === 'D-002')).toBe(true);
  });

  it('keeps placeholders ("----", "?") as typed, never a typed 0', () => {
    const wb = canonicalSnapshot({
      operating: [
        op('D-001', 'Varig', [600, '----', 1800, 2400], 2400, { 'Felles tiltak': '----', 'Endret drift': '?' }),
        op('D-002', 'Varig', [null, '?', '--', null], null, { Kostnadsstatus: 'Må utredes', 'Nye midler': null }),
      ],
    });
    const read = readPlan(wb, { defaultStartYear: 2027 });
    const rolled = rollContent(read.plan, { typed: typedTexts(read.findings) }).content.operating;
    expect(byId(rolled, 'D-001')?.yearTexts).toEqual(['----', undefined, undefined, undefined]);
    expect(byId(rolled, 'D-001')?.values).toMatchObject({ finJoint: '----', finReallocation: '?', fullYear: 2400 });
    expect(byId(rolled, 'D-002')?.yearTexts).toEqual(['?', '--', undefined, undefined]);
    // Written: the cells hold the texts, the other years their numbers.
    const written = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(wb, read.plan).edits);
    const sheet = written.sheets.find((x) => x.sheet === 'Tiltak drift');
    const rowOf = (id: string) => sheet?.values.find((r) => r.includes(id)) ?? [];
    // Columns H–K are the years 2028–2031 of the canonical layout.
    expect(rowOf('D-001').slice(7, 11)).toEqual(['----', 1800, 2400, 2400]);
    expect(rowOf('D-001')).toEqual(expect.arrayContaining(['----', '?']));
    expect(rowOf('D-002').slice(7, 11)).toEqual(['?', '--', null, null]);
  });

  it('keeps placeholders as typed on the archive too: the old period reads as it was adopted, not as 0', () => {
    const wb = canonicalSnapshot({
      operating: [
        op('D-001', 'Varig', [600, '----', 1800, 2400], 2400, { 'Felles tiltak': '----', 'Endret drift': '?' }),
        op('D-002', 'Varig', [null, '?', '--', null], null, { Kostnadsstatus: 'Må utredes', 'Nye midler': null }),
      ],
    });
    const read = readPlan(wb, { defaultStartYear: 2027 });
    const { archive } = rollContent(read.plan, { typed: typedTexts(read.findings) });
    const header = archive.rows.find((r) => r[0] === 'ID') ?? [];
    const cells = (id: string, ...heads: CellValue[]) =>
      heads.map((h) => archive.rows.find((r) => r[0] === id)?.[header.indexOf(h as string)]);
    // Sum periode by hand: 600 + 1800 + 2400 = 4800 (a text adds nothing, as in Excel's SUM).
    expect(cells('D-001', 2027, 2028, 'Sum periode', 'Felles tiltak', 'Endret drift', 'Nye midler')).toEqual([
      600,
      '----',
      4800,
      '----',
      '?',
      2400,
    ]);
    expect(cells('D-002', 2027, 2028, 2029, 2030)).toEqual([null, '?', '--', null]);
  });

  it("keeps an economy plan line's Plan and its placeholders as typed (a consolidated economy plan rolls whole)", () => {
    const wb = canonicalSnapshot({
      economyPlan: [
        {
          Del: 'Drift',
          Linjetype: 'Ramme',
          Rammeområde: 'R3',
          '2027': 1000,
          '2028': '----',
          '2029': '?',
          '2030': 3000,
          Plan: 'Boligsosial handlingsplan',
        },
      ],
    });
    const read = readPlan(wb, { defaultStartYear: 2027 });
    const rolled = rollContent(read.plan, { typed: typedTexts(read.findings) }).content.economyPlan[0];
    expect(rolled?.values).toMatchObject({ frame: 'R3', plan: 'Boligsosial handlingsplan' });
    // 2028–2031: "----" and "?" as typed, 3000 moved one year, the new year empty.
    expect(rolled?.yearTexts).toEqual(['----', '?', undefined, undefined]);
    const written = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(wb, read.plan).edits);
    const sheet = written.sheets.find((x) => x.sheet === 'Økonomiplan');
    const header = sheet?.values[0] ?? [];
    const line = sheet?.values[1] ?? [];
    const at = (h: string) => line[header.indexOf(h)];
    expect(['2028', '2029', '2030', '2031', 'Plan'].map(at)).toEqual([
      '----',
      '?',
      3000,
      null,
      'Boligsosial handlingsplan',
    ]);
  });

  it('shifts the economy plan lines and leaves the new year empty', () => {
    expect(content.economyPlan[0]?.years).toEqual([1200, 1800, 2400, null]);
    expect(content.economyPlan[0]?.values).toMatchObject({ part: 'Drift', lineType: 'Tiltak', ref: 'D-001' });
  });

  it('archives the old period as rows of values', () => {
    expect(archive.sheet).toBe('Arkiv 2027–2030');
    const header = archive.rows.find((r) => r[0] === 'ID');
    expect(header).toEqual(expect.arrayContaining([2027, 2030, 'Sum periode', 'Helårsvirkning']));
    const d1 = archive.rows.find((r) => r[0] === 'D-001');
    const at = (h: CellValue) => d1?.[header?.indexOf(h as string) ?? -1];
    expect([at(2027), at(2030), at('Sum periode'), at('Helårsvirkning')]).toEqual([600, 2400, 6000, 2400]);
    expect(archive.rows.some((r) => r[0] === 'I-001')).toBe(true);
    expect(archive.rows.some((r) => r[0] === 'Drift' && r.includes('D-001'))).toBe(true);
  });

  it.each([
    ['faste 2027-kroner', 'faste 2028-kroner'],
    ['2026-kroner', '2026-kroner'],
  ])('Prisnivå %p becomes %p', (before, after) => {
    expect(rollContent(plan({ Prisnivå: before })).content.settings.priceLevel).toBe(after);
  });

  it('keeps plan items, with their titles when given', () => {
    const wb = canonicalSnapshot({ planItems: ['14', '20'] });
    const p = readPlan(wb, { defaultStartYear: 2027 }).plan;
    expect(rollContent(p).content.planItems?.map((i) => i.ref)).toEqual(['14', '20']);
    const items = [{ ref: '14', title: 'Miljøteam' }];
    expect(rollContent(p, { planItems: items }).content.planItems).toEqual(items);
    expect(rollContent(plan()).content.planItems).toBeUndefined();
  });

  it('keeps an investment phasing identity that held (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9000 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 900 }),
        (years, before) => {
          const budget = before + years.reduce((a, b) => a + b, 0);
          const wb = canonicalSnapshot({
            investment: [
              {
                ID: 'I-001',
                Kostnadsramme: budget,
                'Tidligere bevilget': before,
                '2027': years[0] ?? 0,
                '2028': years[1] ?? 0,
                '2029': years[2] ?? 0,
                '2030': years[3] ?? 0,
                'Etter perioden': 0,
              },
            ],
          });
          const row = rollContent(readPlan(wb, { defaultStartYear: 2027 }).plan).content.investment[0];
          const sum =
            Number(row?.values.before) +
            (row?.years ?? []).reduce<number>((a, b) => a + (b ?? 0), 0) +
            Number(row?.values.after);
          expect(sum).toBe(budget);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('what a roll carries over', () => {
  const base = canonicalSnapshot({ planItems: ['14', '20'], operating: [{ ID: 'D-001', Tiltak: 'A' }] });
  // The user renamed Kommentar: a column of the user's own now, which the roll carries after the product's columns.
  const comment = canonicalHeaders(OPERATING_COLUMNS, [2027, 2028, 2029, 2030]).indexOf('Kommentar') + 1;
  const wb = setCell(base, 'Tiltak drift', toA1(1, comment), 'Egen');
  const withExtras: WorkbookSnapshot = {
    ...wb,
    sheets: [
      ...wb.sheets,
      { sheet: 'Notater', origin: 'A1', values: [['Husk']] },
      { sheet: 'Arkiv 2025-2028', origin: 'B2', values: [['Gammel', { error: '#REF!' }]] },
      { sheet: 'Arkiv 2027-2030', origin: 'A1', values: [['blir erstattet']] },
    ],
  };

  it('reads the plan items with their titles', () => {
    expect(readPlanItems(wb)).toEqual([
      { ref: '14', title: 'Punkt 14' },
      { ref: '20', title: 'Punkt 20' },
    ]);
    expect(readPlanItems(canonicalSnapshot())).toBeNull();
  });

  it('copies earlier archive sheets as values, except the one being written (also when named with a hyphen)', () => {
    expect(carryArchives(withExtras, 'Arkiv 2027–2030')).toEqual([
      { kind: 'ensureSheet', sheet: 'Arkiv 2025-2028' },
      { kind: 'setCells', sheet: 'Arkiv 2025-2028', origin: 'B2', values: [['Gammel', '#REF!']] },
    ]);
  });

  it('builds the whole rolled workbook once, for the CLI and the pane: archive, earlier archives, plan item titles', () => {
    const { plan } = readPlan(withExtras, { defaultStartYear: 2027 });
    const { edits, content, archiveSheet } = planRolledWorkbook(withExtras, plan);
    expect(archiveSheet).toBe('Arkiv 2027–2030');
    expect(content.settings.startYear).toBe(2028);
    expect(content.planItems).toEqual([
      { ref: '14', title: 'Punkt 14' },
      { ref: '20', title: 'Punkt 20' },
    ]);
    const sheets = edits.flatMap((e) => (e.kind === 'ensureSheet' ? [e.sheet] : []));
    expect(sheets).toEqual(expect.arrayContaining(['Arkiv 2027–2030', 'Arkiv 2025-2028']));
    expect(sheets).not.toContain('Arkiv 2027-2030');
    expect(sheets).not.toContain('Notater');
  });

  it('lists other sheets as not carried, and not the column «Egen», which it carries after the product columns', () => {
    const { plan } = readPlan(withExtras, { defaultStartYear: 2027 });
    expect(notCarried(withExtras, plan)).toEqual([{ kind: 'sheet', sheet: 'Notater' }]);
    expect(planRolledWorkbook(withExtras, plan).content.userColumns?.operating).toEqual(['Egen']);
  });
});

describe('what the user keeps beside the tables on the sheets a roll builds anew', () => {
  // One measure: the drift table is A1 (header) … U2 (its one row), 21 columns (canonicalHeaders).
  const old = canonicalSnapshot({ operating: [op('D-001', 'Varig', [600, 1200, 1800, 2400], 2400)] });

  it('names the range of notes and tables beside and below a table (W1 beside; X3 and A5 below): not carried, and said so', () => {
    let noted = setCell(old, 'Tiltak drift', 'W1', 'Notat');
    noted = setCell(noted, 'Tiltak drift', 'X3', 12);
    noted = setCell(noted, 'Tiltak drift', 'A5', 'Sjekk med økonomi');
    const { plan } = readPlan(noted, { defaultStartYear: 2027 });
    // One range per side: a single one around them all (A1:X5) would cover the table.
    expect(notCarried(noted, plan)).toEqual([
      { kind: 'cells', sheet: 'Tiltak drift', range: 'W1:W1' },
      { kind: 'cells', sheet: 'Tiltak drift', range: 'A3:X5' },
    ]);
    const beside = setCell(old, 'Økonomiplan', 'Z9', 'Kilde: K-sak 45/2026');
    expect(notCarried(beside, readPlan(beside, { defaultStartYear: 2027 }).plan)).toEqual([
      { kind: 'cells', sheet: 'Økonomiplan', range: 'Z9:Z9' },
    ]);
  });

  it('names nothing for a plan whose sheets hold only their tables, and never the renamed sheet of a table it carries', () => {
    expect(notCarried(old, readPlan(old, { defaultStartYear: 2027 }).plan)).toEqual([]);
    const renamed: WorkbookSnapshot = {
      ...old,
      sheets: old.sheets.map((s) => (s.sheet === 'Tiltak drift' ? { ...s, sheet: 'Drift 2027' } : s)),
      tables: old.tables.map((t) => (t.sheet === 'Tiltak drift' ? { ...t, sheet: 'Drift 2027' } : t)),
    };
    const { plan } = readPlan(renamed, { defaultStartYear: 2027 });
    expect(plan.operating.map((m) => m.id)).toEqual(['D-001']);
    expect(notCarried(renamed, plan)).toEqual([]);
  });
});

describe('the archive is a version', () => {
  const old = canonicalSnapshot({ operating: [op('D-001', 'Varig', [600, 1200, 1800, 2400], 2400)] });
  const { plan } = readPlan(old, { defaultStartYear: 2027 });
  const saved = applyEdits(
    old,
    planSaveVersion(old, plan, { label: 'Vedtatt K-sak 45/2027', date: '2027-11-15' }).edits,
  );
  const rolled = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(saved, plan, { date: '2028-06-01' }).edits);

  it('writes the archive in the version layout, dated by the caller, and reads back as the old plan', () => {
    const archive = findVersions(rolled).find((v) => v.sheet === 'Arkiv 2027–2030');
    expect(archive).toMatchObject({
      label: 'Tiltaksplan 2027–2030 før rullering',
      date: '2028-06-01',
      startYear: 2027,
    });
    expect(readVersion(rolled, 'Arkiv 2027–2030')?.plan.operating.map((m) => m.years)).toEqual([
      [600_000, 1_200_000, 1_800_000, 2_400_000],
    ]);
  });

  it('carries a saved version into the rolled workbook, hidden again, and does not call it left behind', () => {
    expect(findVersions(rolled).map((v) => v.label)).toContain('Vedtatt K-sak 45/2027');
    const carried = planRolledWorkbook(saved, plan).edits.find(
      (e) => e.kind === 'ensureSheet' && e.sheet === 'Versjon 1',
    );
    expect(carried).toEqual({ kind: 'ensureSheet', sheet: 'Versjon 1', hidden: true });
    expect(notCarried(saved, plan)).toEqual([]);
  });
});

describe('an investment with money in Etter perioden', () => {
  const inv = (id: string, years: (number | string | null)[], after: number | string | null) => ({
    ID: id,
    Seksjon: 'Samfunn og tjenester',
    Prioritet: 1,
    Tiltak: `Bygg ${id}`,
    Kostnadsstatus: 'Beregnet',
    Kostnadsramme: 1500,
    '2027': years[0] ?? null,
    '2028': years[1] ?? null,
    '2029': years[2] ?? null,
    '2030': years[3] ?? null,
    'Etter perioden': after,
  });
  // Plan 2027–2030 in 1000 kr; the roll makes it 2028–2031 and sets 2031 to 0 for every investment.
  const wb = canonicalSnapshot({
    investment: [
      inv('I-001', [200, 300, 500, null], 500),
      inv('I-002', [500, 500, 500, null], 0),
      inv('I-003', [null, 250, 250, 500], 500),
      inv('I-004', [null, null, null, null], 1500),
      inv('I-005', [500, 500, null, null], '----'),
    ],
  });
  const read = readPlan(wb, { defaultStartYear: 2027 });
  const result = rollContent(read.plan, { typed: typedTexts(read.findings) });

  it('keeps the rule: the new last year 2031 is 0 and Etter perioden stays where it was', () => {
    expect(byId(result.content.investment, 'I-003')).toMatchObject({ years: [250, 250, 500, 0] });
    expect(byId(result.content.investment, 'I-003')?.values.after).toBe(500);
  });

  it('names each one whose new year is 0, with its amount in kroner and the year: 500 (1000 kr) = 500 000 kr', () => {
    // I-002 has 0 after the period, I-004 no year at all (its new year stays empty), I-005 a placeholder.
    expect(result.afterPeriod).toEqual([
      { id: 'I-001', after: 500_000, year: 2031 },
      { id: 'I-003', after: 500_000, year: 2031 },
    ]);
  });

  it('passes them on with the rolled workbook, for the command line and the pane', () => {
    expect(planRolledWorkbook(wb, read.plan, { findings: read.findings }).afterPeriod.map((a) => a.id)).toEqual([
      'I-001',
      'I-003',
    ]);
  });
});

describe('financing of a measure whose base is its period sum', () => {
  const rolled = (years: (number | null)[], fullYear: number | null, financing: Record<string, number | null>) => {
    const wb = canonicalSnapshot({
      operating: [
        op('D-010', 'Engangs', years, fullYear, {
          'Felles tiltak': null,
          'Endret drift': null,
          'Annen finansiering': null,
          'Nye midler': null,
          ...financing,
        }),
      ],
    });
    const result = rollContent(readPlan(wb, { defaultStartYear: 2027 }).plan);
    return { values: byId(result.content.operating, 'D-010')?.values, rescaled: result.rescaled };
  };

  it('follows the sum of the years that stay, each column in its proportion (1000 kr)', () => {
    // 100 + 100 = 200, financed 50 + 150; 2027 leaves, 100 stays: 25 + 75. New money in 2028 was
    // 100 × 150 / 200 = 75 and is 100 × 75 / 100 = 75.
    const { values, rescaled } = rolled([100, 100, null, null], null, { 'Felles tiltak': 50, 'Nye midler': 150 });
    expect(values).toMatchObject({ finJoint: 25, finReallocation: null, finOther: null, finNew: 75 });
    expect(rescaled).toEqual(['D-010']);
  });

  it('adds up to the new sum in whole thousands, the odd thousand to the largest remainder', () => {
    // 1 + 1 + 1 = 3, financed 1 + 2; 2 stays: 2/3 and 4/3 → 0 + 1, the thousand left to 2/3 (remainder 0,67).
    const { values } = rolled([1, 1, 1, null], 0, { 'Felles tiltak': 1, 'Nye midler': 2 });
    expect(values).toMatchObject({ finJoint: 1, finNew: 1 });
  });

  it.each([
    ['Helårsvirkning is the base', [100, 100, null, null], 400, { 'Nye midler': 400 }, 400],
    ['the financing did not add up before the roll', [100, 100, null, null], null, { 'Nye midler': 150 }, 150],
    ['the first year cost nothing', [null, 100, 100, null], null, { 'Nye midler': 200 }, 200],
  ])('is kept when %s', (_why, years, fullYear, financing, finNew) => {
    const { values, rescaled } = rolled(years, fullYear, financing);
    expect(values?.finNew).toBe(finNew);
    expect(rescaled).toEqual([]);
  });
});

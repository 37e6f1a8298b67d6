/**
 * A saved version keeps the user's own columns of tblTiltakDrift, tblTiltakInvestering and tblOkonomiplan after
 * the product's, each cell on its measure's or line's row, as a roll's archive does (sheets/userColumns.ts):
 * both kinds of version hold the same (SPEC §14). Reading it back and comparing ignores them.
 */
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { planSaveVersion } from '../../../src/domain/sheets/version';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { readVersion } from '../../../src/domain/read/version';
import { comparePlans } from '../../../src/domain/compare/compare';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import type { PlanContent, RowInput } from '../../../src/domain/model/content';

const base = exampleContent({ startYear: 2027 });
const withExtra = (rows: readonly RowInput[], first: RowInput['extra'], formats?: (string | null)[]) =>
  rows.map((r, i) => (i === 0 ? { ...r, extra: first, ...(formats ? { extraFormats: formats } : {}) } : r));
/** The example with a column of the user's in each table, filled on the first row of each only. */
const content: PlanContent = {
  ...base,
  userColumns: { operating: ['Kontaktperson'], investment: ['Merknad 2'], economyPlan: ['Kontonr'] },
  operating: withExtra(base.operating, ['Kari Nordmann']),
  investment: withExtra(base.investment, [12.5], ['0.0']),
  economyPlan: withExtra(base.economyPlan, [1234]),
};
const wb = snapshotFromContent(content);
const read = readPlan(wb, { defaultStartYear: 2027 });
const stamp = { label: 'Vedtatt K-sak 45/2027', date: '2027-11-15' };
const planned = planSaveVersion(wb, read.plan, stamp, read.findings);
const saved = applyEdits(wb, planned.edits);
const rows = saved.sheets.find((s) => s.sheet === 'Versjon 1')?.values ?? [];

/** The cell at an A1 address of the version sheet (it starts at A1). */
const at = (col: string, row: number) => rows[row - 1]?.[col.charCodeAt(0) - 65];

describe('planSaveVersion with columns of the user', () => {
  // Rows by hand: 1 title, 2–11 the header (Innstilling … Plannavn), 12 blank; 13 «Tiltak drift», 14 its
  // header, 15–25 D-001 … D-011, 26 blank; 27 «Tiltak investering», 28 header, 29–33 I-001 … I-005, 34 blank;
  // 35 «Økonomiplan», 36 header, 37 its first line. Columns: drift has 21 product columns (ID … Kommentar with
  // 4 years), so the user's is the 22nd, V; investering 25, so Z; økonomiplan 11 (Del … Beskrivelse, 4 years,
  // Plan), so L.
  it("writes each table's user column after its product columns, each cell on its own row", () => {
    expect([at('U', 14), at('V', 14), at('V', 15), at('V', 16)]).toEqual([
      'Kommentar',
      'Kontaktperson',
      'Kari Nordmann',
      null,
    ]);
    expect([at('A', 15), at('A', 29), at('A', 30)]).toEqual(['D-001', 'I-001', 'I-002']);
    expect([at('Y', 28), at('Z', 28), at('Z', 29), at('Z', 30)]).toEqual(['Kommentar', 'Merknad 2', 12.5, null]);
    expect([at('K', 36), at('L', 36), at('L', 37), at('L', 38)]).toEqual(['Plan', 'Kontonr', 1234, null]);
    // The widest row, investering's, is 26 columns (A … Z): the block stays rectangular.
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([26]));
  });

  it("keeps a number's format, as the roll's archive does", () => {
    expect(planned.edits.filter((e) => e.kind === 'setNumberFormat')).toEqual([
      { kind: 'setNumberFormat', sheet: 'Versjon 1', range: 'Z29', format: '0.0' },
    ]);
  });

  it('reads back as the plan it was saved from: comparing the two reports no change', () => {
    const version = readVersion(saved, 'Versjon 1');
    expect([version?.plan.operating.length, version?.plan.investment.length, version?.plan.economyPlan.length]).toEqual(
      [11, 5, 22],
    );
    // The version's findings are those of the same version saved without the user's columns (Sum periode
    // written as a value, no lists): the user's columns are kept and ignored, no finding of their own.
    const plain = snapshotFromContent(base);
    const plainRead = readPlan(plain, { defaultStartYear: 2027 });
    const plainSaved = applyEdits(plain, planSaveVersion(plain, plainRead.plan, stamp, plainRead.findings).edits);
    const codes = (fs: readonly { code: string }[] | undefined) => (fs ?? []).map((f) => f.code).sort();
    expect(codes(version?.findings)).toEqual(codes(readVersion(plainSaved, 'Versjon 1')?.findings));
    expect(codes(version?.findings).length).toBeGreaterThan(0);
    const sides = { old: { file: 'a.xlsx', label: 'Vedtatt' }, new: { file: 'a.xlsx', label: 'Nå' } };
    const changes = comparePlans(version!.plan, read.plan, sides);
    expect(changes.measures).toEqual({ added: [], removed: [], finished: [], changed: [] });
    expect(changes.economyPlan).toEqual({ added: [], removed: [], changed: [] });
    expect(changes.settings).toEqual([]);
  });

  it('writes only the product columns when the tables have none of the user', () => {
    const plain = snapshotFromContent(base);
    const { plan, findings } = readPlan(plain, { defaultStartYear: 2027 });
    const values = planSaveVersion(plain, plan, stamp, findings).edits.flatMap((e) =>
      e.kind === 'setCells' ? [e.values] : [],
    )[0];
    // Investering's 25 product columns (A … Y) are the widest.
    expect(values?.[0]?.length).toBe(25);
  });
});

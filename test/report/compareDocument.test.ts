/**
 * The change report document (SPEC §14) block by block: which measures and economy plan lines it lists as new,
 * removed and changed, with which amounts under which year columns, and the totals per year and per frame.
 * Plans come from the plan factory; every expected cell below is worked out by hand from the plans.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { FieldChange } from '../../src/domain/model/changeSet';
import type { Unit } from '../../src/domain/model/money';
import type { EconomyPlanLine, Plan } from '../../src/domain/model/plan';
import type { Lang } from '../../src/domain/model/report';
import { changeCells, lineName } from '../../src/report/compareCells';
import { compareDocument } from '../../src/report/compareDocument';
import type { Block, ReportDocument } from '../../src/report/document';
import { renderText } from '../../src/report/text';
import { inv, line, op, plan, type LineInput } from '../helpers/plan';

/** nb-NO formatting uses no-break spaces to group digits: plain spaces read better in expectations. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

const sides = { old: { file: 'plan.xlsx', label: 'Vedtatt 2027' }, new: { file: 'plan.xlsx', label: 'plan.xlsx' } };

/** A plan rolled one year on: the same measures and lines, their amounts now meaning 2028–2031. */
const rolled = (p: Plan): Plan => ({
  ...p,
  years: [2028, 2029, 2030, 2031],
  settings: { ...p.settings, startYear: 2028 },
});

const described = (input: LineInput, description: string): EconomyPlanLine => ({ ...line(input), description });

/** The block right after the heading `text` (the table or "None." of that part). */
function after(doc: ReportDocument, text: string, nth = 0): Block {
  const at = doc.blocks.map((b, i) => (b.kind === 'heading' && b.text === text ? i : -1)).filter((i) => i >= 0)[nth];
  const block = at === undefined ? undefined : doc.blocks[at + 1];
  if (block === undefined) throw new Error(`no block after heading ${text}`);
  return block;
}

/** Headers and rows of the table after heading `text`, spaces made plain. */
function table(doc: ReportDocument, text: string, nth = 0): { headers: string[]; rows: string[][] } {
  const block = after(doc, text, nth);
  if (block.kind !== 'table') throw new Error(`${text}: ${block.kind} "${'text' in block ? block.text : ''}"`);
  return { headers: block.headers.map(plain), rows: block.rows.map((r) => r.map(plain)) };
}

const paragraphs = (doc: ReportDocument): string[] =>
  doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [plain(b.text)] : []));

describe('compareDocument: one period, every kind of change', () => {
  // D-001 moves 2028 from 200 to 250 and gets another Ansvarlig and a second plan area; D-002 (frame R3) goes;
  // D-003 (Må utredes, no priority, 2027 empty) and the investment I-002 come; D-004 (no frame) stays as it was.
  const before = plan({
    operating: [
      op({ id: 'D-001', years: [100, 200, 300, 400], fullYear: 400, newMoney: 400, frame: 'R1' }),
      op({ id: 'D-002', row: 6, years: [50, 50, 50, 50], fullYear: 50, newMoney: 50, frame: 'R3' }),
      op({ id: 'D-004', row: 7, years: [10, 10, 10, 10], fullYear: 10, newMoney: 10, frame: '' }),
    ],
    investment: [inv({ id: 'I-001', years: [1000, 2000, null, null], budget: 3000, loan: 3000 })],
    economyPlan: [
      described({ row: 2, ref: 'D-001', frame: 'R1', years: [100, 200, 300, 400] }, 'Miljøteam'),
      line({ row: 3, type: 'Ramme', frame: 'R3', years: [50, 50, 50, 50] }),
    ],
  });
  const newer = plan({
    operating: [
      op({
        id: 'D-001',
        years: [100, 250, 300, 400],
        fullYear: 400,
        newMoney: 400,
        frame: 'R1',
        responsible: 'Leder boligkontor',
        areas: ['Helse', 'Oppvekst'],
      }),
      { ...op({ id: 'D-003', row: 6, status: 'Må utredes', years: [null, 80, 80, 80], frame: 'R1' }), priority: null },
      op({ id: 'D-004', row: 7, years: [10, 10, 10, 10], fullYear: 10, newMoney: 10, frame: '' }),
    ],
    investment: [
      inv({ id: 'I-001', years: [1000, 2000, null, null], budget: 3000, loan: 3000 }),
      inv({ id: 'I-002', row: 6, years: [0, 500, 500, 0], budget: 1000, loan: 1000 }),
    ],
    economyPlan: [
      described({ row: 2, ref: 'D-001', frame: 'R1', years: [100, 250, 300, 400] }, 'Miljøteam, utvidet'),
      line({ row: 3, part: 'Investering', type: 'Finansiering', ref: 'P-200', source: 'Lån', years: [0, 500, 500, 0] }),
    ],
  });
  const diff = comparePlans(before, newer, sides);
  const doc = compareDocument(diff, 'nb');

  it('names both versions once each and counts what changed', () => {
    expect(doc.title).toBe('Endringer fra Vedtatt 2027');
    expect(paragraphs(doc).slice(0, 4)).toEqual([
      'Eldre versjon: Vedtatt 2027 (plan.xlsx), 2027–2030, 1000 kr',
      'Nyere versjon: plan.xlsx, 2027–2030, 1000 kr',
      'Beløp i 1000 kr. Bare tiltak med kostnadsstatus Beregnet teller i summene.',
      'Tiltak: 2 nye, 1 fjernet, 1 endret. Økonomiplanlinjer: 1 ny, 1 fjernet, 1 endret.',
    ]);
    // Same period: no word about years in one version only.
    expect(paragraphs(doc).join('\n')).not.toMatch(/Bare i den|utenfor versjonens periode/);
  });

  it('lists new measures of both tables under the newer years, an empty amount blank, no priority blank', () => {
    expect(table(doc, 'Nye tiltak')).toEqual({
      headers: ['ID', 'Tabell', 'Seksjon', 'Pri.', 'Tiltak', 'Status', '2027', '2028', '2029', '2030'],
      rows: [
        ['D-003', 'Drift', 'Samfunn og tjenester', '', 'Tiltak D-003', 'Må utredes', '', '80', '80', '80'],
        ['I-002', 'Investering', 'Samfunn og tjenester', '1', 'Prosjekt I-002', 'Beregnet', '0', '500', '500', '0'],
      ],
    });
    expect(after(doc, 'Nye tiltak')).toMatchObject({ numeric: [6, 7, 8, 9] });
  });

  it('lists the removed measure with its amounts in the older version', () => {
    expect(table(doc, 'Fjernede tiltak').rows).toEqual([
      ['D-002', 'Drift', 'Samfunn og tjenester', '1', 'Tiltak D-002', 'Beregnet', '50', '50', '50', '50'],
    ]);
  });

  it('lists each changed field of a changed measure once, the measure named on its first line only', () => {
    expect(table(doc, 'Endrede tiltak')).toEqual({
      headers: ['ID', 'Tiltak', 'Felt', 'Før', 'Nå', 'Endring'],
      rows: [
        ['D-001', 'Tiltak D-001', '2028', '200', '250', '+50'],
        ['', '', 'Ansvarlig', 'Rådmannen', 'Leder boligkontor', ''],
        ['', '', 'Berørte planområder', 'Helse', 'Helse; Oppvekst', ''],
      ],
    });
  });

  it('totals per year: old, new and change of the costed measures (D-003 is not costed)', () => {
    // Old: D-001 + D-002 + D-004 = 160/260/360/460; new: D-001 + D-004 = 110/260/310/410.
    const operating = [
      ['2027', '160', '110', '−50'],
      ['2028', '260', '260', '0'],
      ['2029', '360', '310', '−50'],
      ['2030', '460', '410', '−50'],
    ];
    expect(table(doc, 'Driftskostnad')).toEqual({ headers: ['År', 'Før', 'Nå', 'Endring'], rows: operating });
    // Each measure's new money is all of its cost.
    expect(table(doc, 'Nye midler').rows).toEqual(operating);
    // I-001 1 000/2 000/–/–; I-002 adds 0/500/500/0.
    expect(table(doc, 'Investering').rows).toEqual([
      ['2027', '1 000', '1 000', '0'],
      ['2028', '2 000', '2 500', '+500'],
      ['2029', '0', '500', '+500'],
      ['2030', '0', '0', '0'],
    ]);
  });

  it('new money per frame: the frames that moved year by year, the unchanged one named', () => {
    const frameHeading = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Nye midler per rammeområde');
    expect(table(doc, 'Nye midler per rammeområde')).toEqual({
      headers: ['Rammeområde', 'År', 'Før', 'Nå', 'Endring'],
      rows: [
        ['R1', '2027', '100', '100', '0'],
        ['', '2028', '200', '250', '+50'],
        ['', '2029', '300', '300', '0'],
        ['', '2030', '400', '400', '0'],
        ['R3', '2027', '50', '0', '−50'],
        ['', '2028', '50', '0', '−50'],
        ['', '2029', '50', '0', '−50'],
        ['', '2030', '50', '0', '−50'],
      ],
    });
    expect(doc.blocks[frameHeading + 2]).toEqual({
      kind: 'paragraph',
      text: 'Uendret i årene begge versjonene har: (uten rammeområde).',
    });
  });

  it('economy plan: the new line under the newer years, the removed one, and the changed fields', () => {
    expect(table(doc, 'Nye linjer')).toEqual({
      headers: ['Linje', 'Beskrivelse', '2027', '2028', '2029', '2030'],
      rows: [['Investering · Finansiering · P-200 · Lån', '', '0', '500', '500', '0']],
    });
    expect(table(doc, 'Fjernede linjer').rows).toEqual([['Drift · Ramme · R3', '', '50', '50', '50', '50']]);
    expect(table(doc, 'Endrede linjer')).toEqual({
      headers: ['Linje', 'Felt', 'Før', 'Nå', 'Endring'],
      rows: [
        ['Drift · Tiltak · D-001', 'Beskrivelse', 'Miljøteam', 'Miljøteam, utvidet', ''],
        ['', '2028', '200', '250', '+50'],
      ],
    });
  });

  it('as text: the same rows, amounts right-aligned', () => {
    const text = plain(renderText(doc));
    expect(text).toMatch(/\n {2}D-003 +Drift +Samfunn og tjenester {4,}Tiltak D-003 +Må utredes {10,}80 +80 +80\n/);
    expect(text).toMatch(
      /\n {2}I-002 +Investering +Samfunn og tjenester +1 +Prosjekt I-002 +Beregnet +0 +500 +500 +0\n/,
    );
    expect(text).toMatch(/\n {2}Drift · Ramme · R3 {15,}50 +50 +50 +50\n/);
  });
});

describe('compareDocument: a rolled plan', () => {
  // The older plan holds 2027–2030, the newer 2028–2031 (amounts move one column left). D-001 costs 50 more in
  // 2030; D-002 (empty 2029) is gone; D-005 is new. The economy plan line of D-001 follows its cost.
  const before = plan({
    operating: [
      op({ id: 'D-001', years: [100, 200, 300, 400], fullYear: 400, newMoney: 400, frame: 'R1' }),
      op({ id: 'D-002', row: 6, years: [20, 20, null, 20], fullYear: 20, newMoney: 20, frame: 'R1' }),
    ],
    economyPlan: [line({ row: 2, ref: 'D-001', years: [100, 200, 300, 400] })],
  });
  const newer = rolled(
    plan({
      operating: [
        op({ id: 'D-001', years: [200, 300, 450, 450], fullYear: 450, newMoney: 450, frame: 'R1' }),
        op({ id: 'D-005', row: 6, years: [0, 5, 5, 5], fullYear: 5, newMoney: 5, frame: 'R1' }),
      ],
      economyPlan: [line({ row: 2, ref: 'D-001', years: [200, 300, 450, 450] })],
    }),
  );
  const doc = compareDocument(comparePlans(before, newer, sides), 'en');

  it('says which years both versions hold and which only one, and what "–" means', () => {
    expect(paragraphs(doc)).toEqual(
      expect.arrayContaining([
        'Older version: Vedtatt 2027 (plan.xlsx), 2027–2030, 1000 kr',
        'Newer version: plan.xlsx, 2028–2031, 1000 kr',
        'Years in both versions: 2028, 2029, 2030.',
        'Only in the older version: 2027.',
        'Only in the newer version: 2031.',
        'Measures: 1 new, 1 removed, 1 changed. Economy plan lines: 0 new, 0 removed, 1 changed.',
        '"–" means the year lies outside that version\'s period.',
      ]),
    );
  });

  it('says so when no year is in both versions (a plan four years on): no amount was compared', () => {
    const later = (p: Plan): Plan => ({
      ...p,
      years: [2031, 2032, 2033, 2034],
      settings: { ...p.settings, startYear: 2031 },
    });
    const far = compareDocument(comparePlans(before, later(before), sides), 'en');
    expect(paragraphs(far)).toEqual(
      expect.arrayContaining([
        'No year is in both versions, so no amounts were compared.',
        'Only in the older version: 2027, 2028, 2029, 2030.',
        'Only in the newer version: 2031, 2032, 2033, 2034.',
      ]),
    );
    expect(paragraphs(far).some((t) => t.startsWith('Years in both versions'))).toBe(false);
    // Frame R1 was compared in no year: not "Unchanged in the years both versions hold: R1." (there are none). Its
    // new money is listed year by year as the totals are, each year on one side only (SPEC §14): D-001 + D-002 =
    // 100 + 20, 200 + 20, 300 + 0, 400 + 20 in 2027–2030, and the same figures in 2031–2034.
    expect(table(far, 'New money per budget frame').rows).toEqual([
      ['R1', '2027', '120', '–', '–'],
      ['', '2028', '220', '–', '–'],
      ['', '2029', '300', '–', '–'],
      ['', '2030', '420', '–', '–'],
      ['', '2031', '–', '120', '–'],
      ['', '2032', '–', '220', '–'],
      ['', '2033', '–', '300', '–'],
      ['', '2034', '–', '420', '–'],
    ]);
    const frames = far.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'New money per budget frame');
    expect(far.blocks[frames + 2]).toEqual({
      kind: 'paragraph',
      text: 'No year is in both versions, so no amounts were compared.',
    });
    expect(paragraphs(far).some((t) => t.startsWith('Unchanged in the years'))).toBe(false);
  });

  it("lists an added measure under the newer version's years and a removed one under the older's", () => {
    expect(table(doc, 'New measures').headers.slice(6)).toEqual(['2028', '2029', '2030', '2031']);
    expect(table(doc, 'New measures').rows.map((r) => [r[0], ...r.slice(6)])).toEqual([['D-005', '0', '5', '5', '5']]);
    // D-002's empty 2029 is an empty cell, not a year outside the period: blank, not "–".
    expect(table(doc, 'Removed measures')).toEqual({
      headers: ['ID', 'Table', 'Section', 'Prio.', 'Measure', 'Status', '2027', '2028', '2029', '2030'],
      rows: [['D-002', 'Operating', 'Samfunn og tjenester', '1', 'Tiltak D-002', 'Beregnet', '20', '20', '', '20']],
    });
  });

  it('compares the years both hold only: D-001 changed in 2030 (and full year and new money)', () => {
    expect(table(doc, 'Changed measures').rows).toEqual([
      ['D-001', 'Tiltak D-001', '2030', '400', '450', '+50'],
      // Columns by their workbook header in every language (the user finds them by it): not "Full-year effect".
      ['', '', 'Helårsvirkning', '400', '450', '+50'],
      ['', '', 'Nye midler', '400', '450', '+50'],
    ]);
  });

  it('lists D-001\'s 2027 and 2031 apart: one version holds each, "–" on the other side, no difference', () => {
    // 2027's 100 the newer period does not hold, 2031's 450 the older did not: listed as such (SPEC §14).
    // The heading, the note that says what «–» is here, then the table.
    expect(after(doc, 'Amounts in years only one version holds')).toMatchObject({ kind: 'paragraph' });
    const at = doc.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === 'Amounts in years only one version holds',
    );
    const block = doc.blocks[at + 2];
    if (block?.kind !== 'table') throw new Error('no table of one-sided years');
    expect({ headers: block.headers, rows: block.rows.map((r) => r.map(plain)) }).toEqual({
      headers: ['ID', 'Measure', 'Year', 'Before', 'Now'],
      rows: [
        ['D-001', 'Tiltak D-001', '2027', '100', '–'],
        ['', '', '2031', '–', '450'],
      ],
    });
    expect(paragraphs(doc)).toEqual(
      expect.arrayContaining([
        'One measure has amounts in years only one version holds (2027, 2031). It is listed apart, after the other changes.',
      ]),
    );
  });

  it('totals: "–" and no change for a year outside one period', () => {
    // Old: D-001 + D-002 = 120/220/300/420 in 2027–2030; new: D-001 + D-005 = 200/305/455/455 in 2028–2031.
    expect(table(doc, 'Operating cost').rows).toEqual([
      ['2027', '120', '–', '–'],
      ['2028', '220', '200', '−20'],
      ['2029', '300', '305', '+5'],
      ['2030', '420', '455', '+35'],
      ['2031', '–', '455', '–'],
    ]);
  });

  it('new money per frame: every year of either version, "–" and no change for a year outside one period', () => {
    // New money is the year × Nye midler / Helårsvirkning (all 1 here): R1 holds D-001 and D-002 before (120 in
    // 2027), D-001 and D-005 now (450 + 5 = 455 in 2031). SPEC §14: years on one side only are listed as such.
    expect(table(doc, 'New money per budget frame').rows).toEqual([
      ['R1', '2027', '120', '–', '–'],
      ['', '2028', '220', '200', '−20'],
      ['', '2029', '300', '305', '+5'],
      ['', '2030', '420', '455', '+35'],
      ['', '2031', '–', '455', '–'],
    ]);
  });

  it('a changed economy plan line: only the common year that moved', () => {
    expect(table(doc, 'Changed lines').rows).toEqual([['Drift · Tiltak · D-001', '2030', '400', '450', '+50']]);
    expect([after(doc, 'New lines'), after(doc, 'Removed lines')]).toEqual([
      { kind: 'paragraph', text: 'None.' },
      { kind: 'paragraph', text: 'None.' },
    ]);
  });
});

describe('compareDocument: a period made longer', () => {
  it('names the year only one version holds, and only that side', () => {
    const four = plan({ operating: [op({ id: 'D-001', years: [1, 2, 3, 4], fullYear: 4, newMoney: 4 })] });
    const five: Plan = { ...four, years: [2027, 2028, 2029, 2030, 2031], settings: { ...four.settings, yearCount: 5 } };
    const doc = compareDocument(comparePlans(four, five, sides), 'nn');
    const years = paragraphs(doc).filter((p) => p.startsWith('År i') || p.startsWith('Berre i') || p.includes('–»'));
    expect(years).toEqual([
      'År i begge versjonane: 2027, 2028, 2029, 2030.',
      'Berre i den nyare versjonen: 2031.',
      '«–» tyder at året er utanfor perioden til versjonen.',
    ]);
    expect(table(doc, 'Driftskostnad').rows.slice(-1)).toEqual([['2031', '–', '0', '–']]);
    const shorter = paragraphs(compareDocument(comparePlans(five, four, sides), 'nn'));
    expect(shorter.filter((p) => p.startsWith('Berre i'))).toEqual(['Berre i den eldre versjonen: 2031.']);
  });
});

describe('compareDocument: nothing changed', () => {
  it.each<[Lang, string, string]>([
    ['nb', 'Ingen endringer.', 'Ingen.'],
    ['en', 'No changes.', 'None.'],
  ])('%s: says so once, and "none" under every part', (lang, nothing, none) => {
    const empty = plan({});
    const doc = compareDocument(comparePlans(empty, empty, sides), lang);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.tone === 'info')).toEqual([
      { kind: 'paragraph', text: nothing, tone: 'info' },
    ]);
    // Three measure parts, the frames (no frame at all), three economy plan parts.
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.text === none)).toHaveLength(7);
    expect(doc.blocks.filter((b) => b.kind === 'table').map((b) => b.kind === 'table' && b.rows)).toEqual([
      [
        ['2027', '0', '0', '0'],
        ['2028', '0', '0', '0'],
        ['2029', '0', '0', '0'],
        ['2030', '0', '0', '0'],
      ],
      expect.any(Array),
      expect.any(Array),
    ]);
  });
});

describe('changeCells', () => {
  const ctx = (unit: Unit = '1000 kr', lang: Lang = 'en') => ({ lang, unit });
  const c = (field: string, old: FieldChange['old'], now: FieldChange['new'], year?: number): FieldChange =>
    year === undefined ? { field, old, new: now } : { field, year, old, new: now };

  it.each<[string, FieldChange, 'operating' | 'investment' | 'economyPlan', [string, string, string]]>([
    ['a year in 1000 kr', c('years', 1_200_000, 1_500_000, 2028), 'operating', ['1 200', '1 500', '+300']],
    ['a year that was empty', c('years', null, 500_000, 2028), 'operating', ['(empty)', '500', '+500']],
    ['a year emptied', c('years', 500_000, null, 2029), 'operating', ['500', '(empty)', '−500']],
    // An empty cell typed 0 is a change (docs/spec.md §14) of no money: 0 has no sign, neither up nor down.
    ['an empty year typed 0', c('years', null, 0, 2029), 'operating', ['(empty)', '0', '0']],
    ['an amount column', c('finNew', 2_400_000, 2_000_000), 'operating', ['2 400', '2 000', '−400']],
    ['an investment amount', c('budget', 3_000_000, 3_000_501), 'investment', ['3 000', '3 000,501', '+0,501']],
    ['a text made empty', c('ref', '14', ''), 'operating', ['14', '(empty)', '']],
    ['a priority removed', c('priority', 2, null), 'operating', ['2', '(empty)', '']],
    ['plan areas', c('areas', [], ['Oppvekst', 'Helse']), 'operating', ['(empty)', 'Oppvekst; Helse', '']],
    // A Kostnadsstatus as typed in every language (a list value, the workbook's word, as check's totals show it).
    ['a cost status', c('costStatus', 'Beregnet', 'Må utredes'), 'investment', ['Beregnet', 'Må utredes', '']],
    ['an unknown cost status', c('costStatus', 'Kanskje', 'Beregnet'), 'operating', ['Kanskje', 'Beregnet', '']],
    ['a line source', c('source', 'Lån', 'Tilskudd'), 'economyPlan', ['Lån', 'Tilskudd', '']],
  ])('%s', (_what, change, fieldTable, cells) => {
    expect(changeCells(ctx(), change, fieldTable).map(plain)).toEqual(cells);
  });

  it('amounts in the unit of the reader (mill kr) and the empty word in their language', () => {
    expect(changeCells(ctx('mill kr', 'nb'), c('budget', null, 2_500_000), 'investment').map(plain)).toEqual([
      '(tom)',
      '2,5',
      '+2,5',
    ]);
  });
});

describe('lineName', () => {
  const entry = (l: EconomyPlanLine) => ({ ...l, years: {} });
  it.each<[LineInput, string]>([
    [{ row: 2, ref: 'D-001', frame: 'R3' }, 'Drift · Tiltak · D-001'],
    [{ row: 2, type: 'Ramme', frame: 'R3' }, 'Drift · Ramme · R3'],
    [
      { row: 2, part: 'Investering', type: 'Finansiering', ref: 'P-4101', source: 'Tilskudd' },
      'Investering · Finansiering · P-4101 · Tilskudd',
    ],
    [{ row: 2, type: '' }, 'Drift'],
    [{ row: 2, ref: 'D-001', plan: 'Helse og omsorg' }, 'Drift · Tiltak · D-001 · Helse og omsorg'],
  ])('%p → %s', (input, name) => {
    expect(lineName(entry(line(input)))).toBe(name);
  });
});

describe('compareDocument: a measure moved between the tables', () => {
  // As in the JSON test: D-007 drift (100/200/300/400, full year 400, all new money) → investering, same years,
  // Kostnadsramme 1 000 on a loan.
  const moved = comparePlans(
    plan({ operating: [op({ id: 'D-007', years: [100, 200, 300, 400], fullYear: 400, newMoney: 400 })] }),
    plan({ investment: [inv({ id: 'D-007', years: [100, 200, 300, 400], budget: 1000, loan: 1000 })] }),
    sides,
  );

  it('one changed measure: a line saying it moved, then every field that differs with its money', () => {
    const doc = compareDocument(moved, 'nb');
    expect(paragraphs(doc)[3]).toBe(
      'Tiltak: 0 nye, 0 fjernet, 1 endret. Økonomiplanlinjer: 0 nye, 0 fjernet, 0 endret.',
    );
    expect(table(doc, 'Endrede tiltak').rows).toEqual([
      ['D-007', 'Prosjekt D-007', 'Tabell', 'Drift', 'Investering', ''],
      ['', '', 'Tiltak', 'Tiltak D-007', 'Prosjekt D-007', ''],
      ['', '', 'Formål', '(tom)', 'Omsorgsbolig', ''],
      ['', '', 'Kostnadsramme', '(tom)', '1 000', '+1 000'],
      ['', '', 'Lån', '(tom)', '1 000', '+1 000'],
      ['', '', 'Type', 'Varig', '(tom)', ''],
      ['', '', 'Helårsvirkning', '400', '(tom)', '−400'],
      ['', '', 'Nye midler', '400', '(tom)', '−400'],
    ]);
  });

  it.each<[Lang, string[], string[]]>([
    ['nn', ['D-007', 'Prosjekt D-007', 'Tabell', 'Drift', 'Investering', ''], ['', '', 'Helårsvirkning', '400']],
    ['en', ['D-007', 'Prosjekt D-007', 'Table', 'Operating', 'Investment', ''], ['', '', 'Helårsvirkning', '400']],
  ])(
    'in %s too: the move in that language, the fields of the table it left by their workbook header',
    (lang, move, fullYear) => {
      const rows = table(compareDocument(moved, lang), lang === 'nn' ? 'Endra tiltak' : 'Changed measures').rows;
      expect(rows[0]).toEqual(move);
      expect(rows[6]?.slice(0, 4)).toEqual(fullYear);
    },
  );
});

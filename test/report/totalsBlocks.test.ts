import { checkSnapshot } from '../../src/domain/check';
import type { Lang } from '../../src/domain/model/report';
import { renderFinding } from '../../src/i18n';
import type { Block } from '../../src/report/document';
import { totalsBlocks } from '../../src/report/totalsBlocks';
import { canonicalSnapshot } from '../helpers/workbook';

// A costed row that names no section, no responsible and no frame, yet asks for new money: its totals still
// count (SPEC §4), and its rows must say what they lack rather than show an empty label.
const row = {
  ID: 'D-001',
  Seksjon: '',
  Prioritet: 1,
  Tiltak: 'Miljøteam',
  Kostnadsstatus: 'Beregnet',
  '2027': 600,
  '2028': 1200,
  '2029': 1800,
  '2030': 2400,
  Helårsvirkning: 2400,
  'Nye midler': 2400,
  Ansvarlig: '',
  Rammeområde: '',
};

function blocksIn(lang: Lang): Block[] {
  const wb = canonicalSnapshot({ operating: [row] });
  const { report } = checkSnapshot(wb, {
    file: 'plan.xlsx',
    defaultStartYear: 2027,
    render: (f, u) => renderFinding(f, lang, u),
  });
  return totalsBlocks(report.totals, lang, report.plan.unit, report.plan.years);
}

const firstColumn = (lang: Lang): string[] =>
  blocksIn(lang).flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r[0] ?? '') : []));

const headers = (lang: Lang): string[] => blocksIn(lang).flatMap((b) => (b.kind === 'table' ? b.headers : []));

describe('totalsBlocks', () => {
  it.each([
    ['nb', ['(uten seksjon)', '(uten navn)', '(uten rammeområde)']],
    ['nn', ['(utan seksjon)', '(utan namn)', '(utan rammeområde)']],
    ['en', ['(no section)', '(no name)', '(no budget frame)']],
  ] as const)('%s: a row without a name says what it lacks', (lang, labels) => {
    const first = firstColumn(lang);
    expect(first).toEqual(expect.arrayContaining([...labels]));
    expect(first).not.toContain('');
  });

  // The financing columns are named by their workbook headers in every language, as in the pane's Summer: the
  // user finds «Endret drift» in the header row, not "Reallocation" or «Endra drift».
  it.each(['nb', 'nn', 'en'] as const)('%s: the financing columns by their workbook headers', (lang) => {
    const operating = ['Felles tiltak', 'Endret drift', 'Annen finansiering', 'Nye midler'];
    const investment = ['Mva-kompensasjon', 'Tilskudd', 'Salg', 'Lån', 'Overføring fra drift', 'Fond'];
    expect(headers(lang)).toEqual(expect.arrayContaining([...operating, ...investment]));
  });
});

// A plan whose measure touches two plan areas: the report's tables of new money per frame, cost per plan area
// and cost per responsible each stand under their own heading, the words of Sammendrag. Before, all three
// followed the heading «Nye midler per år», so a planner read the cost of each plan area as new money.
describe('totalsBlocks: every table under the heading that names it', () => {
  const twoAreas = { ...row, Seksjon: 'Samfunn og tjenester', Ansvarlig: 'Leder boligkontor', Rammeområde: '2' };

  function headingsBefore(lang: Lang): Record<string, string> {
    const wb = canonicalSnapshot({ operating: [{ ...twoAreas, 'Berørte planområder': 'Oppvekst; Kultur' }] });
    const { report } = checkSnapshot(wb, {
      file: 'plan.xlsx',
      defaultStartYear: 2027,
      render: (f, u) => renderFinding(f, lang, u),
    });
    const out: Record<string, string> = {};
    let heading = '';
    for (const b of totalsBlocks(report.totals, lang, report.plan.unit, report.plan.years)) {
      if (b.kind === 'heading') heading = b.text;
      if (b.kind === 'table') out[b.headers[0] ?? ''] = heading;
    }
    return out;
  }

  it.each([
    ['nb', 'Rammeområde', 'Nye midler per rammeområde', 'Planområde', 'Driftskostnad per planområde'],
    ['nn', 'Rammeområde', 'Nye midlar per rammeområde', 'Planområde', 'Driftskostnad per planområde'],
    ['en', 'Budget frame', 'New money per budget frame', 'Plan area', 'Operating cost per plan area'],
  ] as const)('%s: frames, plan areas and responsibles have their own headings', (lang, frame, frameH, area, areaH) => {
    const headings = headingsBefore(lang);
    expect(headings[frame]).toBe(frameH);
    expect(headings[area]).toBe(areaH);
  });

  // The measure above counts in both areas: 600 + 1 200 + 1 800 + 2 400 = 6 000 in each, and once in the
  // responsible's row (6 000), not twice. Amounts are grouped with a no-break space (nb-NO).
  const nbsp = (cells: string[]): string[] => cells.map((c) => c.replace(/ /g, '\u00a0'));
  it('the plan-area rows count the measure fully in each, the responsible once', () => {
    const wb = canonicalSnapshot({ operating: [{ ...twoAreas, 'Berørte planområder': 'Oppvekst; Kultur' }] });
    const { report } = checkSnapshot(wb, {
      file: 'p.xlsx',
      defaultStartYear: 2027,
      render: (f, u) => renderFinding(f, 'nb', u),
    });
    const tables = totalsBlocks(report.totals, 'nb', report.plan.unit, report.plan.years).filter(
      (b) => b.kind === 'table',
    );
    const rowsOf = (first: string) => tables.find((t) => t.kind === 'table' && t.headers[0] === first);
    expect(rowsOf('Planområde')?.kind === 'table' && rowsOf('Planområde')?.rows).toEqual([
      ['Oppvekst', ...nbsp(['600', '1 200', '1 800', '2 400', '6 000'])],
      ['Kultur', ...nbsp(['600', '1 200', '1 800', '2 400', '6 000'])],
    ]);
    expect(rowsOf('Ansvarlig')?.kind === 'table' && rowsOf('Ansvarlig')?.rows).toEqual([
      ['Leder boligkontor', ...nbsp(['600', '1 200', '1 800', '2 400', '6 000'])],
    ]);
  });

  // The count table's columns say what they hold, in the reader's language: not "Tiltak per kostnadsstatus | #".
  it.each([
    ['nb', ['Kostnadsstatus', 'Antall']],
    ['nn', ['Kostnadsstatus', 'Tal']],
    ['en', ['Cost status', 'Count']],
  ] as const)('%s: the status count table is headed by status and count', (lang, heads) => {
    expect(headers(lang)).toEqual(expect.arrayContaining([...heads]));
    expect(headers(lang)).not.toContain('#');
  });
});

// The status counts read as Sammendrag's: every Kostnadsstatus in the list's order with its count, 0 included,
// then any other status as typed. Before, a plan of 0 measures got a count table with no rows at all, and a
// plan whose first row is Ukjent listed Ukjent above Beregnet.
describe('totalsBlocks: the status counts', () => {
  function statusRows(operating: Record<string, string | number | null>[]): string[][] {
    const { report } = checkSnapshot(canonicalSnapshot({ operating }), {
      file: 'plan.xlsx',
      defaultStartYear: 2027,
      render: (f, u) => renderFinding(f, 'nb', u),
    });
    const blocks = totalsBlocks(report.totals, 'nb', report.plan.unit, report.plan.years);
    const t = blocks.find((b) => b.kind === 'table' && b.headers[0] === 'Kostnadsstatus');
    return t?.kind === 'table' ? t.rows.map((r) => [...r]) : [];
  }

  it('a plan of 0 measures: each status with 0', () => {
    expect(statusRows([])).toEqual([
      ['Beregnet', '0'],
      ['Ingen kostnad', '0'],
      ['Innenfor ramme', '0'],
      ['Må utredes', '0'],
      ['Ukjent', '0'],
    ]);
  });

  // Rows: Ukjent, Beregnet, Beregnet, «Avventer» (no status of the list) → Beregnet 2, Ukjent 1, Avventer 1.
  it('the list order first, 0 included, then a status the list does not know', () => {
    const blank = { '2027': null, '2028': null, '2029': null, '2030': null, Helårsvirkning: null, 'Nye midler': null };
    expect(
      statusRows([
        { ...row, ...blank, ID: 'D-001', Kostnadsstatus: 'Ukjent' },
        { ...row, ID: 'D-002', Prioritet: 2 },
        { ...row, ID: 'D-003', Prioritet: 3 },
        { ...row, ...blank, ID: 'D-004', Prioritet: 4, Kostnadsstatus: 'Avventer' },
      ]),
    ).toEqual([
      ['Beregnet', '2'],
      ['Ingen kostnad', '0'],
      ['Innenfor ramme', '0'],
      ['Må utredes', '0'],
      ['Ukjent', '1'],
      ['Avventer', '1'],
    ]);
  });
});

// The frame table names each frame as Sammendrag does: the code and its name from tblRammeomrader (WORKBOOK_LISTS:
// 2 = Helse og velferd), so a planner need not look up what «2» is. The measure's new money 600 + 1 200 + 1 800 +
// 2 400 lies in frame 2; Nye midler 2 400.
describe('totalsBlocks: the frames by code and name', () => {
  it('shows the name of a listed frame beside its code', () => {
    const wb = canonicalSnapshot({ operating: [{ ...row, Seksjon: 'Samfunn og tjenester', Rammeområde: '2' }] });
    const result = checkSnapshot(wb, {
      file: 'plan.xlsx',
      defaultStartYear: 2027,
      render: (f, u) => renderFinding(f, 'nb', u),
    });
    const { report, plan } = result;
    const blocks = totalsBlocks(report.totals, 'nb', report.plan.unit, report.plan.years, plan.lists.frames);
    const t = blocks.find((b) => b.kind === 'table' && b.headers[0] === 'Rammeområde');
    expect(t?.kind === 'table' && t.headers).toEqual([
      'Rammeområde',
      'Navn',
      '2027',
      '2028',
      '2029',
      '2030',
      'Sum periode',
      'Nye midler',
    ]);
    // The years' sum 600 + 1 200 + 1 800 + 2 400 = 6 000 (Sammendrag's Sum), then the Nye midler column 2 400.
    expect(t?.kind === 'table' && t.rows).toEqual([
      ['2', 'Helse og velferd', '600', '1\u00a0200', '1\u00a0800', '2\u00a0400', '6\u00a0000', '2\u00a0400'],
    ]);
  });
});

// The amount columns that total a workbook column are headed by its header as the workbook spells it, in every
// language, as the financing columns always were: «Helårsvirkning» beside «Nye midler», not «Heilårsverknad» or
// "Full-year effect" beside the bokmål financing headers (src/i18n/glossary.ts says the rule).
describe('totalsBlocks: the workbook columns by their headers', () => {
  const table = (lang: Lang, first: string): readonly string[] =>
    blocksIn(lang).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.headers[0] === first)
      ?.headers ?? [];

  it.each([
    ['nb', 'Seksjon', 'Rammeområde'],
    ['nn', 'Seksjon', 'Rammeområde'],
    ['en', 'Section', 'Budget frame'],
  ] as const)('%s', (lang, section, frame) => {
    const financing = ['Felles tiltak', 'Endret drift', 'Annen finansiering', 'Nye midler'];
    const years = ['2027', '2028', '2029', '2030'];
    expect(table(lang, section)).toEqual([section, ...years, 'Sum periode', 'Helårsvirkning', ...financing]);
    expect(table(lang, frame).slice(-2)).toEqual(['Sum periode', 'Nye midler']);
    const investment = blocksIn(lang).filter((b) => b.kind === 'table' && b.headers[0] === section)[2];
    expect(investment?.kind === 'table' && investment.headers.slice(0, 2)).toEqual([section, 'Kostnadsramme']);
  });
});

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

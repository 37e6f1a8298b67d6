/**
 * A measure whose ID is gone but whose Tiltak text stands on a row of an ID on several rows (SPEC §14, §4): D-005
 * «Bo Kart» retyped as D-004, which «Spredt bosetting» has. Matched by ID, D-005 is removed and the second D-004 row
 * is compared with nothing; the reader of «Fjernede tiltak» must not be told D-005 is gone without where its text
 * stands now. The same the other way: a measure added whose text stood on such a row of the older version.
 *
 * 1000 kr, 2027–2030, rows from 2 (ID in column A): D-001 row 2, D-004 «Spredt bosetting» row 3, the third row (4)
 * «Bo Kart», 30 a year, as D-005 in one version and as D-004 in the other.
 */
import { renderCompare } from '../../../src/report/compareReport';
import type { CompareJson } from '../../../src/report/compareJson';
import { operatingRow } from '../../helpers/rows';
import { compareRows, type Row } from './compareRows';

const compare = compareRows;

const amounts = (n: number): Row => ({
  '2027': n,
  '2028': n,
  '2029': n,
  '2030': n,
  Helårsvirkning: n,
  'Nye midler': n,
});
const d001 = operatingRow();
const spredt = operatingRow({ ID: 'D-004', Prioritet: 2, Tiltak: 'Spredt bosetting', ...amounts(100) });
const boKart = (id: string) => operatingRow({ ID: id, Prioritet: 3, Tiltak: 'Bo Kart', ...amounts(30) });

/** The part of the text report under a heading, up to the next heading of its level. */
function section(text: string, heading: string): string {
  const from = text.indexOf(`\n${heading}\n`);
  expect(from).toBeGreaterThan(0);
  const rest = text.slice(from + heading.length + 2);
  const next = rest.search(/\n\n\S[^\n]*\n[·-]{3,}\n/);
  return next < 0 ? rest : rest.slice(0, next);
}

describe('D-005 «Bo Kart» retyped as D-004 in the newer version', () => {
  const diff = compare([d001, spredt, boKart('D-005')], [d001, spredt, boKart('D-004')]);

  it('D-005 is removed, and its entry names the row where its text stands now', () => {
    expect(diff.measures.removed.map((m) => [m.id, m.textOnRow])).toEqual([
      ['D-005', { version: 'new', cell: 'Tiltak drift!A4', id: 'D-004' }],
    ]);
  });

  it('the «Fjernede tiltak» line of the text report says where the text stands, in nb, nn and en', () => {
    const nb = section(renderCompare(diff, 'text', 'nb'), 'Fjernede tiltak');
    expect(nb).toContain('D-005');
    expect(nb).toContain('Bo Kart (teksten står nå i Tiltak drift!A4 med ID D-004, som står på flere rader)');
    expect(section(renderCompare(diff, 'text', 'nn'), 'Fjerna tiltak')).toContain('Tiltak drift!A4');
    expect(section(renderCompare(diff, 'text', 'en'), 'Removed measures')).toContain('Tiltak drift!A4');
  });

  it('JSON: the removed measure carries the row', () => {
    const json = JSON.parse(renderCompare(diff, 'json', 'nb')) as CompareJson;
    expect(json.measures.removed.map((m) => [m.id, m.textOnRow])).toEqual([
      ['D-005', { version: 'new', cell: 'Tiltak drift!A4', id: 'D-004' }],
    ]);
  });

  it('HTML: the removed measure’s row names the cell', () => {
    const html = renderCompare(diff, 'html', 'nb');
    expect(html).toContain('teksten står nå i Tiltak drift!A4 med ID D-004');
  });
});

describe('the other way: D-004 twice in the older version, «Bo Kart» D-005 in the newer', () => {
  const diff = compare([d001, spredt, boKart('D-004')], [d001, spredt, boKart('D-005')]);

  it('D-005 is added, and its entry names the older version’s row that had its text', () => {
    expect(diff.measures.added.map((m) => [m.id, m.textOnRow])).toEqual([
      ['D-005', { version: 'old', cell: 'Tiltak drift!A4', id: 'D-004' }],
    ]);
    expect(section(renderCompare(diff, 'text', 'nb'), 'Nye tiltak')).toContain(
      'Bo Kart (teksten stod i den eldre versjonen i Tiltak drift!A4 med ID D-004, som stod på flere rader)',
    );
  });
});

describe('no guess where two rows could be meant', () => {
  it('two removed measures with that text: neither names a row', () => {
    const other = operatingRow({ ID: 'D-006', Prioritet: 4, Tiltak: 'Bo Kart', ...amounts(10) });
    const diff = compare([d001, spredt, boKart('D-005'), other], [d001, spredt, boKart('D-004')]);
    expect(diff.measures.removed.map((m) => [m.id, m.textOnRow])).toEqual([
      ['D-005', undefined],
      ['D-006', undefined],
    ]);
  });

  it('two rows not compared with that text: the removed measure names neither', () => {
    const diff = compare([d001, spredt, boKart('D-005')], [d001, spredt, boKart('D-004'), boKart('D-004')]);
    expect(diff.measures.removed.map((m) => [m.id, m.textOnRow])).toEqual([['D-005', undefined]]);
  });
});

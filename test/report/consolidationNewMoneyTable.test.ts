/**
 * The new-money table of the consolidated report (SPEC §15) has three rows per plan (Tiltaksplan, Økonomiplan,
 * Avvik) with the plan's name on the first only: a screen reader reading the second row heard «Økonomiplan 100
 * 300 …» without the plan. In HTML (and the pane) each plan is a row group: its name a header of the group
 * (scope="rowgroup", spanning its rows), what the row is a row header (scope="row").
 */
import { consolidate } from '../../src/domain/consolidate/consolidate';
import type { Plan } from '../../src/domain/model/plan';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import { renderHtml } from '../../src/report/html';
import { renderText } from '../../src/report/text';
import { line } from '../helpers/plan';
import { boligsosial, economy, input, kulturOtherPeriod } from '../domain/consolidate/helpers';

// Boligsosial D-001 100 / 300 / 300 / 300 (sum 1 000) against its line, the same; Kulturplan 2028–2031, not compared.
const kultur: Plan = kulturOtherPeriod();
const lines = [
  line({ row: 2, ref: 'D-001', frame: 'R3', plan: 'Boligsosial handlingsplan', years: [100, 300, 300, 300] }),
];
const { consolidation } = consolidate(
  [input('bolig.xlsx', boligsosial()), input('kultur.xlsx', kultur)],
  economy(lines),
);
const doc = consolidationDocument({ results: [], consolidation, economyIssues: [] }, 'nb');
const html = renderHtml([doc], 'nb', 'Samlet');
/** The new-money table: the first table after its heading. */
const table = html.slice(
  html.indexOf('<h2>Nye midler per år'),
  html.indexOf('</table>', html.indexOf('<h2>Nye midler per år')),
);

const num = (xs: readonly string[]) => xs.map((x) => `<td class="num">${x}</td>`).join('');

describe('the new-money table for a screen reader (SPEC §15)', () => {
  it('each plan is a row group named by a header spanning its three rows; each row has a row header', () => {
    expect(table).toContain(
      '<tbody><tr><th scope="rowgroup" rowspan="3">Boligsosial handlingsplan</th>' +
        `<th scope="row">Tiltaksplan</th>${num(['100', '300', '300', '300', '1\u00a0000'])}</tr>` +
        `<tr><th scope="row">Økonomiplan</th>${num(['100', '300', '300', '300', '1\u00a0000'])}</tr>` +
        `<tr><th scope="row">Avvik</th>${num(['0', '0', '0', '0', '0'])}</tr></tbody>`,
    );
  });

  it('a plan not compared is a group of its one row', () => {
    expect(table).toContain(
      '<tbody><tr><th scope="rowgroup">Kulturplan</th><th scope="row">ikke avstemt</th>' +
        `${num(['', '', '', '', ''])}</tr></tbody>`,
    );
  });

  it('«Alle planer» is a group too, and no row starts with an empty cell', () => {
    expect(table).toContain('<tbody><tr><th scope="rowgroup" rowspan="3">Alle planer</th>');
    expect(table).not.toMatch(/<tr><td>/);
  });

  it('the text report keeps its layout: the name once, on the first row of its three', () => {
    const text = renderText(doc);
    expect(text).toMatch(/\n {2}Boligsosial handlingsplan {2}Tiltaksplan +100/);
    expect(text).toMatch(/\n {29}Økonomiplan +100/);
  });
});

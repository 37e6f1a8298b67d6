/**
 * The text and HTML reports name the cells of each listed reconciliation item, as the JSON report (`cells`) and
 * the pane («Gå til økonomiplanen») do: a finance officer reading «Økonomiplanlinjen … (1 200)» on paper must
 * find the line. Findings show their cell in a Celle column; the items follow that form, with the sheet, since
 * one item names cells on two sheets.
 */
import { checkSnapshot } from '../../src/domain/check';
import type { Lang } from '../../src/domain/model/report';
import { renderFinding } from '../../src/i18n';
import { htmlReport } from '../../src/report/htmlReport';
import { reportDocument } from '../../src/report/reportDocument';
import { renderText } from '../../src/report/text';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

// D-001 on row 2 of Tiltak drift: new money 600 / 1 200 / 1 800 / 2 400 (columns H–K, 2027–2030). Its economy
// plan line on row 2 of Økonomiplan holds 1 200 for 2029 (column I: G 2027, H 2028, I 2029, J 2030) and 3 000
// for 2030 (column J): 2029 differs by 1 800 − 1 200 = 600, 2030 by 2 400 − 3 000 = −600; the period sums are
// 6 000 both, so both years are timing (SPEC §10), listed as warnings.
const snapshot = canonicalSnapshot({
  operating: [operatingRow()],
  economyPlan: [economyLine({ '2029': 1200, '2030': 3000 })],
});
const check = (lang: Lang) =>
  checkSnapshot(snapshot, { file: 'plan.xlsx', defaultStartYear: 2027, render: (f, u) => renderFinding(f, lang, u) });

describe('the reconciliation listing names the cells', () => {
  it('the JSON cells the listing must show (the premise)', () => {
    const items = check('nb').report.reconciliation.filter((i) => i.code === 'measure-new-money' && i.year === 2029);
    expect(items.map((i) => i.cells)).toEqual([{ measures: 'Tiltak drift!J2', economyPlan: 'Økonomiplan!I2' }]);
  });

  it.each([
    ['nb', 'Celle'],
    ['nn', 'Celle'],
    ['en', 'Cell'],
  ] as const)('text (%s): a %s column holds the measure cell and the economy plan cell', (lang, header) => {
    const text = renderText(reportDocument(check(lang), lang));
    const lines = text.split('\n');
    const head = lines.find((l) => l.includes(header) && l.includes('Ref'));
    expect(head).toBeDefined();
    const row2029 = lines.find((l) => l.includes('D-001') && l.includes('2029'));
    expect(row2029).toContain('Tiltak drift!J2, Økonomiplan!I2');
    const row2030 = lines.find((l) => l.includes('D-001') && l.includes('2030'));
    expect(row2030).toContain('Tiltak drift!K2, Økonomiplan!J2');
  });

  it('HTML: the same cells in the row of the item', () => {
    const html = htmlReport([check('nb')], 'nb');
    expect(html).toContain('<th scope="col">Celle</th>');
    expect(html).toMatch(/<tr[^>]*>(?:(?!<\/tr>).)*2029(?:(?!<\/tr>).)*Tiltak drift!J2, Økonomiplan!I2/s);
  });
});

/**
 * `tiltaksplan roll` of a workbook with a chart whose title takes its text from a year's header cell
 * (`<c:title><c:tx><c:strRef><c:f>'Tiltak drift'!$H$1</c:f>`): after the roll H1 holds 2028, so the title says 2028.
 * docs/spec.md §11 scans the titles of every chart, and names a reference that meets a year column between the
 * table's header and last row. The title is right only when what it labels moved with it: over H2:H12 (2028's
 * figures now) it is, and the chart is named for H2:H12 anyway — the title is one more reference in that line, for
 * her to re-point with the data if she meant 2027; over figures the roll does not touch (her own figures for 2027
 * typed on Diagram!C2:C12, beside every measure's Tiltak E2:E12, which is not named: the whole table's rows) the
 * title now names a year the chart does not show, and it is the chart's only reference named.
 * On the "as Excel saves it" plan (start 2027): tblTiltakDrift A1:U12, Tiltak in E, 2027…2030 in H…K, Sum periode L.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const TITLE = "'Tiltak drift'!$H$1";

/** The plan's Diagram 1 with its title from `TITLE`, its categories `cat` and values `val`. */
async function rolled(cat: string, val: string): Promise<string[]> {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const title = `<c:title><c:tx><c:strRef><c:f>${TITLE}</c:f></c:strRef></c:tx><c:overlay val="0"/></c:title>`;
  pkg.edit('xl/charts/chart1.xml', (x) =>
    x
      .replace('<c:autoTitleDeleted val="1"/>', `${title}<c:autoTitleDeleted val="0"/>`)
      .replace("<c:f>'Tiltak drift'!$H$1:$K$1</c:f>", `<c:f>${cat}</c:f>`)
      .replace("<c:f>'Tiltak drift'!$H$2:$K$2</c:f>", `<c:f>${val}</c:f>`),
  );
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  return io.out().split('\n');
}

const chart = (refs: string[]): string =>
  cliText('rollStaleChart', 'nb', { where: 'Diagrammet «Diagram 1» på arket «Diagram»', refs: refs.join('; ') });

describe('roll: a chart title from a year header', () => {
  it('over that year’s figures: one line for the chart, the title with the figures', async () => {
    const lines = await rolled("'Tiltak drift'!$E$2:$E$12", "'Tiltak drift'!$H$2:$H$12");
    const refs = [`${TITLE} (2027 → 2028)`, "'Tiltak drift'!$H$2:$H$12 (2027 → 2028)"];
    expect(lines.filter((l) => l.includes('Diagram 1'))).toEqual([chart(refs)]);
  });

  it('over her own figures: named for its title alone (it says 2028 over the figures it showed as 2027)', async () => {
    const lines = await rolled("'Tiltak drift'!$E$2:$E$12", 'Diagram!$C$2:$C$12');
    expect(lines.filter((l) => l.includes('Diagram 1'))).toEqual([chart([`${TITLE} (2027 → 2028)`])]);
  });
});

/**
 * `tiltaksplan roll` of a workbook whose charts, conditional formats, drop-downs and sheet-local names read the
 * rolled tables by address (docs/spec.md §11, an addition of this repository): the roll changes none of them, and
 * names each one it makes read another year or another measure, as it names formula cells. On the "as Excel saves
 * it" plan (start 2027): tblTiltakDrift A1:U12 on «Tiltak drift», ID in A, Tiltak in E, 2027…2030 in H…K, Sum
 * periode in L; rows 2…12 hold D-001…D-011. The roll takes the finished D-002 (row 3) and D-009 (row 10) out, so
 * rows 2…10 hold D-001, D-003…D-008, D-010, D-011 afterwards (11 − 2 = 9) and H…K hold 2028…2031.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { AFTER, FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';

/** A chart series as Excel writes it: its name from a cell, categories and values by address. */
const series = (i: number, tx: string, cat: string, val: string): string =>
  `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${tx}</c:f></c:strRef></c:tx>` +
  `<c:cat><c:strRef><c:f>${cat}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${val}</c:f></c:numRef></c:val></c:ser>`;

function handMade(): Uint8Array {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  // Diagram 1: the series' name H1 (the header 2027 → 2028) and values H2:H12 (2027 → 2028), the second series'
  // E5 and L5 (D-004's Tiltak and Sum periode → D-005's): named; E2:E12 (every Tiltak, fewer after) and L1 (the
  // header Sum periode) read what they read: not named.
  pkg.edit('xl/charts/chart1.xml', (x) =>
    x.replace(
      /<c:ser>.*<\/c:ser>/,
      series(0, "'Tiltak drift'!$H$1", "'Tiltak drift'!$E$2:$E$12", "'Tiltak drift'!$H$2:$H$12") +
        series(1, "'Tiltak drift'!$L$1", "'Tiltak drift'!$E$5", "'Tiltak drift'!$L$5"),
    ),
  );
  const diagram = pkg.sheetPart('Diagram');
  // B30 INDIRECT and B32 OFFSET from «Tiltak drift»: not checked, said once; B31 OFFSET from Pivot: not said.
  pkg.edit(diagram, (x) =>
    x.replace(
      '<sheetData/>',
      '<sheetData><row r="30"><c r="B30"><f>SUM(INDIRECT("\'Tiltak drift\'!H2:H12"))</f><v>0</v></c></row>' +
        '<row r="31"><c r="B31"><f>OFFSET(Pivot!A1,1,0)</f><v>0</v></c></row>' +
        '<row r="32"><c r="B32"><f>SUM(OFFSET(\'Tiltak drift\'!A1,1,7,11,1))</f><v>0</v></c></row></sheetData>',
    ),
  );
  // As Excel keeps a rule and a drop-down that read another sheet: x14, in extLst. The rule on B2:B11 reads $L2 from
  // B2, so L2…L11 one row per cell: B2 → L2 keeps D-001, B3 → L3 held D-002 and holds D-003 (named with B3's);
  // the drop-down's list, every Tiltak, is not named.
  pkg.insertInSheet(
    diagram,
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
      `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="1" id="{00000000-0000-4000-8000-0000000000A1}">` +
      "<xm:f>'Tiltak drift'!$L2&gt;0</xm:f><x14:dxf><font><b/></font></x14:dxf></x14:cfRule><xm:sqref>B2:B11</xm:sqref>" +
      '</x14:conditionalFormatting></x14:conditionalFormattings></ext>' +
      `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
      '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>\'Tiltak drift\'!$E$2:$E$12</xm:f></x14:formula1>' +
      '<xm:sqref>D2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
    AFTER.extLst,
  );
  // Beside the table on its own sheet (W14, outside A1:U12): a drop-down capped at $H$2, D-001's 2027 → 2028: named.
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x
      .replace('<dataValidations count="5">', '<dataValidations count="6">')
      .replace(
        '</dataValidations>',
        '<dataValidation type="decimal" operator="lessThanOrEqual" allowBlank="1" sqref="W14"><formula1>$H$2</formula1></dataValidation></dataValidations>',
      ),
  );
  // A name scoped to Diagram (tab 7): 2027 → 2028, named.
  pkg.edit('xl/workbook.xml', (x) =>
    x.replace(
      '</definedNames>',
      '<definedName name="Drift2027" localSheetId="7">\'Tiltak drift\'!$H$2:$H$12</definedName></definedNames>',
    ),
  );
  return pkg.bytes();
}

describe('roll names the charts, rules, drop-downs and sheet-local names that read what it moved', () => {
  it('names each one with its place, the years or measures it read and what the cells hold now', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'plan.xlsx'), handMade());
    const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], { ...io, today: '2027-01-15' });
    expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
    const lines = io.out().split('\n');
    const chart = 'Diagrammet «Diagram 1» på arket «Diagram»';
    const year = (where: string, ref: string) =>
      cliText('rollStalePlace', 'nb', { where, ref, before: '2027', after: '2028' });
    const expected = [
      cliText('rollStaleChart', 'nb', {
        where: chart,
        refs: [
          "'Tiltak drift'!$H$1 (2027 → 2028)",
          "'Tiltak drift'!$H$2:$H$12 (2027 → 2028)",
          "'Tiltak drift'!$E$5 (D-004 → D-005)",
          "'Tiltak drift'!$L$5 (D-004 → D-005)",
        ].join('; '),
      }),
      cliText('rollRowPlace', 'nb', {
        where: 'Den betingede formateringen på Diagram!B2:B11',
        ref: "'Tiltak drift'!$L2",
        before: 'D-002',
        after: 'D-003',
      }),
      year('Datavalideringen (nedtrekkslisten) på Tiltak drift!W14', '$H$2'),
      year('Navnet Drift2027 på arket «Diagram»', "'Tiltak drift'!$H$2:$H$12"),
      cliText('rollUnchecked', 'nb', { count: 2, where: 'Diagram!B30; Diagram!B32' }),
    ];
    expect(lines).toEqual(expect.arrayContaining(expected));
    // Those five only (the chart in one line): E2:E12, L1, the list on D2 and B31 are not named, nor the fixture's rules on the table.
    expect(lines.filter((l) => /Diagram|Drift2027|W14|INDIRECT/.test(l))).toHaveLength(expected.length);
  });
});

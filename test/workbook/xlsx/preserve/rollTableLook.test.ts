/**
 * A roll into the user's workbook writes each product table anew, and what the user chose for a table as a whole
 * stays: on the "as Excel saves it" plan, tblTiltakDrift in the style TableStyleLight9 without row stripes, with
 * Excel's alt text (extLst) and a filter on Seksjon that hid the rows of «Samfunn og tjenester»; tblTiltakInvestering
 * with its filter buttons turned off; tblOkonomiplan (A1:J23) with a totals row (A1:J24). The style, the alt text
 * and the buttons stay; the filter (its rows move) and the totals row (the product's tables have none) go, named.
 * A table slicer on tblTiltakDrift's Seksjon (table id 6, column id 2), shown on Tiltak drift, stays as it was and
 * still names that column.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { addTableSlicer } from '../../../fixtures/make/asExcel/slicer';
import { diffPackages } from './compare';
import { expectPreserved, sheetParts } from './paths';
import { rollBytes, type Rolled } from './rolled';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const ALT = `<extLst><ext uri="{504A1905-F514-4f6f-8877-14C23A59335A}" xmlns:x14="${X14}"><x14:table altText="Driftstiltak" altTextSummary="Tiltakene i drift"/></ext></extLst>`;

const tablePart = (pkg: FixturePkg, name: string): string => {
  const part = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes(`displayName="${name}"`),
  );
  if (!part) throw new Error(`no ${name}`);
  return part;
};

function styled(): Uint8Array {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  pkg.edit(tablePart(pkg, 'tblTiltakDrift'), (x) =>
    x
      .replace(
        '<autoFilter ref="A1:U12"/>',
        '<autoFilter ref="A1:U12"><filterColumn colId="1"><filters><filter val="Organisasjon"/></filters></filterColumn></autoFilter>',
      )
      .replace(
        /<tableStyleInfo [^>]*\/>/,
        '<tableStyleInfo name="TableStyleLight9" showFirstColumn="1" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>',
      )
      .replace('</table>', `${ALT}</table>`),
  );
  // The filter hid D-001…D-005 (rows 2–6, Samfunn og tjenester), as Excel marks them.
  const drift = pkg.sheetPart('Tiltak drift');
  for (let r = 2; r <= 6; r++) pkg.edit(drift, (x) => x.replace(`<row r="${r}">`, `<row r="${r}" hidden="1">`));
  addTableSlicer(pkg, 'Tiltak drift', 6, 2, 'Seksjon');
  pkg.edit(tablePart(pkg, 'tblTiltakInvestering'), (x) => x.replace(/<autoFilter [^>]*\/>/, ''));
  pkg.edit(tablePart(pkg, 'tblOkonomiplan'), (x) =>
    x
      .replace(/ ref="A1:J23"/, ' ref="A1:J24" totalsRowCount="1"')
      .replace('<autoFilter ref="A1:J24"/>', '<autoFilter ref="A1:J23"/>')
      .replace(/(<tableColumn [^>]*name="Del")/, '$1 totalsRowLabel="Sum"')
      .replace(/(<tableColumn [^>]*name="2027")\/>/, '$1 totalsRowFunction="sum"/>'),
  );
  pkg.edit(pkg.sheetPart('Økonomiplan'), (x) =>
    x
      .replace('<dimension ref="A1:J23"/>', '<dimension ref="A1:J24"/>')
      .replace(
        '<row r="24"><c r="G24" s="5"/>',
        '<row r="24"><c r="A24" t="inlineStr"><is><t>Sum</t></is></c><c r="G24" s="5"><f>SUBTOTAL(109,tblOkonomiplan[2027])</f><v>0</v></c>',
      ),
  );
  return pkg.bytes();
}

const roll = (): Promise<Rolled> => rollBytes(styled());

const tableXml = (bytes: Uint8Array, name: string): string => {
  const files = unzipSync(bytes);
  const part = Object.keys(files).find(
    (n) => n.startsWith('xl/tables/') && strFromU8(files[n] ?? new Uint8Array()).includes(`displayName="${name}"`),
  );
  return strFromU8(files[part ?? ''] ?? new Uint8Array());
};

describe('roll into the source: the look of a product table', () => {
  let r: Rolled;
  beforeAll(async () => {
    r = await roll();
  });

  it("keeps the table's style and alt text; the filter on the old rows goes, and every row shows", () => {
    const drift = tableXml(r.after, 'tblTiltakDrift');
    expect(drift).toContain(
      '<tableStyleInfo name="TableStyleLight9" showFirstColumn="1" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>',
    );
    expect(drift).toContain(ALT);
    // 9 measures after D-002 and D-009 left: A1:U10, with a plain filter (buttons shown, nothing filtered).
    expect(drift).toContain('<autoFilter ref="A1:U10"/>');
    expect(drift).not.toContain('filterColumn');
    const [sheet] = sheetParts(r.after, ['Tiltak drift']);
    expect(strFromU8(unzipSync(r.after)[sheet ?? ''] ?? new Uint8Array())).not.toContain('hidden="1"');
    expect(r.stdout).toContain(
      'Ikke tatt med: filteret (eller sorteringen) på tabellen tblTiltakDrift på arket «Tiltak drift»',
    );
  });

  it('keeps the filter buttons off where the user turned them off', () => {
    expect(tableXml(r.after, 'tblTiltakInvestering')).not.toContain('autoFilter');
    expect(r.stdout).not.toContain('tblTiltakInvestering');
  });

  it('names the totals row it does not write', () => {
    expect(tableXml(r.after, 'tblOkonomiplan')).not.toContain('totalsRowCount');
    expect(r.stdout).toContain('Ikke tatt med: totalraden i tabellen tblOkonomiplan på arket «Økonomiplan»');
  });

  it('keeps the table slicer: its parts byte for byte, listed on the sheet, on the same table and column id', () => {
    const was = unzipSync(r.before);
    const now = unzipSync(r.after);
    for (const p of ['xl/slicers/slicer1.xml', 'xl/slicerCaches/slicerCache1.xml'])
      expect([p, Buffer.from(now[p] ?? []).equals(Buffer.from(was[p] ?? [0]))]).toEqual([p, true]);
    const [sheet, rels] = sheetParts(r.after, ['Tiltak drift']);
    const rid = /<x14:slicer r:id="([^"]+)"\/>/.exec(strFromU8(now[sheet ?? ''] ?? new Uint8Array()))?.[1];
    expect(strFromU8(now[rels ?? ''] ?? new Uint8Array())).toContain(`Id="${rid ?? '-'}"`);
    expect(strFromU8(now['xl/workbook.xml'] ?? new Uint8Array())).toContain('<x14:slicerCache r:id=');
    // tblTiltakDrift keeps id 6, and column id 2 is still Seksjon.
    const drift = tableXml(r.after, 'tblTiltakDrift');
    expect(/<table [^>]*\bid="(\d+)"/.exec(drift)?.[1]).toBe('6');
    expect(drift).toMatch(/<tableColumn id="2" name="Seksjon"\/>/);
  });

  it('changes no part it does not own, and the result passes ooxml-check', () => {
    const diff = diffPackages(r.before, r.after);
    const sheets = ['Innstillinger', 'Tiltak drift', 'Tiltak investering', 'Økonomiplan', 'Handlingsplan'];
    const owned = [
      ...sheetParts(r.after, [...sheets, 'Sammendrag', 'Avstemming']),
      ...diff.changed.filter((p) => p.startsWith('xl/tables/')),
      ...['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/threadedComments/threadedComment1.xml'],
      ...diff.added,
    ];
    const lists = ['lstSeksjoner', 'lstPlanomrader', 'lstRammeomrader', 'lstAnsvarlige'];
    expectPreserved(r.before, r.after, owned, 'rullert.xlsx', ['omrSammendrag', ...lists]);
  });
});

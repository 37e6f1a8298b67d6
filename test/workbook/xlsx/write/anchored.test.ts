/**
 * clearOwnedRange with `anchored` (a roll forward into the user's workbook): the notes, threaded comments,
 * hyperlinks and conditional formats on the block's cells go, from every part that holds them; those beside the
 * block stay as they were. The package is edited with fflate and regular expressions (FixturePkg), read back the
 * same way.
 */
import { strFromU8, unzipSync } from 'fflate';
import { buildNewWorkbook, newContent } from '../../../../src/cli/commands/new';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg, AFTER } from '../../../fixtures/make/asExcel/pkg';
import { expectValidOoxml } from '../preserve/validOoxml';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TC = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
const PERSON = '{8B3C43A1-5C1D-4F06-9F0A-5A6E3C2D1B01}';

/** A note's VML box on (row, col), 1-based. */
const shape = (n: number, row: number, col: number): string =>
  `<v:shape id="_x0000_s${1024 + n}" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="infoBackground [80]" o:insetmode="auto">` +
  `<v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`;

const id = (n: number) => `{1E2D3C4B-0000-4A00-8000-00000000000${n}}`;

/**
 * The example plan with, on Tiltak drift (tblTiltakDrift is A1:U12), a threaded comment, a hyperlink and a
 * conditional format on each cell of `refs`.
 */
async function planWith(refs: readonly [string, number, number][]): Promise<Uint8Array> {
  const wb = await buildNewWorkbook(newContent({ startYear: 2027, yearCount: 4, unit: '1000 kr', example: true }));
  const pkg = new FixturePkg(await wb.toBuffer());
  const part = pkg.sheetPart('Tiltak drift');
  pkg.set(
    'xl/persons/person.xml',
    `${XML}<personList xmlns="${TC}" xmlns:x="${MAIN}"><person displayName="Kari" id="${PERSON}" userId="kari" providerId="None"/></personList>`,
  );
  pkg.override('xl/persons/person.xml', 'application/vnd.ms-excel.person+xml');
  pkg.rel('xl/workbook.xml', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml');
  const threads = refs.map(
    ([ref], i) =>
      `<threadedComment ref="${ref}" dT="2026-11-02T09:14:00.00" personId="${PERSON}" id="${id(i + 1)}"><text>Sjekk ${ref}</text></threadedComment>`,
  );
  pkg.set(
    'xl/threadedComments/threadedComment1.xml',
    `${XML}<ThreadedComments xmlns="${TC}" xmlns:x="${MAIN}">${threads.join('')}</ThreadedComments>`,
  );
  pkg.override('xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml');
  const authors = refs.map((_, i) => `<author>tc=${id(i + 1)}</author>`).join('');
  const notes = refs.map(
    ([ref], i) => `<comment ref="${ref}" authorId="${i}" shapeId="0"><text><t>Sjekk ${ref}</t></text></comment>`,
  );
  pkg.set(
    'xl/comments1.xml',
    `${XML}<comments xmlns="${MAIN}"><authors>${authors}</authors><commentList>${notes.join('')}</commentList></comments>`,
  );
  pkg.override('xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  const shapes = refs.map(([, row, col], i) => shape(i + 1, row, col)).join('');
  pkg.set(
    'xl/drawings/vmlDrawing1.vml',
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>${shapes}</xml>`,
  );
  pkg.extension('vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
  pkg.rel(
    part,
    'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
    '../threadedComments/threadedComment1.xml',
  );
  pkg.rel(part, `${R}/comments`, '../comments1.xml');
  const vml = pkg.rel(part, `${R}/vmlDrawing`, '../drawings/vmlDrawing1.vml');
  const links = refs.map(
    ([ref]) => `<hyperlink ref="${ref}" r:id="${pkg.rel(part, `${R}/hyperlink`, `https://kommune.no/${ref}`, true)}"/>`,
  );
  pkg.insertInSheet(part, `<hyperlinks>${links.join('')}</hyperlinks>`, [
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'drawing',
    'legacyDrawing',
    'tableParts',
    'extLst',
  ]);
  const rules = refs.map(
    ([ref], i) =>
      `<conditionalFormatting sqref="${ref}"><cfRule type="cellIs" dxfId="0" priority="${i + 1}" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>`,
  );
  pkg.insertInSheet(part, rules.join(''), AFTER.conditionalFormatting);
  pkg.insertInSheet(part, `<legacyDrawing r:id="${vml}"/>`, AFTER.legacyDrawing);
  return pkg.bytes();
}

const textOf = (bytes: Uint8Array, part: string): string | undefined => {
  const data = unzipSync(bytes)[part];
  return data ? strFromU8(data) : undefined;
};

async function clearTable(bytes: Uint8Array): Promise<{ after: Uint8Array; dropped: readonly object[]; part: string }> {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  // As a roll plans it: the table goes, then its block is emptied with what stands on its cells.
  await wb.apply([
    { kind: 'deleteOwnedTable', name: 'tblTiltakDrift' },
    { kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'A1:U12', anchored: true },
  ]);
  const after = await wb.toBuffer();
  return { after, dropped: wb.droppedExtras(), part: new FixturePkg(after).sheetPart('Tiltak drift') };
}

describe('clearOwnedRange with anchored', () => {
  it('drops the note, thread, link and format on E3 (in the block) and keeps those on W2 (beside it)', async () => {
    const before = await planWith([
      ['E3', 3, 5],
      ['W2', 2, 23],
    ]);
    const { after, dropped, part } = await clearTable(before);
    // The block is only emptied here, no table written again: its looks (the header's fill and border) went too.
    expect(dropped).toEqual([
      { sheet: 'Tiltak drift', extra: 'conditionalFormats' },
      { sheet: 'Tiltak drift', extra: 'hyperlinks' },
      { sheet: 'Tiltak drift', extra: 'notes' },
      { sheet: 'Tiltak drift', extra: 'cellFormats' },
    ]);
    const refs = (xml: string | undefined, tag: string) =>
      [...(xml ?? '').matchAll(new RegExp(`<${tag} [^>]*(?:ref|sqref)="([^"]+)"`, 'g'))].map((m) => m[1]);
    expect(refs(textOf(after, 'xl/comments1.xml'), 'comment')).toEqual(['W2']);
    expect(refs(textOf(after, 'xl/threadedComments/threadedComment1.xml'), 'threadedComment')).toEqual(['W2']);
    const sheet = textOf(after, part);
    expect(refs(sheet, 'hyperlink')).toEqual(['W2']);
    expect(refs(sheet, 'conditionalFormatting')).toEqual(['W2']);
    // W2's box stays (row 2 → 1, column W → 22, 0-based); E3's goes.
    const vml = textOf(after, 'xl/drawings/vmlDrawing1.vml') ?? '';
    expect([...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['1', '22'],
    ]);
    // E3's link pointed outside; its relationship goes with it, W2's stays.
    const rels = textOf(after, part.replace(/([^/]+)$/, '_rels/$1.rels')) ?? '';
    expect(rels).not.toContain('https://kommune.no/E3');
    expect(rels).toContain('https://kommune.no/W2');
    expect(sheet).toContain('<legacyDrawing');
    expectValidOoxml(after);
  });

  it('removes a part left with no note, and the <legacyDrawing> and content types with it', async () => {
    const { after, part } = await clearTable(await planWith([['H5', 5, 8]]));
    for (const p of ['xl/comments1.xml', 'xl/threadedComments/threadedComment1.xml', 'xl/drawings/vmlDrawing1.vml'])
      expect([p, textOf(after, p)]).toEqual([p, undefined]);
    const sheet = textOf(after, part) ?? '';
    expect(sheet).not.toMatch(/<legacyDrawing|<hyperlinks|<conditionalFormatting/);
    const types = textOf(after, '[Content_Types].xml') ?? '';
    expect(types).not.toContain('/xl/comments1.xml');
    expect(types).not.toContain('threadedComment1.xml');
    expect(textOf(after, 'xl/persons/person.xml')).toBeDefined();
    expectValidOoxml(after);
  });

  it('without anchored (check --write), keeps every note on the block', async () => {
    const before = await planWith([['E3', 3, 5]]);
    const wb = await XlsxWorkbook.fromBuffer(before);
    await wb.apply([{ kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'A1:U12' }]);
    const after = await wb.toBuffer();
    expect(wb.droppedExtras()).toEqual([]);
    expect(textOf(after, 'xl/comments1.xml')).toBe(textOf(before, 'xl/comments1.xml'));
  });
});

/**
 * The floor `check` is measured against: exceljs loading the same workbook. exceljs 4.4.0 cannot load a
 * table column that has children (a calculated column, as Excel saves Sum periode: it throws or drops the
 * columns after it) nor keep non-range defined names, so the floor loads a copy with those children and
 * the defined names taken out, compressed again like the original.
 */
import JSZip from 'jszip';

const COLUMN_WITH_CHILDREN = /<tableColumn(\s[^>]*?)(?<!\/)>[\s\S]*?<\/tableColumn>/g;
const DEFINED_NAMES = /<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/;

/** The package as exceljs can load it. */
export async function exceljsLoadable(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = (await zip.file(path)?.async('string')) ?? '';
    zip.file(
      path,
      xml.replace(COLUMN_WITH_CHILDREN, (_m, attrs: string) => `<tableColumn${attrs}/>`),
    );
  }
  const workbook = zip.file('xl/workbook.xml');
  if (workbook) zip.file('xl/workbook.xml', (await workbook.async('string')).replace(DEFINED_NAMES, ''));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

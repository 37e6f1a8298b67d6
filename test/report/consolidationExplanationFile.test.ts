/**
 * The consolidated part's explanations name an economy plan cell with its file, «okonomiplan.xlsx: Økonomiplan!K3»,
 * as its «Celle» column does (docs/spec.md §15: one form everywhere): every plan has an Økonomiplan sheet of its own
 * at the same addresses, so «Økonomiplan!K3» alone does not say which workbook to open. The same texts are the
 * Forklaring of «Avstemming planer» (consolidationSheetText).
 *
 * By hand (the economy plan table on «Økonomiplan», header on row 1, lines from row 2, Ref in C, Plan in K):
 * row 2 D-001 (Helse's), row 3 X-9 with Plan «Oppvekst» (no plan of the check) → its Plan cell K3; row 4 a line
 * without Ref → «row 4 of the sheet "Økonomiplan"» in okonomiplan.xlsx; row 5 the Ramme line of frame 2 with Plan
 * «Helse» → its Plan cell K5.
 */
import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { consolidationSheetText } from '../../src/i18n/consolidation';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import { renderHtml } from '../../src/report/html';
import { renderText } from '../../src/report/text';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

const helse = canonicalSnapshot({ settings: { Plannavn: 'Helse' }, operating: [operatingRow()] });
const book = canonicalSnapshot({
  settings: { Plannavn: 'Økonomiplan' },
  economyPlan: [
    economyLine(),
    economyLine({ Ref: 'X-9', Plan: 'Oppvekst' }),
    economyLine({ Ref: '', '2027': 5, '2028': 0, '2029': 0, '2030': 0 }),
    economyLine({ Ref: '2', Linjetype: 'Ramme', Plan: 'Helse' }),
  ],
});
const FILE = 'okonomiplan.xlsx';
const checked = checkConsolidated(
  [{ wb: helse, file: 'helse.xlsx' }],
  { wb: book, file: FILE },
  { defaultStartYear: 2027, render: (f) => f.code },
);
if (checked === null) throw new Error('no economy plan');
const { items, years, economyPlan } = checked.consolidation;

const ROW = {
  nb: 'rad 4 på arket «Økonomiplan» i okonomiplan.xlsx',
  nn: 'rad 4 på arket «Økonomiplan» i okonomiplan.xlsx',
  en: 'row 4 of the sheet "Økonomiplan" in okonomiplan.xlsx',
} as const;

/** The report's Forklaring of the item of `ref` (the last column of the items table). */
function reportExplanation(lang: 'nb' | 'nn' | 'en', ref: string): string {
  for (const b of consolidationDocument(checked as NonNullable<typeof checked>, lang).blocks) {
    if (b.kind !== 'table') continue;
    const row = b.rows.find((r) => r[4] === ref && (r[r.length - 1] ?? '').length > 40);
    if (row) return row[row.length - 1] ?? '';
  }
  throw new Error(`no item ${ref}`);
}

describe.each(['nb', 'nn', 'en'] as const)('%s: explanations name the economy plan’s cells with its file', (lang) => {
  test.each([
    ['X-9', `(${FILE}: Økonomiplan!K3)`],
    ['2', `(${FILE}: Økonomiplan!K5)`],
    ['', ROW[lang]],
  ])('report: the item of Ref «%s» says %s', (ref, expected) => {
    const text = reportExplanation(lang, ref);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/\(Økonomiplan!K\d\)/);
  });

  test('«Avstemming planer»: the same texts', () => {
    const texts = consolidationSheetText(lang, economyPlan.unit, years, FILE);
    const of = (ref: string) => texts.explain(items.find((i) => i.ref === ref && i.code !== 'frame-total') as never);
    expect(of('X-9')).toContain(`(${FILE}: Økonomiplan!K3)`);
    expect(of('2')).toContain(`(${FILE}: Økonomiplan!K5)`);
    expect(of('')).toContain(ROW[lang]);
  });
});

test('text and HTML render those explanations', () => {
  const doc = consolidationDocument(checked, 'nb');
  const said = 'har «Oppvekst» i kolonnen Plan (okonomiplan.xlsx: Økonomiplan!K3)';
  expect(renderText(doc)).toContain(said);
  expect(renderHtml([doc], 'nb', 'Samlet avstemming')).toContain(said);
});

/**
 * A row on a plan's Avstemming whose «Celle økonomiplan» she typed as «Avtalt: Økonomiplan!C5» has the form a
 * consolidation writes («FILE: Sheet!A1», the file as given, with or without an extension: otherWorkbookOf), so a plain
 * check keeps it as the consolidation's (the safe side). Its Forklaring read «raden er fra sammenstillingen mot
 * Avtalt», the word as if it were a file, with no hint of what to do when it is not. Expected: the file quoted as a
 * file name, and — only when the name is no workbook's (no .xlsx, .xlsm) — a sentence saying that if «Avtalt» is her
 * own note and no file, it belongs in Kommentar; a consolidation's «op.xlsx» gets no such sentence.
 */
import { keptExplanation } from '../../src/i18n/sheets';

const KEYS = ['Kode', 'Ref', 'År'];

describe('fromConsolidation Forklaring for «Avtalt: Økonomiplan!C5»', () => {
  test.each([
    ['nb', 'raden er fra sammenstillingen mot filen «Avtalt»', 'Er «Avtalt» ikke navnet på en fil, men en merknad'],
    ['nn', 'rada er frå samanstillinga mot fila «Avtalt»', 'Er «Avtalt» ikkje namnet på ei fil, men ein merknad'],
    ['en', 'the row is from the consolidation against the file "Avtalt"', 'If "Avtalt" is not the name of a file'],
  ] as const)('%s: the file quoted, and what to do if it is her note', (lang, from, note) => {
    const text = keptExplanation(lang, 'fromConsolidation', KEYS, 'Avtalt');
    expect(text).toContain(from);
    expect(text).toContain(note);
    expect(text).toContain('Kommentar');
  });

  test.each(['op.xlsx', 'OP.XLSM', 'mappe/økonomiplan 2027.xlsx'])('%s: a workbook name, no note sentence', (file) => {
    const text = keptExplanation('nb', 'fromConsolidation', KEYS, file);
    expect(text).toContain(`mot filen «${file}»`);
    expect(text).not.toContain('merknad');
  });
});

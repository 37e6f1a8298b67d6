/**
 * Review r44: the import log's kroner-in-column (3d173268) names the figure the new table holds, in its unit. A kroner
 * amount too large for a cell («2 000 000 000 000 kroner» under a mill kr column: 2 · 10^12 kr, at or above the
 * 10^12 kr no plan amount comes near, SPEC §7) is not read at all: convert() logs number-too-large and moves the text
 * to Kommentar, so the new table holds nothing there. The log must not then say «det vil si 2 000 000 000 000 i
 * 1000 kr i den nye tabellen» — that is the kroner number called a figure in 1000 kr, a thousand times too large, of a
 * cell that is empty. By hand: no decision at E7 names an amount in the new table; number-too-large is logged at E7.
 */
import { renderImportDecision } from '../../../src/i18n/importLog';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importTitled } from '../../domain/legacyImport/titledTable';

const body: CellValue[][] = [
  ['SAMFUNN OG TJENESTER'],
  [1, '14. Utvidelse miljøteam', 1, '2 000 000 000 000 kroner', 0, 0, 0, 0, 1, 'R'],
];

test('a kroner amount too large to read names no figure in the new table', () => {
  const r = importTitled('Tabell 6.1 Utviklingstiltak drift (mill kr)', { body });
  const atE7 = r.log.filter((d) => d.cell === 'E7');
  expect(atE7.map((d) => d.code)).toContain('number-too-large');
  expect(r.content.operating[0]?.years[0] ?? null).toBeNull();
  const texts = atE7.map((d) => renderImportDecision(d, 'nb'));
  expect(texts.filter((t) => t.includes('i den nye tabellen') && t.includes('det vil si'))).toEqual([]);
});

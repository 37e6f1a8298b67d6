/**
 * reconciliationWritten: which texts on a tblAvstemming row without Kode the product wrote (an Alvor label, a kept row's
 * Forklaring) in any language, so that a note she typed there is told from them (sheets/reconciliationTyped.ts).
 */
import { reconciliationWritten } from '../../src/i18n/sheets';

describe('reconciliationWritten', () => {
  test.each(['Advarsel', 'Warning', 'feil', ' Error '])('an Alvor label in any language: %s', (text) => {
    expect(reconciliationWritten(text)).toBe(true);
  });

  test.each([
    'Ikke avstemt i denne kjøringen: raden har ingen Kode og hører ikke til noen post. Det du skrev …',
    'Ikkje avstemt i denne køyringa: ingen post har lenger denne Kode, Ref og År. Akseptert ved avvik 5 (1000 kr).',
    'Not reconciled in this run: a row above has the same Kode and took the item.',
  ])('a kept row’s Forklaring in any language, a note after it or not: %s', (text) => {
    expect(reconciliationWritten(text)).toBe(true);
  });

  test.each(['', 'Merknad: D-003 avklares med økonomi 15.1', 'Ikke avstemt ennå', 'Advarsel til økonomi'])(
    'her own text: %s',
    (text) => {
      expect(reconciliationWritten(text)).toBe(false);
    },
  );
});

/**
 * Review r42, finding 2 (unclear message). Verdal's plan numbers its measures after the handlingsplan, whose parts
 * 7.1 and 7.2 are numbered each from 1: in the seed's table 6.1, Ref. 5 is both «5. Spredt bosetting» (Samfunn og
 * tjenester, D-004 after import) and «5. Etablere et bredt fagmiljø» (Organisasjon, D-006). When finance types an
 * economy plan line with Ref 5, the product rightly refuses to guess, but it said «D-004 og D-006 har alle Ref. 5»:
 * of two, Norwegian says «begge» («D-004 og D-006 har begge Ref. 5»), English "both"; «alle» / "all" only of three or
 * more. Expected sentences written by hand.
 */
import { kr } from '../../../src/domain/model/money';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import { explainReconciliation } from '../../../src/i18n/reconciliation';

const item = (sharedBy: string[]): ReconciliationItem => ({
  code: 'economy-plan-line-unmatched',
  class: 'mismatch',
  severity: 'warning',
  ref: '5',
  measures: kr(0),
  economyPlan: kr(400_000),
  difference: kr(-400_000),
  cells: { economyPlan: 'Økonomiplan!C6' },
  sharedBy,
});

test('two measures sharing the line’s Ref. 5: «har begge» / "both" (was «har alle», «all»), in nb, nn and en', () => {
  const two = item(['D-004', 'D-006']);
  expect(explainReconciliation(two, 'nb', '1000 kr')).toBe(
    'Økonomiplanlinjen 5 (400) kan ikke kobles til ett tiltak: D-004 og D-006 har begge Ref. 5. ' +
      'Skriv tiltakets ID i Ref, med én linje per tiltak.',
  );
  expect(explainReconciliation(two, 'nn', '1000 kr')).toContain('D-004 og D-006 har begge Ref. 5.');
  expect(explainReconciliation(two, 'en', '1000 kr')).toContain('D-004 and D-006 both have Ref. 5.');
});

test('three measures sharing it: «alle» / "all", as before', () => {
  const three = item(['D-002', 'D-004', 'D-006']);
  expect(explainReconciliation(three, 'nb', '1000 kr')).toContain('D-002, D-004 og D-006 har alle Ref. 5.');
  expect(explainReconciliation(three, 'nn', '1000 kr')).toContain('D-002, D-004 og D-006 har alle Ref. 5.');
  expect(explainReconciliation(three, 'en', '1000 kr')).toContain('D-002, D-004 and D-006 all have Ref. 5.');
});

/**
 * Sentences whose subject is a count or a list agree with it: one investment «står for seg» as «Den», several as
 * «De»; "D-003 has no Rammeområde" but "D-003 and D-007 have no Rammeområde"; the years not read said so that one
 * year and several both read right. Every expected sentence is written by hand.
 */
import { kr } from '../../src/domain/model/money';
import type { ReconciliationItem } from '../../src/domain/model/reconciliation';
import { reportText } from '../../src/i18n/compareReport';
import { explainReconciliation } from '../../src/i18n/reconciliation';

const frame: ReconciliationItem = {
  code: 'frame-total',
  class: 'match',
  severity: 'info',
  ref: 'R3',
  year: 2029,
  measures: kr(1_500_000),
  economyPlan: kr(1_800_000),
  difference: kr(-300_000),
  cells: { economyPlan: 'Økonomiplan!H2' },
};

describe('the change report: what stands apart', () => {
  it('one investment with only the years that left added to Tidligere bevilget: «Den står for seg»', () => {
    const one = { count: 1, years: '2027' };
    expect(reportText('carriedSummary', 'nb', one)).toMatch(/^1 investering har .* Den står for seg etter de andre/);
    expect(reportText('carriedSummary', 'nn', one)).toMatch(/^1 investering har .* Ho står for seg etter dei andre/);
    expect(reportText('carriedSummary', 'en', one)).toMatch(/^1 investment only had .* It is listed apart, after/);
    const three = { count: 3, years: '2027' };
    expect(reportText('carriedSummary', 'nb', three)).toMatch(/^3 investeringer har .* De står for seg etter/);
    expect(reportText('carriedSummary', 'nn', three)).toMatch(/^3 investeringar har .* Dei står for seg etter/);
    expect(reportText('carriedSummary', 'en', three)).toMatch(/^3 investments only had .* They are listed apart/);
  });

  it('one measure only renumbered: «Det står for seg»', () => {
    const one = { renumbered: 1, changed: 4 };
    expect(reportText('renumberedSummary', 'nb', one)).toMatch(/^1 av de 4 endrede tiltakene .* Det står for seg/);
    expect(reportText('renumberedSummary', 'nn', one)).toMatch(/^1 av dei 4 endra tiltaka .* Det står for seg/);
    expect(reportText('renumberedSummary', 'en', one)).toBe(
      '1 of the 4 changed measures only got a new priority number: its section was numbered anew, its order is the ' +
        'same. It is listed apart, after the other changes.',
    );
    const two = { renumbered: 2, changed: 4 };
    expect(reportText('renumberedSummary', 'nb', two)).toMatch(/ De står for seg etter de andre endringene\.$/);
    expect(reportText('renumberedSummary', 'en', two)).toMatch(/their section was numbered anew, .* They are listed/);
  });

  it('the years a version has no column for, one or two', () => {
    const at = { sheet: 'Tiltak drift', cell: 'H1', found: '2026' };
    expect(reportText('yearsNotReadOld', 'en', { ...at, years: '2030' })).toContain(
      'There is no column there for 2030, so the amounts of 2030 in that table were not read and are not compared',
    );
    expect(reportText('yearsNotReadNew', 'en', { ...at, years: '2029 and 2030' })).toContain(
      'There is no column there for 2029 and 2030, so the amounts of 2029 and 2030 in that table were not read',
    );
  });
});

describe('reconciliation notes', () => {
  it('measures counted in a frame from their line: one, then two', () => {
    const one = { ...frame, frameFromLine: ['D-003'] };
    expect(explainReconciliation(one, 'en', '1000 kr')).toContain(
      'Note: D-003 has no Rammeområde and is counted in R3 because its economy plan line names that frame. ' +
        'Type the frame on the measure.',
    );
    expect(explainReconciliation(one, 'nb', '1000 kr')).toContain(
      'Merk: D-003 har ikke Rammeområde og er regnet med i R3 fordi linjen i økonomiplanen har det rammeområdet. ' +
        'Skriv rammeområdet på tiltaket.',
    );
    const two = { ...frame, frameFromLine: ['D-003', 'D-007'] };
    expect(explainReconciliation(two, 'en', '1000 kr')).toContain(
      'Note: D-003 and D-007 have no Rammeområde and are counted in R3 because their economy plan lines name ' +
        'that frame. Type the frame on the measures.',
    );
    expect(explainReconciliation(two, 'nb', '1000 kr')).toContain(
      'Merk: D-003 og D-007 har ikke Rammeområde og er regnet med i R3 fordi linjene i økonomiplanen har det ' +
        'rammeområdet. Skriv rammeområdet på tiltakene.',
    );
    expect(explainReconciliation(two, 'nn', '1000 kr')).toContain(
      'fordi linene i økonomiplanen har det rammeområdet. Skriv rammeområdet på tiltaka.',
    );
  });

  it('measures whose lines name this frame only: two', () => {
    const two = { ...frame, linesOnly: ['D-003', 'D-007'] };
    expect(explainReconciliation(two, 'en', '1000 kr')).toContain(
      'Note: an economy plan line of D-003 and D-007 has this frame, but the measures have no Rammeområde and ' +
        'their lines name no one frame of the list,',
    );
    expect(explainReconciliation(two, 'nb', '1000 kr')).toContain(
      'Merk: En linje i økonomiplanen for D-003 og D-007 har dette rammeområdet, men tiltakene har ikke Rammeområde',
    );
  });

  it('the years not read: one, then two', () => {
    const missing: ReconciliationItem = {
      ...frame,
      code: 'measure-not-in-economy-plan',
      class: 'mismatch',
      severity: 'error',
      ref: 'D-011',
      measureId: 'D-011',
      year: undefined,
      yearsNotRead: [2029],
    };
    expect(explainReconciliation(missing, 'en', '1000 kr')).toContain(
      'No amount was read for 2029, because the table’s year headers do not match the plan period',
    );
    expect(explainReconciliation({ ...missing, yearsNotRead: [2027, 2029] }, 'en', '1000 kr')).toContain(
      'No amount was read for 2027 and 2029, because',
    );
  });
});

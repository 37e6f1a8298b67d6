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
    const one = { renumbered: 1, changed: 4, also: '' };
    expect(reportText('renumberedSummary', 'nb', one)).toMatch(/^1 av de 4 endrede tiltakene .* Det står for seg/);
    expect(reportText('renumberedSummary', 'nn', one)).toMatch(/^1 av dei 4 endra tiltaka .* Det står for seg/);
    expect(reportText('renumberedSummary', 'en', one)).toBe(
      '1 of the 4 changed measures only got a new priority number: its section was numbered anew, its order is the ' +
        'same. It is listed apart, after the other changes.',
    );
    const two = { renumbered: 2, changed: 4, also: '' };
    expect(reportText('renumberedSummary', 'nb', two)).toMatch(/ De står for seg etter de andre endringene\.$/);
    expect(reportText('renumberedSummary', 'en', two)).toMatch(/their section was numbered anew, .* They are listed/);
  });

  it('renumbered ones that also have amounts in years only one version holds: «bare» with its exception', () => {
    // 3 of 5 (after a roll of the example: D-003, D-005 and D-011), one of 2, and all of them.
    const some = (lang: 'nb' | 'nn' | 'en', count: number) => reportText('renumberedAlsoSome', lang, { count });
    const all = (lang: 'nb' | 'nn' | 'en', count: number) => reportText('renumberedAlsoAll', lang, { count });
    expect(reportText('renumberedSummary', 'nb', { renumbered: 5, changed: 10, also: some('nb', 3) })).toBe(
      '5 av de 10 endrede tiltakene har bare fått nytt prioritetsnummer, utenom at 3 av dem også har beløp i år ' +
        'bare den ene versjonen har: seksjonen er nummerert på nytt, rekkefølgen er den samme. De står for seg ' +
        'etter de andre endringene.',
    );
    expect(some('nb', 1)).toBe(', utenom at ett av dem også har beløp i år bare den ene versjonen har');
    expect(some('nn', 1)).toBe(', utanom at eitt av dei òg har beløp i år berre den eine versjonen har');
    expect(some('en', 1)).toBe(', except that one of them also has amounts in years only one version holds');
    expect(some('en', 3)).toBe(', except that 3 of them also have amounts in years only one version holds');
    expect(all('nb', 1)).toBe(', utenom at det også har beløp i år bare den ene versjonen har');
    expect(all('nn', 2)).toBe(', utanom at dei òg har beløp i år berre den eine versjonen har');
    expect(all('en', 1)).toBe(', except that it also has amounts in years only one version holds');
    expect(all('en', 2)).toBe(', except that they also have amounts in years only one version holds');
    // The heading keeps «Bare» only when none has such amounts; the note says for how many.
    expect(reportText('renumbered', 'nb', { alsoOneSided: 0 })).toBe(
      'Bare nytt prioritetsnummer (seksjonen nummerert på nytt)',
    );
    expect(reportText('renumbered', 'nn', { alsoOneSided: 3 })).toBe(
      'Nytt prioritetsnummer (seksjonen nummerert på nytt)',
    );
    expect(reportText('renumbered', 'en', { alsoOneSided: 1 })).toBe('A new priority number (section numbered anew)');
    expect(reportText('renumberedNote', 'nb', { alsoOneSided: 0 })).toMatch(
      /^Prioriteten er det eneste som er endret, og tiltakene i seksjonen/,
    );
    expect(reportText('renumberedNote', 'en', { alsoOneSided: 1 })).toMatch(
      /^The priority is the only change, beside amounts in years only one version holds for one of the measures \(shown/,
    );
    expect(reportText('renumberedNote', 'nn', { alsoOneSided: 2 })).toMatch(
      /^Prioriteten er det einaste som er endra, utanom beløp i år berre den eine versjonen har for 2 av tiltaka \(/,
    );
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

/**
 * Review r42, finding 6 (unclear: a plan year silently empty). She imports the seed's 6.1 (years 2011–2014) into the
 * period she is working on, `import … --start 2012`: the plan becomes 2012–2015. The log says 2011 went to Kommentar
 * (600 for miljøteam), but nothing about 2015, a plan year for which the old table has no column: every measure's
 * 2015 is left empty, and the first she hears of it is check's «Siste planår (2015) har 0, men helårsvirkningen er
 * 2 400» on D-001. A table with three year columns (2027–2029) imported into the minimum four-year period has the same
 * silent last year.
 *
 * By hand: one log line for the table naming the plan year(s) without a column, 2015, at the table's header, in nb,
 * nn and en; none when every plan year has its column (the seed imported as it is, 2011–2014).
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import { renderImportDecision } from '../../../src/i18n/importLog';
import { verdalSnapshot } from '../../fixtures/make/legacyVerdal';

const run = (startYear?: number) =>
  importLegacy(
    { sheets: [verdalSnapshot()], tables: [], names: [] },
    { defaultStartYear: 2027, commentNote: () => '', ...(startYear ? { startYear } : {}) },
  );

test('import --start 2012 of the 2011–2014 table logs 2015, a plan year the table has no column for (was silent)', () => {
  const result = run(2012);
  const lines = result.log.filter((d) => d.code === 'year-no-column');
  expect(lines.map((d) => [d.sheet, d.cell, d.params])).toEqual([
    ['Tiltaksplan 2011-2014', 'A5', { years: '2015', count: 1 }],
  ]);
  const [line] = lines;
  expect(line && renderImportDecision(line, 'nb')).toBe(
    'Den gamle tabellen har ingen kolonne for planåret 2015: cellene for 2015 er tomme. Fyll inn beløpene ' +
      '(et varig tiltak har som regel helårsvirkningen).',
  );
  expect(line && renderImportDecision(line, 'nn')).toBe(
    'Den gamle tabellen har ingen kolonne for planåret 2015: cellene for 2015 er tomme. Fyll inn beløpa ' +
      '(eit varig tiltak har som regel heilårsverknaden).',
  );
  expect(line && renderImportDecision(line, 'en')).toBe(
    'The old table has no column for the plan year 2015: the cells of 2015 are empty. Fill in the amounts ' +
      '(a lasting measure usually has its full-year effect).',
  );
});

test('the seed imported as it is (2011–2014): every plan year has its column, no such line', () => {
  expect(run().log.filter((d) => d.code === 'year-no-column')).toEqual([]);
});

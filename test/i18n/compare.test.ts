import { comparedColumns } from '../../src/domain/compare/fields';
import type { Lang } from '../../src/domain/model/report';
import {
  ECONOMY_PLAN_COLUMNS,
  INVESTMENT_COLUMNS,
  OPERATING_COLUMNS,
  type ColumnSpec,
} from '../../src/domain/model/schema';
import { compareCatalogue, ct, type CompareKey } from '../../src/i18n/compare';
import { fieldLabel, type FieldTable } from '../../src/i18n/fieldLabel';
import { placeholdersOf } from '../../src/i18n/translate';

const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];
const keys = Object.keys(compareCatalogue('nb')) as CompareKey[];

describe('change report strings', () => {
  it.each(keys)('%s has the same placeholders and a text in every language', (key) => {
    const nb = placeholdersOf(compareCatalogue('nb')[key]).sort();
    for (const lang of LANGS) {
      const text = compareCatalogue(lang)[key];
      expect(text.trim()).not.toBe('');
      expect(placeholdersOf(text).sort()).toEqual(nb);
    }
  });

  it.each([
    ['nb', 'Endringer fra Vedtatt K-sak 45/2027'],
    ['nn', 'Endringar frå Vedtatt K-sak 45/2027'],
    ['en', 'Changes since Vedtatt K-sak 45/2027'],
  ] as const)('titles the report in %s', (lang, title) => {
    expect(ct(lang, 'title', { label: 'Vedtatt K-sak 45/2027' })).toBe(title);
  });
});

describe('field names', () => {
  const tables: [FieldTable, readonly ColumnSpec[]][] = [
    ['operating', OPERATING_COLUMNS],
    ['investment', INVESTMENT_COLUMNS],
    ['economyPlan', ECONOMY_PLAN_COLUMNS],
  ];
  const fields = tables.flatMap(([table, columns]) =>
    comparedColumns(columns)
      .filter((c) => c.key !== 'years')
      .map((c) => [table, c.key, c.header] as const),
  );

  // The workbook's headers are bokmål in every language (SPEC §2–§6): the report names the column the user
  // must find, so nynorsk and English readers see the same header, not a translation of it.
  it.each(fields)('%s.%s is named by its workbook header', (table, field, header) => {
    expect(fieldLabel({ field }, table)).toBe(header);
  });

  it.each([
    ['investment', 'before', 'Tidligere bevilget'],
    ['operating', 'finReallocation', 'Endret drift'],
    ['operating', 'finJoint', 'Felles tiltak'],
    ['economyPlan', 'lineType', 'Linjetype'],
    ['operating', 'areas', 'Berørte planområder'],
  ] as const)('%s.%s reads «%s», as the header row of the workbook does', (table, field, header) => {
    expect(fieldLabel({ field }, table)).toBe(header);
  });

  it('names a year by the year itself', () => {
    expect(fieldLabel({ field: 'years', year: 2028 }, 'operating')).toBe('2028');
  });
});

import { comparedColumns } from '../../src/domain/compare/fields';
import type { Lang } from '../../src/domain/model/report';
import {
  ECONOMY_PLAN_COLUMNS,
  INVESTMENT_COLUMNS,
  OPERATING_COLUMNS,
  type ColumnSpec,
} from '../../src/domain/model/schema';
import {
  compareCatalogue,
  ct,
  FIELD_LABELS,
  fieldLabel,
  type CompareKey,
  type FieldTable,
} from '../../src/i18n/compare';
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

  it.each(fields)(
    '%s.%s has its workbook header in bokmål and a name of its own in nynorsk and English',
    (table, field, header) => {
      expect(fieldLabel({ field }, table, 'nb')).toBe(header);
      expect(FIELD_LABELS.nn[field]?.trim()).toBeTruthy();
      expect(FIELD_LABELS.en[field]?.trim()).toBeTruthy();
    },
  );

  it.each([
    ['finNew', 'Nye midler', 'Nye midlar', 'New money'],
    ['responsible', 'Ansvarlig', 'Ansvarleg', 'Responsible'],
    ['fullYear', 'Helårsvirkning', 'Heilårsverknad', 'Full-year effect'],
  ])('%s reads %s / %s / %s', (field, nb, nn, en) => {
    expect([nb, nn, en]).toEqual(LANGS.map((lang) => fieldLabel({ field }, 'operating', lang)));
  });
});

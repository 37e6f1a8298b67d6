/**
 * Header matching folds the Norwegian letters (å/aa → a, ø/oe → o, æ → ae), review r30: «Rammeomrade» typed without
 * å is Rammeområde. The folding must not make two columns of one table (or two settings, two list columns) name
 * each other: every header and alias of the schema is checked here.
 */
import { matchesHeader, normalizeHeader, type HeaderLike } from '../../../src/domain/read/matchHeader';
import {
  ECONOMY_PLAN_COLUMNS,
  INVESTMENT_COLUMNS,
  OPERATING_COLUMNS,
  type ColumnSpec,
} from '../../../src/domain/model/schema';
import { LISTS, SETTINGS } from '../../../src/domain/model/settingsSchema';

const spec = (key: string): ColumnSpec => {
  const found = OPERATING_COLUMNS.find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found;
};

it.each([
  ['Rammeomrade', 'frame'],
  ['Rammeomraade', 'frame'],
  ['RAMMEOMRÅDE', 'frame'],
  ['Oppfolgingsansvarlig', 'responsible'],
  ['Oppfoelgingsansvarlig', 'responsible'],
  ['Berorte planomrader', 'areas'],
  ['Helarsvirkning', 'fullYear'],
])('%p names %s', (text, key) => {
  expect(matchesHeader(normalizeHeader(text), spec(key))).toBe(true);
});

it('folds å, ø, æ and aa, oe', () => {
  expect(normalizeHeader('Rammeområde')).toBe('rammeomrade');
  expect(normalizeHeader('Økonomiplan (1000 kr)')).toBe('okonomiplan');
  expect(normalizeHeader('Særskilt')).toBe('saerskilt');
  expect(normalizeHeader('Raadhus Foer')).toBe('radhusfor');
});

/** The folded texts of each item's header and aliases that another item of the same group also has. */
function collisions(groups: readonly (readonly HeaderLike[])[]): string[] {
  const clashes: string[] = [];
  for (const items of groups) {
    const owner = new Map<string, number>();
    items.forEach((item, i) => {
      for (const text of [item.header, ...item.aliases]) {
        const folded = normalizeHeader(text);
        const was = owner.get(folded);
        if (was !== undefined && was !== i) clashes.push(`${text} (${folded})`);
        owner.set(folded, i);
      }
    });
  }
  return clashes;
}

it('no two columns of a table, settings or list columns fold to the same text', () => {
  const tables = [OPERATING_COLUMNS, INVESTMENT_COLUMNS, ECONOMY_PLAN_COLUMNS].map((t) =>
    t.filter((c) => c.key !== 'years'),
  );
  const settings = SETTINGS.map((s) => ({ header: s.label, aliases: s.aliases }));
  expect(collisions([...tables, settings, ...LISTS.map((l) => l.columns)])).toEqual([]);
});

it('the check can fail: two headers that fold together are found', () => {
  expect(
    collisions([
      [
        { header: 'Rammeområde', aliases: [] },
        { header: 'Rammeomraade', aliases: [] },
      ],
    ]),
  ).toEqual(['Rammeomraade (rammeomrade)']);
});

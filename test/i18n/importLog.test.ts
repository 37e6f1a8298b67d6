import type { CommentNote, ImportDecision, Lang } from '../../src/domain';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../../src/domain/model/schema';
import { IMPORT_LOG_CATALOG, importCommentNote, importLogText, renderImportDecision } from '../../src/i18n/importLog';

const at = { sheet: 'Ark', cell: 'C5' };

describe('renderImportDecision', () => {
  it.each<[ImportDecision, Lang, string]>([
    [
      { ...at, code: 'period', params: { start: 2011, end: 2014, source: 'header' } },
      'nb',
      'Planperioden er 2011–2014 (første planår: fra første årskolonne i tabellhodet).',
    ],
    [
      { ...at, code: 'period', params: { start: 2011, end: 2014, source: 'option' } },
      'nn',
      'Planperioden er 2011–2014 (første planår: frå --start).',
    ],
    [
      { ...at, code: 'period', params: { start: 2011, end: 2014, source: 'default' } },
      'en',
      'The plan period is 2011–2014 (first plan year: default, no year columns found).',
    ],
    [
      { ...at, code: 'cost-year-in', params: { amount: 3000, unit: '1000 kr', year: 2011 } },
      'nb',
      'Kolonnen År: hele kostnadsrammen (3\u00a0000, i 1000 kr) er ført på året 2011.',
    ],
    [
      { ...at, code: 'cost-year-before', params: { amount: 1234.5, unit: 'mill kr' } },
      'en',
      'Column År: the whole Kostnadsramme (1,234.5, in mill kr) is entered in Tidligere bevilget.',
    ],
    [
      { ...at, code: 'number-from-text', params: { number: 2.4, typed: '2,4' } },
      'nn',
      'Talet er skrive som tekst, «2,4»; lese som 2,4.',
    ],
    [
      {
        ...at,
        code: 'kroner-in-column',
        params: { number: 2000, unit: 'mill kr', typed: '2 000 kroner', amount: 0.002, target: 'mill kr' },
      },
      'nb',
      'Kontroller beløpet: cellen oppgir selv kroner, «2 000 kroner», men kolonnen er i mill kr; lest som 2\u00a0000 kr, cellens enhet, det vil si 0,002 i mill kr i den nye tabellen. Var tallet ment i mill kr, rett beløpet i den nye tabellen.',
    ],
    [
      { ...at, code: 'kroner-word-ignored', params: { number: 2.5, unit: 'mill kr', typed: '2,5 kr' } },
      'nn',
      'Kontroller beløpet: cella oppgir kroner, «2,5 kr», men kolonnen er i mill kr, og eit beløp i kroner har ingen desimalar; lese som 2,5 i eininga til kolonnen, mill kr.',
    ],
    [
      {
        ...at,
        code: 'kroner-in-column',
        params: { number: 500, unit: '1000 kr', typed: 'NOK 500', amount: 0.5, target: '1000 kr' },
      },
      'en',
      'Check the amount: the cell states kroner itself, "NOK 500", but the column is in 1000 kr; read as 500 kr, the cell’s unit, that is 0.5 in 1000 kr in the new table. If the number was meant in 1000 kr, correct the amount in the new table.',
    ],
    [
      { ...at, code: 'dot-ambiguous', params: { text: '1.275', number: 1275, unit: 'mill kr' } },
      'nb',
      'Kontroller beløpet: teksten «1.275» er lest som 1\u00a0275 (mill kr), med punktum som tusenskille. Var punktum ment som desimaltegn, skal beløpet skrives med komma.',
    ],
    [
      { ...at, code: 'number-too-large', params: { value: 1e300 } },
      'en',
      'The number 1e+300 is too large to be an amount; it is moved to Kommentar.',
    ],
    [
      { ...at, code: 'one-off-total', params: { amount: 1500, unit: '1000 kr', year: 2027 } },
      'nb',
      'Samlet kostnad (1\u00a0500, i 1000 kr) er summen av årene, og kostnaden slutter i 2027, før siste planår: lest som et engangstiltak, Type Engangs, Helårsvirkning 0.',
    ],
    [
      { ...at, code: 'units-mixed', params: { units: ['mill kr', '1000 kr'], unit: 'mill kr' } },
      'nb',
      'Tabellhodet oppgir flere enheter (mill kr, 1000 kr); kolonner uten egen enhet får mill kr.',
    ],
    [
      {
        ...at,
        code: 'column-unit-converted',
        params: { column: 'Samlet kostnad Mill. kr', unit: 'mill kr', source: 'column', target: '1000 kr' },
      },
      'nn',
      'Eining for «Samlet kostnad Mill. kr»: mill kr (oppgitt i kolonneoverskrifta); rekna om til 1000 kr.',
    ],
    [
      { ...at, code: 'column-unit', params: { column: 'Lån', unit: '1000 kr', source: 'assumed' } },
      'en',
      'Unit of "Lån": 1000 kr (no unit stated; taken as the target unit).',
    ],
    [
      { ...at, code: 'total-row-label', params: { row: 5, label: 'Sum drift' } },
      'nb',
      'Rad 5 er en sumrad («Sum drift») og er ikke tatt med som tiltak.',
    ],
    [
      { ...at, code: 'total-row-label', params: { row: 5, label: 'Sum drift' } },
      'en',
      'Row 5 is a total row ("Sum drift") and is not taken as a measure.',
    ],
    [
      { ...at, code: 'column-mapped', params: { column: 'Endr. drift', header: 'Endret drift' } },
      'nn',
      'Kolonnen «Endr. drift» → Endret drift.',
    ],
    [
      { ...at, code: 'wrapped-text', params: { text: 'årsverk innen 2015.', row: 3 } },
      'nb',
      'Teksten «årsverk innen 2015.» fortsetter cellen over den, på tiltaket på rad 3 (linjen har brutt over flere rader): lagt til der, ikke tatt med som eget tiltak eller seksjon.',
    ],
    // An amount before a unit that starts with a digit would read as one figure («600 1000 kr»): the unit in brackets.
    [
      { ...at, code: 'number-apostrophe-thousands', params: { number: 600, unit: '1000 kr', typed: "600'" } },
      'nb',
      "Tallet er skrevet «600'», med apostrof for tusen; lest som 600 (1000 kr).",
    ],
    [
      { ...at, code: 'number-apostrophe-thousands', params: { number: 1200, unit: '1000 kr', typed: "1'200" } },
      'nn',
      "Talet er skrive «1'200», med apostrof for tusen; lese som 1\u00a0200 (1000 kr).",
    ],
    [
      { ...at, code: 'number-apostrophe-thousands', params: { number: 600, unit: '1000 kr', typed: "600'" } },
      'en',
      'The number is written "600\'", with an apostrophe for thousands; read as 600 (1000 kr).',
    ],
    [
      { ...at, code: 'number-with-unit', params: { number: 2.5, unit: '1000 kr', typed: '2,5 1000 kr' } },
      'nb',
      'Tallet er skrevet som tekst med egen enhet, «2,5 1000 kr»; lest som 2,5 (1000 kr).',
    ],
    [
      { ...at, code: 'number-with-unit', params: { number: 2.5, unit: '1000 kr', typed: '2,5 1000 kr' } },
      'nn',
      'Talet er skrive som tekst med eiga eining, «2,5 1000 kr»; lese som 2,5 (1000 kr).',
    ],
    [
      { ...at, code: 'number-with-unit', params: { number: 2.5, unit: '1000 kr', typed: '2.5 1000 kr' } },
      'en',
      'The number is written as text with its own unit, "2.5 1000 kr"; read as 2.5 (1000 kr).',
    ],
    [
      { ...at, code: 'dot-ambiguous', params: { text: '1.275', number: 1275, unit: '1000 kr' } },
      'en',
      'Check the amount: the text "1.275" is read as 1,275 (1000 kr), with the dot as thousands separator. If the dot was meant as a decimal point, type the amount with a comma.',
    ],
    [
      { ...at, code: 'other-financing', params: { amount: 500, unit: '1000 kr' } },
      'nn',
      'Finansieringskolonnen «Annet» har ingen kanonisk kolonne: 500 (1000 kr) er lagd i Kommentar; før beløpet på ei av finansieringskjeldene i tabellen.',
    ],
    [
      { ...at, code: 'one-off-total', params: { amount: 1500, unit: '1000 kr', year: 2027 } },
      'en',
      'Samlet kostnad (1,500, in 1000 kr) is the sum of the years, and the cost ends in 2027, before the last plan year: read as a one-off measure, Type Engangs, Helårsvirkning 0.',
    ],
    // A heading that ends in a full stop ends the sentence with it: one stop, not "Ref..".
    [{ ...at, code: 'column-mapped', params: { column: 'Ref.', header: 'Ref.' } }, 'nb', 'Kolonnen «Ref.» → Ref.'],
    [{ ...at, code: 'column-mapped', params: { column: 'Nr.', header: 'Ref.' } }, 'nn', 'Kolonnen «Nr.» → Ref.'],
    [{ ...at, code: 'column-mapped', params: { column: 'Ref', header: 'Ref.' } }, 'en', 'Column "Ref" → Ref.'],
  ])('%j in %s', (d, lang, text) => {
    expect(renderImportDecision(d, lang)).toBe(text);
  });

  // Every heading of the measure tables that ends in a full stop (Ref. today), in every language.
  const stopped = [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS].map((c) => c.header).filter((h) => h.endsWith('.'));
  it.each((['nb', 'nn', 'en'] as const).flatMap((lang) => [...new Set(stopped)].map((h) => [lang, h] as const)))(
    'in %s the heading %s is mapped with one full stop',
    (lang, header) => {
      const text = renderImportDecision({ ...at, code: 'column-mapped', params: { column: 'X', header } }, lang);
      expect(text.endsWith(`→ ${header}`)).toBe(true);
    },
  );

  // Any message whose sentence ends on a value: a value ending in a full stop gives one full stop, not two.
  const endings = (['nb', 'nn', 'en'] as const).flatMap((lang) =>
    Object.entries(IMPORT_LOG_CATALOG[lang]).flatMap(([code, template]) =>
      [...template.matchAll(/\{(\w+)\}\./g)].map((m) => [lang, code, m[1] ?? ''] as const),
    ),
  );
  it.each(endings)('in %s, %s with {%s} ending in a full stop has no double stop', (lang, code, name) => {
    const d = { ...at, code, params: { [name]: 'Ref.' } } as unknown as ImportDecision;
    expect(renderImportDecision(d, lang)).not.toContain('Ref..');
  });
});

describe('an amount before its unit', () => {
  // The unit may start with a digit (1000 kr): no template puts it right after an amount or number.
  const templates = (['nb', 'nn', 'en'] as const).flatMap((lang) =>
    Object.entries(IMPORT_LOG_CATALOG[lang]).map(([code, template]) => [lang, code, template] as const),
  );
  it.each(templates)('in %s, %s has no figure right before {unit}', (_lang, _code, template) => {
    expect(template).not.toMatch(/\{(amount|number|value)\} \{unit\}/);
  });
});

describe('importCommentNote', () => {
  it.each<[CommentNote, Lang, string]>([
    [{ code: 'year-outside', year: 2011, amount: 600, unit: '1000 kr' }, 'nb', '2011: 600 (1000 kr)'],
    [{ code: 'year-outside', year: 2011, amount: 600, unit: '1000 kr' }, 'en', '2011: 600 (1000 kr)'],
    [{ code: 'other-financing', amount: 500, unit: '1000 kr' }, 'nb', 'Annen finansiering (Annet): 500 (1000 kr)'],
    [{ code: 'other-financing', amount: 500, unit: '1000 kr' }, 'nn', 'Anna finansiering (Annet): 500 (1000 kr)'],
    [{ code: 'other-financing', amount: 0.5, unit: 'mill kr' }, 'en', 'Other financing (Annet): 0.5 (mill kr)'],
    // A formula without its result names its place as the unread texts do («2011: ca. 0,6»).
    [
      { code: 'formula-no-result', column: '2028', formula: '=D3*2' },
      'nb',
      '2028: =D3*2 (formel uten lagret resultat)',
    ],
    [
      { code: 'formula-no-result', column: 'Helårsvirkning', formula: '=G3' },
      'nn',
      'Helårsvirkning: =G3 (formel utan lagra resultat)',
    ],
    [{ code: 'formula-no-result', column: 'Lån', formula: '=G3' }, 'en', 'Lån: =G3 (formula without a stored result)'],
  ])('%j in %s', (note, lang, text) => {
    expect(importCommentNote(lang)(note)).toBe(text);
  });
});

describe('importLogText', () => {
  it.each<[Lang, string[]]>([
    ['nb', ['Nr', 'Ark', 'Celle', 'Beslutning']],
    ['nn', ['Nr', 'Ark', 'Celle', 'Avgjerd']],
    ['en', ['No.', 'Sheet', 'Cell', 'Decision']],
  ])('the Importlogg header row in %s', (lang, headers) => {
    expect(importLogText(lang).headers).toEqual(headers);
  });
});

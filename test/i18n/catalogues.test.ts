/**
 * Every message catalogue of src/i18n, found by looking (so a catalogue added later is covered without
 * touching this test): an exported `{ nb, nn, en }` record of texts, or exported `X_NB`, `X_NN` and `X_EN`.
 * Every bokmål key has a nynorsk and an English text with the same placeholders; no text shows a code name
 * (finding and reconciliation codes, tblX / lstX names) or a year range with a hyphen; bokmål and nynorsk
 * quote with «», English does not; nynorsk has no bokmål-only words; a text that names a workbook sheet names
 * it in every language; no nynorsk or English text names a column or setting by a translation of its header.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { SEVERITY } from '../../src/domain/model/finding';
import { RECONCILIATION_CODES } from '../../src/domain/model/reconciliationCodes';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../../src/domain/model/schema';
import { SETTINGS } from '../../src/domain/model/settingsSchema';
import { GLOSSARY } from '../../src/i18n/glossary';
import { placeholdersOf } from '../../src/i18n/translate';

type Texts = Readonly<Record<string, string>>;
interface Found {
  readonly name: string;
  readonly nb: Texts;
  readonly nn: Texts;
  readonly en: Texts;
}

const DIR = path.join(__dirname, '..', '..', 'src', 'i18n');

const isTexts = (v: unknown): v is Texts =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** Every catalogue exported by a module of src/i18n, each once. */
function findCatalogues(): Found[] {
  const exports = new Map<string, unknown>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const module = jest.requireActual<Record<string, unknown>>(path.join(DIR, file));
    for (const [name, value] of Object.entries(module)) exports.set(`${file}:${name}`, value);
  }
  const byName = new Map([...exports].map(([key, value]) => [key.split(':')[1] ?? '', value]));
  const found: Found[] = [];
  const seen = new Set<unknown>();
  const add = (name: string, nb: unknown, nn: unknown, en: unknown) => {
    if (!isTexts(nb) || !isTexts(nn) || !isTexts(en) || seen.has(nb)) return;
    seen.add(nb);
    found.push({ name, nb, nn, en });
  };
  for (const [key, value] of exports) {
    const v = value as Record<string, unknown> | null;
    if (typeof v === 'object' && v !== null && 'nb' in v && 'nn' in v && 'en' in v) add(key, v.nb, v.nn, v.en);
  }
  for (const [name, value] of byName) {
    const stem = /^(\w+)_NB$/.exec(name)?.[1];
    if (stem !== undefined) add(name, value, byName.get(`${stem}_NN`), byName.get(`${stem}_EN`));
  }
  return found;
}

const catalogues = findCatalogues();
const entries = catalogues.flatMap((c) =>
  (['nb', 'nn', 'en'] as const).flatMap((lang) =>
    Object.entries(c[lang]).map(([key, text]) => ({ catalogue: c.name, lang, key, text })),
  ),
);

const CODES = [...Object.keys(SEVERITY), ...RECONCILIATION_CODES, 'unit-suspect', 'not-costed'];

describe('the catalogues of src/i18n', () => {
  it('are all found: findings, reconciliation, common, CLI, help, pane, compare, sheets, glossary, import log', () => {
    const names = catalogues.map((c) => c.name).join(' ');
    for (const part of [
      'FINDING',
      'RECONCILIATION',
      'COMMON',
      'CLI',
      'HELP',
      'TASKPANE',
      'COMPARE',
      'SUMMARY',
      'GLOSSARY',
      'IMPORT_LOG',
      'FILE_CATALOG',
      'USER_CELLS',
      'KEPT',
    ])
      expect(names).toContain(part);
  });

  it.each(catalogues.map((c) => [c.name, c] as const))('%s: every nb key has an nn and an en text', (_name, c) => {
    for (const lang of ['nn', 'en'] as const) {
      expect(Object.keys(c[lang]).sort()).toEqual(Object.keys(c.nb).sort());
      for (const [key, text] of Object.entries(c.nb)) {
        const other = c[lang][key] ?? '';
        expect({ key, lang, empty: other.trim() === '' }).toEqual({ key, lang, empty: text.trim() === '' });
        expect({ key, lang, params: placeholdersOf(other).sort() }).toEqual({
          key,
          lang,
          params: placeholdersOf(text).sort(),
        });
      }
    }
  });

  it('no text shows a code name or an Excel table or list name', () => {
    const code = new RegExp(`(?<![-\\w])(${CODES.join('|')})(?![-\\w])`);
    const kebab = /(?<![-\w])[a-z]+(-[a-z]+){2,}(?![-\w])/;
    const excelName = /\b(tbl|lst)[A-ZÆØÅ]\w*/;
    const bad = entries.filter((e) => code.test(e.text) || kebab.test(e.text) || excelName.test(e.text));
    expect(bad).toEqual([]);
  });

  it('year ranges take an en dash', () => {
    expect(entries.filter((e) => /\b\d{4}-\d{4}\b|>-</.test(e.text))).toEqual([]);
  });

  it('bokmål and nynorsk quote with «», not straight quotes (the help quotes shell arguments)', () => {
    const straight = entries.filter(
      (e) => e.lang !== 'en' && !e.catalogue.includes('HELP') && /"[^"\n]+"/.test(e.text),
    );
    expect(straight).toEqual([]);
  });

  it('English quotes with "" or “”, not «»', () => {
    expect(entries.filter((e) => e.lang === 'en' && /[«»]/.test(e.text))).toEqual([]);
  });

  it('a text that names a workbook sheet names it in nynorsk and English too', () => {
    // Sheet names stay bokmål in every language (SPEC §1); a label that is only the name (a title) may translate.
    const sheets = ['Innstillinger', 'Tiltak drift', 'Tiltak investering', 'Handlingsplan', 'Sammendrag', 'Importlogg'];
    const missing = catalogues.flatMap((c) =>
      Object.entries(c.nb).flatMap(([key, text]) =>
        sheets
          .filter((sheet) => text !== sheet && text.includes(sheet))
          .flatMap((sheet) =>
            (['nn', 'en'] as const)
              .filter((lang) => !(c[lang][key] ?? '').includes(sheet))
              .map((lang) => ({ key, lang, sheet })),
          ),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('nynorsk has no bokmål-only words', () => {
    // A word ends where no letter follows: \b would take å or ø for a boundary and let «også» through.
    const bokmal =
      /(?<![-\wæøå])(ikke|hva|hvor|hvis|hvordan|hvorfor|hvem|hver|hvert|noe|noen|disse|fra|funnet|svarer|mangler|finnes|være|vært|ble|bare|kun|mye|enhet|enheten|velg|endringer|advarsel|advarsler|også|lest|skrevet|lagret|tatt|linjen|filen|arbeidsboken|tabellene|kolonnene|uten|ukjent|samme|sammen|hele|egen|eget|egne|tall|bruker|et|en)(?![\wæøå])/i;
    // Workbook words (sheet, column and status names) stay bokmål in every language, so they are left out.
    const workbookWords =
      /Tidligere bevilget|Annen finansiering|Endret drift|Helårsvirkning|Nye midler|Må utredes|Innenfor ramme|Kostnadsstatus Ukjent|«Uten seksjon»|Vedtatt K-sak|--lang nb\|nn\|en|nb, nn eller en|nb \(standard\), nn eller en/g;
    const bad = entries.filter((e) => e.lang === 'nn' && bokmal.test(e.text.replace(workbookWords, '')));
    expect(bad).toEqual([]);
  });

  it('no nynorsk or English text names a column or setting by a translation of its header', () => {
    // The headers and Innstillinger labels are bokmål in every workbook (SPEC §2–§6): a text names them as the
    // workbook spells them. The schema's nynorsk and English aliases (accepted when reading) are thus the
    // likely mistranslations, with a few seen in review that are no alias. The glossary's terms may stand in
    // prose for the concept ("new money"), and so may the words below, which are prose, not column names.
    const prose = new Set(['Tiltaket', 'VAT compensation', 'Project', 'Samlet kostnad']);
    // The note the import writes in Kommentar for the legacy column «Annet» (other financing in prose).
    const importNote = /^(Anna finansiering|Other financing) \(Annet\)/;
    const specs = [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS, ...ECONOMY_PLAN_COLUMNS, ...SETTINGS];
    const headers = new Set(specs.map((s) => ('header' in s ? s.header : s.label)));
    const aliases = specs.flatMap((s) => s.aliases).filter((a) => a.length > 4 && !headers.has(a) && !prose.has(a));
    const seen = ['Linetype', 'Råka planområde', 'Tidlegare løyvd', 'Endra drift', 'Granted before'];
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const bad = entries.filter((e) => {
      if (e.lang === 'nb' || importNote.test(e.text)) return false;
      const terms = new Set(Object.values(GLOSSARY[e.lang]));
      return [...new Set([...aliases, ...seen])]
        .filter((a) => !terms.has(a))
        .some((a) => new RegExp(`(?<![\\wæøå])${escape(a)}(?![\\wæøå])`).test(e.text));
    });
    expect(bad).toEqual([]);
  });
});

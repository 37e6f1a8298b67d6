/**
 * The words for the rows a reconciliation table kept below its items for what she left on rows no item took (SPEC
 * §10: Forklaring «Ikke avstemt i denne kjøringen …»): how many and where, said after the write by `check --write`
 * and by the pane's «Skriv avstemming» (review r41), one sentence per table.
 */
import type { KeptBelow, Lang } from '../domain';
import { makeTranslator, type Catalog } from './translate';

/** The catalogue, exported for the catalogue tests. */
export const KEPT_BELOW_CATALOG: Catalog<'kept'> = {
  nb: {
    kept: '{count, plural, one {Én rad som ikke er avstemt i denne kjøringen, er tatt vare på} other {# rader som ikke er avstemt i denne kjøringen, er tatt vare på}} under postene på arket «{sheet}» ({count, plural, one {rad {first}} other {rad {first}–{last}}}) med Status, Kommentar og det andre du skrev der; Forklaring sier hvorfor. {count, plural, one {Slett raden når du ikke trenger den.} other {Slett radene når du ikke trenger dem.}}',
  },
  nn: {
    kept: '{count, plural, one {Éi rad som ikkje er avstemd i denne køyringa, er teken vare på} other {# rader som ikkje er avstemde i denne køyringa, er tekne vare på}} under postane på arket «{sheet}» ({count, plural, one {rad {first}} other {rad {first}–{last}}}) med Status, Kommentar og det andre du skreiv der; Forklaring seier kvifor. {count, plural, one {Slett rada når du ikkje treng ho.} other {Slett radene når du ikkje treng dei.}}',
  },
  en: {
    kept: '{count, plural, one {One row not reconciled in this run is kept} other {# rows not reconciled in this run are kept}} below the items on the sheet "{sheet}" ({count, plural, one {row {first}} other {rows {first}–{last}}}) with the Status, Kommentar and anything else you typed there; Forklaring says why. {count, plural, one {Delete it when it is no longer needed.} other {Delete them when they are no longer needed.}}',
  },
};

const text = makeTranslator(KEPT_BELOW_CATALOG);

/** One sentence per table that kept rows below its items. */
export const keptBelowLines = (kept: readonly KeptBelow[], lang: Lang): string[] =>
  kept.map((k) => text('kept', lang, { count: k.last - k.first + 1, sheet: k.sheet, first: k.first, last: k.last }));

/**
 * The words for the formulas in a column the user added to tblAvstemming or «Avstemming planer»: the table is
 * written anew in the items' order and her cells follow their item, so each formula is written as the value it
 * showed (reconciliationExtra.ts) — said, with the cells, by the command line and the task pane alike.
 */
import type { FormulaValue, Lang } from '../domain';
import { shownFormula } from './formulaDisplay';
import { makeTranslator, type Catalog } from './translate';

const SHOWN = 5;

type Key = 'asValues' | 'cell' | 'empty' | 'more';

/** The catalogue, exported for the catalogue tests. */
export const USER_FORMULAS_CATALOG: Catalog<Key> = {
  nb: {
    asValues:
      '{count, plural, one {Formelen i} other {Formlene i}} {cells}, i en kolonne du har lagt til i tabellen, er skrevet som {count, plural, one {verdien den viste} other {verdiene de viste}}: postene skrives på nytt i sin rekkefølge, og cellene i dine egne kolonner følger posten sin, så en formel ville regnet med en annen posts celler. {count, plural, one {Skriv inn formelen på nytt om du trenger den.} other {Skriv inn formlene på nytt om du trenger dem.}}',
    cell: '{cell} ({formula})',
    empty: '{cell} ({formula}, tom: filen har ikke lagret noe resultat)',
    more: '{cells} og {count} til',
  },
  nn: {
    asValues:
      '{count, plural, one {Formelen i} other {Formlane i}} {cells}, i ein kolonne du har lagt til i tabellen, er {count, plural, one {skriven som verdien han viste} other {skrivne som verdiane dei viste}}: postane vert skrivne på nytt i si rekkjefølgje, og cellene i dine eigne kolonnar følgjer posten sin, så ein formel ville rekna med cellene til ein annan post. {count, plural, one {Skriv inn formelen på nytt om du treng han.} other {Skriv inn formlane på nytt om du treng dei.}}',
    cell: '{cell} ({formula})',
    empty: '{cell} ({formula}, tom: fila har ikkje lagra noko resultat)',
    more: '{cells} og {count} til',
  },
  en: {
    asValues:
      '{count, plural, one {The formula in} other {The formulas in}} {cells}, in a column you added to the table, {count, plural, one {was written as the value it showed} other {were written as the values they showed}}: the items are written anew in their order and the cells of your own columns follow their item, so a formula would have read another item’s cells. {count, plural, one {Type it again if you need it.} other {Type them again if you need them.}}',
    cell: '{cell} ({formula})',
    empty: '{cell} ({formula}, empty: the file holds no result for it)',
    more: '{cells} and {count} more',
  },
};

const text = makeTranslator(USER_FORMULAS_CATALOG);

/**
 * One sentence naming the first formula cells of the user's columns (with their formulas, and how many more) that
 * the write carried as values; null when there are none.
 */
export function userFormulasText(values: readonly FormulaValue[], lang: Lang): string | null {
  if (values.length === 0) return null;
  const named = values
    .slice(0, SHOWN)
    .map((f) => text(f.value === null ? 'empty' : 'cell', lang, { cell: f.cell, formula: shownFormula(f) }))
    .join(', ');
  const rest = values.length - SHOWN;
  const cells = rest > 0 ? text('more', lang, { cells: named, count: rest }) : named;
  return text('asValues', lang, { count: values.length, cells });
}

/**
 * A change the repair proposes (Struktur → «Vis endringer», SPEC §11: shown before it is applied), in words: what is
 * made or changed, and where. The domain gives the change's kind with a technical target and detail (a table's
 * name, a range, a count); the pane showed those as they were («Tiltak investering · tblTiltakInvestering A1»). A
 * table made over a block found by its headers has its range as detail, a new one the cell it starts from.
 */
import type { HeldColumn, Lang, StructureChange } from '../domain';
import { tableTerm } from './glossary';
import { makeTranslator, type Catalog } from './translate';

type Key = StructureChange['kind'] | 'add-table-over' | 'userTable' | 'held';

/** The catalogue, exported for the catalogue tests. */
export const STRUCTURE_CHANGE_CATALOG: Catalog<Key> = {
  nb: {
    'add-sheet': 'Nytt ark «{sheet}».',
    'add-table': 'Lager {table} på arket «{sheet}», fra celle {detail}.',
    'add-table-over': 'Gjør cellene {detail} på arket «{sheet}» til {table}.',
    'add-column': 'Legger til kolonnen «{target}» i tabellen på arket «{sheet}» (kolonne {detail}).',
    'grow-table': 'Utvider {table} på arket «{sheet}» til {detail}.',
    'add-name': 'Lager navnet «{target}» i arbeidsboken, som nedtrekkslistene henter valgene fra.',
    'add-setting': 'Legger til innstillingen «{target}» på arket «{sheet}», i {detail}.',
    'set-validation': 'Setter nedtrekkslisten i kolonnen «{target}» på arket «{sheet}».',
    'set-format': 'Setter beløpsformatet «{detail}» i kolonne {target} på arket «{sheet}».',
    'set-formula':
      'Skriver formelen i kolonnen «{target}» på arket «{sheet}» inn igjen i {count, plural, one {# celle} other {# celler}}.',
    'sum-years':
      'Gir kolonnen «{target}» på arket «{sheet}» en formel som summerer bare årskolonnene, i {count, plural, one {# celle} other {# celler}}: årskolonnene står ikke side om side i årsrekkefølge, og formelen som sto der, talte med en annen kolonne eller ikke med et år. Celler der du har skrevet et tall eller en egen formel, står som de er.',
    'fix-header': 'Skriver overskriften «{target}» inn igjen i {detail} på arket «{sheet}».',
    userTable: 'tabellen «{name}»',
    held: 'Kolonnen «{header}» legges ikke til på arket «{sheet}»: kolonnen «{found}» i {cell} har verdiene for «{header}», og med en ny, tom «{header}» ville tiltakene leses uten dem. Gi {cell} overskriften «{header}» selv (Tiltaksplan skriver ikke over overskriften din), og forhåndsvis på nytt.',
  },
  nn: {
    'add-sheet': 'Nytt ark «{sheet}».',
    'add-table': 'Lagar {table} på arket «{sheet}», frå celle {detail}.',
    'add-table-over': 'Gjer cellene {detail} på arket «{sheet}» til {table}.',
    'add-column': 'Legg til kolonnen «{target}» i tabellen på arket «{sheet}» (kolonne {detail}).',
    'grow-table': 'Utvidar {table} på arket «{sheet}» til {detail}.',
    'add-name': 'Lagar namnet «{target}» i arbeidsboka, som nedtrekkslistene hentar vala frå.',
    'add-setting': 'Legg til innstillinga «{target}» på arket «{sheet}», i {detail}.',
    'set-validation': 'Set nedtrekkslista i kolonnen «{target}» på arket «{sheet}».',
    'set-format': 'Set beløpsformatet «{detail}» i kolonne {target} på arket «{sheet}».',
    'set-formula':
      'Skriv formelen i kolonnen «{target}» på arket «{sheet}» inn att i {count, plural, one {# celle} other {# celler}}.',
    'sum-years':
      'Gi kolonnen «{target}» på arket «{sheet}» ein formel som summerer berre årskolonnane, i {count, plural, one {# celle} other {# celler}}: årskolonnane står ikkje side om side i årsrekkjefølgje, og formelen som stod der, talde med ein annan kolonne eller ikkje med eit år. Celler der du har skrive eit tal eller ein eigen formel, står som dei er.',
    'fix-header': 'Skriv overskrifta «{target}» inn att i {detail} på arket «{sheet}».',
    userTable: 'tabellen «{name}»',
    held: 'Kolonnen «{header}» blir ikkje lagd til på arket «{sheet}»: kolonnen «{found}» i {cell} har verdiane for «{header}», og med ein ny, tom «{header}» ville tiltaka bli lesne utan dei. Gi {cell} overskrifta «{header}» sjølv (Tiltaksplan skriv ikkje over overskrifta di), og førehandsvis på nytt.',
  },
  en: {
    'add-sheet': 'New sheet "{sheet}".',
    'add-table': 'Makes {table} on the sheet "{sheet}", from cell {detail}.',
    'add-table-over': 'Makes the cells {detail} on the sheet "{sheet}" into {table}.',
    'add-column': 'Adds the column "{target}" to the table on the sheet "{sheet}" (column {detail}).',
    'grow-table': 'Grows {table} on the sheet "{sheet}" to {detail}.',
    'add-name': 'Makes the name "{target}" in the workbook, which the drop-downs take their choices from.',
    'add-setting': 'Adds the setting "{target}" on the sheet "{sheet}", in {detail}.',
    'set-validation': 'Sets the drop-down in the column "{target}" on the sheet "{sheet}".',
    'set-format': 'Sets the amount format "{detail}" in column {target} on the sheet "{sheet}".',
    'set-formula':
      'Writes the formula of the column "{target}" on the sheet "{sheet}" again in {count, plural, one {# cell} other {# cells}}.',
    'sum-years':
      'Gives the column "{target}" on the sheet "{sheet}" a formula that sums the year columns only, in {count, plural, one {# cell} other {# cells}}: the year columns do not stand side by side in period order, and the formula there counted another column or missed a year. Cells where you typed a number or a formula of your own stay as they are.',
    'fix-header': 'Writes the header "{target}" again in {detail} on the sheet "{sheet}".',
    userTable: 'the table "{name}"',
    held: 'The column "{header}" is not added on the sheet "{sheet}": the column "{found}" in {cell} holds the values of "{header}", and with a new, empty "{header}" the measures would be read without them. Give {cell} the header "{header}" yourself (Tiltaksplan does not write over your header), and preview again.',
  },
};

const text = makeTranslator(STRUCTURE_CHANGE_CATALOG);

/** A table as the reader says it: the product's by its term, one of the user's by its name. */
function tableWords(name: string, lang: Lang): string {
  const term = tableTerm(name, lang);
  return term === name ? text('userTable', lang, { name }) : term;
}

/** One change of the repair's preview as a sentence in `lang`. */
export function structureChangeText(change: StructureChange, lang: Lang): string {
  const { sheet, target, detail } = change;
  const count = Number(detail) || 0;
  // A table made over measures found by their headers (SPEC §2) names their range, not a cell to start from.
  const key = change.kind === 'add-table' && detail.includes(':') ? 'add-table-over' : change.kind;
  return text(key, lang, { sheet, target, detail, count, table: tableWords(target, lang) });
}

/** A column repair held back because a column of hers holds its values (HeldColumn): rename hers, then preview again. */
export function heldColumnText(held: HeldColumn, lang: Lang): string {
  return text('held', lang, { ...held });
}

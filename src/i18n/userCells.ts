/**
 * The words for a write the product refused because a user's cells stand where it would have to write
 * (SPEC §11), shared by the command line and the task pane: which cells, that nothing was written, and
 * what to do.
 */
import { userCellAddress, type InsertedColumn, type Lang, type UserCell } from '../domain';
import { term, tableTerm } from './glossary';
import { listText } from './listText';
import { makeTranslator, type Catalog } from './translate';
import { whySentences, whyText, type Again } from './userCellsWhy';

const SHOWN = 3;

type Key =
  'blocked' | 'repairBlocked' | 'addBlocked' | 'addRowBelow' | 'downloadLeft' | 'more' | 'inserted' | 'renamed';

/** The catalogue, exported for the catalogue tests. */
export const USER_CELLS_CATALOG: Catalog<Key> = {
  nb: {
    blocked:
      'Ingenting er skrevet: {cells} har innhold som ikke er Tiltaksplans, der Tiltaksplan måtte skrive. Flytt innholdet og prøv igjen.',
    repairBlocked:
      'En kolonne er ikke tatt med i reparasjonen: {cells} har innhold som ikke er Tiltaksplans, der kolonnen skulle stå. Flytt innholdet og forhåndsvis på nytt.',
    addBlocked:
      'Tiltaket kan ikke legges til ennå: {cells} har innhold som ikke er Tiltaksplans, der den nye raden skal stå. Flytt innholdet, så kan tiltaket legges til.',
    addRowBelow:
      'Tiltaket kan ikke legges til ennå: rad {row} på arket «{sheet}» ({cells}), rett under {table}, ser ut som en rad i tabellen, men ligger utenfor den, der den nye raden skal stå. Hører raden til tabellen, så utvid tabellen over den (under {structure} i tillegget, eller Tabellutforming → Endre størrelse på tabell), så kommer det nye tiltaket under den; ellers la en tom rad skille den fra tabellen. Legg så til tiltaket på nytt.',
    downloadLeft:
      'Arbeidsboken er lastet ned, men {sheets} er ikke skrevet på nytt og står som før: {cells} har innhold som ikke er Tiltaksplans, der Tiltaksplan måtte skrive. Flytt innholdet og last ned på nytt.',
    more: '{cells} og {count} celler til',
    inserted:
      'Ingenting er skrevet: kolonnen «{header}» (kolonne {column} på arket «{sheet}») står inne i tabellen {table}, mellom kolonner som Tiltaksplan skriver på nytt hver gang, og kan ikke tas med der. Flytt kolonnen til høyre for «{last}», den siste kolonnen i tabellen (der følger den postene sine), eller ut av tabellen, og prøv igjen.',
    renamed:
      'Ingenting er skrevet: kolonne {column} på arket «{sheet}» står der tabellen {table} har kolonnen «{expected}», men overskriften i {cell} er «{header}». Gi {cell} overskriften «{expected}» tilbake (Tiltaksplan skriver den kolonnen på nytt hver gang), og prøv igjen.',
  },
  nn: {
    blocked:
      'Ingenting er skrive: {cells} har innhald som ikkje er Tiltaksplans, der Tiltaksplan måtte skrive. Flytt innhaldet og prøv igjen.',
    repairBlocked:
      'Ein kolonne er ikkje teken med i reparasjonen: {cells} har innhald som ikkje er Tiltaksplans, der kolonnen skulle stå. Flytt innhaldet og førehandsvis på nytt.',
    addBlocked:
      'Tiltaket kan ikkje leggjast til enno: {cells} har innhald som ikkje er Tiltaksplans, der den nye rada skal stå. Flytt innhaldet, så kan tiltaket leggjast til.',
    addRowBelow:
      'Tiltaket kan ikkje leggjast til enno: rad {row} på arket «{sheet}» ({cells}), rett under {table}, ser ut som ei rad i tabellen, men ligg utanfor han, der den nye rada skal stå. Høyrer rada til tabellen, så utvid tabellen over henne (under {structure} i tillegget, eller Tabellutforming → Endre storleik på tabell), så kjem det nye tiltaket under henne; elles la ei tom rad skilje henne frå tabellen. Legg så til tiltaket på nytt.',
    downloadLeft:
      'Arbeidsboka er lasta ned, men {sheets} er ikkje skrive på nytt og står som før: {cells} har innhald som ikkje er Tiltaksplans, der Tiltaksplan måtte skrive. Flytt innhaldet og last ned på nytt.',
    more: '{cells} og {count} celler til',
    inserted:
      'Ingenting er skrive: kolonnen «{header}» (kolonne {column} på arket «{sheet}») står inne i tabellen {table}, mellom kolonnar som Tiltaksplan skriv på nytt kvar gong, og kan ikkje takast med der. Flytt kolonnen til høgre for «{last}», den siste kolonnen i tabellen (der følgjer han postane sine), eller ut av tabellen, og prøv igjen.',
    renamed:
      'Ingenting er skrive: kolonne {column} på arket «{sheet}» står der tabellen {table} har kolonnen «{expected}», men overskrifta i {cell} er «{header}». Gi {cell} overskrifta «{expected}» att (Tiltaksplan skriv den kolonnen på nytt kvar gong), og prøv igjen.',
  },
  en: {
    blocked:
      'Nothing written: {cells} holds content that is not Tiltaksplan’s, where Tiltaksplan would have to write. Move it and try again.',
    repairBlocked:
      'A column is left out of the repair: {cells} holds content that is not Tiltaksplan’s, where the column would go. Move it and preview again.',
    addBlocked:
      'The measure cannot be added yet: {cells} holds content that is not Tiltaksplan’s, where the new row would go. Move it, and the measure can be added.',
    addRowBelow:
      'The measure cannot be added yet: row {row} on the sheet "{sheet}" ({cells}), right under {table}, looks like a row of the table but lies outside it, where the new row would go. If the row belongs to the table, extend the table over it (under {structure} in the add-in, or Table Design → Resize Table), and the new measure goes under it; otherwise leave an empty row between it and the table. Then add the measure again.',
    downloadLeft:
      'The workbook is downloaded without writing {sheets} anew (left as it was): {cells} holds content that is not Tiltaksplan’s, where Tiltaksplan would have to write. Move it and download again.',
    more: '{cells} and {count} more cells',
    inserted:
      'Nothing written: the column "{header}" (column {column} on the sheet "{sheet}") stands inside the table {table}, between columns Tiltaksplan writes anew every time, and cannot be carried there. Move it to the right of "{last}", the last column of the table (there it follows its items), or out of the table, and try again.',
    renamed:
      'Nothing written: column {column} on the sheet "{sheet}" stands where the table {table} has its column "{expected}", but the header in {cell} is "{header}". Give {cell} its header "{expected}" back (Tiltaksplan writes that column anew every time), and try again.',
  },
};

const text = makeTranslator(USER_CELLS_CATALOG);

function cellsText(blocked: readonly UserCell[], lang: Lang): string {
  const named = blocked.slice(0, SHOWN).map(userCellAddress).join(', ');
  const rest = blocked.length - SHOWN;
  // «og 1 celler til» is no Norwegian, and naming the fourth cell takes no more room than counting it.
  if (rest === 1) return blocked.map(userCellAddress).join(', ');
  return rest > 0 ? text('more', lang, { cells: named, count: rest }) : named;
}

/** Cells in the way for their content: neither a merge nor a moving note, nor a column she inserted. */
const plainCells = (blocked: readonly UserCell[]): UserCell[] =>
  blocked.filter((u) => !u.inserted && !u.merged && !u.rowMoves);

/**
 * The refusal: the sentence for the cells in the way for their content (`plain`), or `lead` when there are none but
 * other reasons, then those reasons (whySentences).
 */
function refusal(
  blocked: readonly UserCell[],
  lang: Lang,
  plain: (cells: string) => string,
  lead: string,
  again: Again,
): string[] {
  const rest = plainCells(blocked);
  const why = whySentences(blocked, lang, again, (cells) => cellsText(cells, lang));
  return [...(rest.length > 0 ? [plain(cellsText(rest, lang))] : why.length > 0 ? [lead] : []), ...why];
}

/**
 * One sentence naming the first few cells in the way (and how many more): nothing was written. A column the user
 * inserted between two of the product's in a table it writes anew is named as that column, with where to move it;
 * a range she merged by its range, and a note beside a row of an older Sammendrag that moves with where it goes.
 */
export function blockedText(blocked: readonly UserCell[], lang: Lang): string {
  const columns = new Map<string, { sheet: string; column: InsertedColumn }>();
  for (const u of blocked)
    if (u.inserted) columns.set(`${u.sheet}!${u.inserted.column}`, { sheet: u.sheet, column: u.inserted });
  const plain = (cells: string) => text('blocked', lang, { cells });
  return [
    ...[...columns.values()].map(({ sheet, column: { renamed, ...column } }) =>
      renamed ? text('renamed', lang, { ...column, ...renamed, sheet }) : text('inserted', lang, { ...column, sheet }),
    ),
    ...refusal(
      blocked.filter((u) => !u.inserted),
      lang,
      plain,
      whyText('nothingWritten', lang),
      'again',
    ),
  ].join(' ');
}

/** One sentence for a repair that writes around a user's cells: the column they stand in is left out. */
export function repairBlockedText(blocked: readonly UserCell[], lang: Lang): string {
  const plain = (cells: string) => text('repairBlocked', lang, { cells });
  return refusal(blocked, lang, plain, whyText('repairLead', lang), 'againRepair').join(' ');
}

/**
 * One sentence, before anything is written, for a new measure whose row holds a user's cells. A line of the table
 * typed under it (row-below-table) is named as the check names it, with the check's advice: take it into the table
 * (review r30), not «move it».
 */
export function addBlockedText(blocked: readonly UserCell[], lang: Lang): string {
  const rows = new Map<string, UserCell[]>();
  for (const u of blocked)
    if (u.rowBelow) rows.set(`${u.sheet}!${u.rowBelow.row}`, [...(rows.get(`${u.sheet}!${u.rowBelow.row}`) ?? []), u]);
  const below = [...rows.values()].flatMap((cells) => {
    const first = cells[0];
    if (!first?.rowBelow) return [];
    const { table, row } = first.rowBelow;
    const structure = term('structure', lang);
    const named = { row, sheet: first.sheet, table: tableTerm(table, lang), structure };
    const last = cells[cells.length - 1] ?? first;
    const span = last === first ? first.cell : `${first.cell}:${last.cell}`;
    return [text('addRowBelow', lang, { ...named, cells: span })];
  });
  const plain = (cells: string) => text('addBlocked', lang, { cells });
  const rest = blocked.filter((u) => !u.rowBelow);
  return [...below, ...refusal(rest, lang, plain, whyText('addLead', lang), 'againAdd')].join(' ');
}

/**
 * One sentence for a download in the plain browser that went ahead without the sheets a user's cells stand in
 * (named by the cells): the measures added in the page reach the file, those sheets stay as they were.
 */
export function downloadLeftText(blocked: readonly UserCell[], lang: Lang): string {
  const names = [...new Set(blocked.map((u) => (lang === 'en' ? `"${u.sheet}"` : `«${u.sheet}»`)))];
  const sheets = listText(names, lang);
  const plain = (cells: string) => text('downloadLeft', lang, { sheets, cells });
  return refusal(blocked, lang, plain, whyText('downloadLead', lang, { sheets }), 'againDownload').join(' ');
}

/**
 * The words for a table the product writes anew (Avstemming, «Avstemming planer») whose filter it cleared or whose
 * hidden rows it showed first, so that no item comes to a hidden row (SPEC §10 as built): said after the write, by
 * the command line and the task pane alike, as a roll says the filter it drops (extra.tableFilter).
 */
import type { Lang } from '../domain';
import { tableTerm } from './glossary';
import { makeTranslator, type Catalog } from './translate';

type Key = 'filtered' | 'hidden' | 'row' | 'rowKept' | 'sorted';

/** The catalogue, exported for the catalogue tests. */
export const ROWS_SHOWN_CATALOG: Catalog<Key> = {
  nb: {
    sorted:
      'Sorteringen av tabellen {table} på arket «{sheet}» er tatt bort: postene skrives på nytt i Tiltaksplans rekkefølge, og en sortert rad kunne fått en annen post. Sorter tabellen på nytt i Excel om du vil ha den.',
    filtered:
      'Filteret på tabellen {table} på arket «{sheet}» er fjernet, og skjulte rader vises igjen, så ingen post står skjult (postene skrives på nytt, og en skjult rad kunne fått en annen post). Sett filteret på igjen i Excel om du vil ha det.',
    hidden:
      'Radene du hadde skjult i tabellen {table} på arket «{sheet}», vises igjen, så ingen post står skjult (postene skrives på nytt, og en skjult rad kunne fått en annen post). Skjul dem igjen i Excel om du vil.',
    row: 'Rad {row} på arket «{sheet}», der det nye tiltaket står, var skjult (av et filter på {table} eller for hånd) og vises nå. Filteret står som før: bruker du det på nytt i Excel, skjules tiltaket hvis det ikke passer med filteret.',
    rowKept:
      'Rad {row} på arket «{sheet}», der det nye tiltaket står, er skjult (av et filter på {table} eller for hånd), og arket er beskyttet, så Tiltaksplan kan ikke vise raden. Fjern filteret eller vis raden i Excel for å se tiltaket, og legg det ikke til en gang til.',
  },
  nn: {
    sorted:
      'Sorteringa av tabellen {table} på arket «{sheet}» er teken bort: postane blir skrivne på nytt i rekkjefølgja til Tiltaksplan, og ei sortert rad kunne fått ein annan post. Sorter tabellen på nytt i Excel om du vil ha ho.',
    filtered:
      'Filteret på tabellen {table} på arket «{sheet}» er fjerna, og gøymde rader blir viste att, så ingen post står gøymd (postane blir skrivne på nytt, og ei gøymd rad kunne fått ein annan post). Set filteret på att i Excel om du vil ha det.',
    hidden:
      'Radene du hadde gøymt i tabellen {table} på arket «{sheet}», blir viste att, så ingen post står gøymd (postane blir skrivne på nytt, og ei gøymd rad kunne fått ein annan post). Gøym dei att i Excel om du vil.',
    row: 'Rad {row} på arket «{sheet}», der det nye tiltaket står, var gøymd (av eit filter på {table} eller for hand) og blir vist no. Filteret står som før: brukar du det på nytt i Excel, blir tiltaket gøymt om det ikkje passar med filteret.',
    rowKept:
      'Rad {row} på arket «{sheet}», der det nye tiltaket står, er gøymd (av eit filter på {table} eller for hand), og arket er verna, så Tiltaksplan kan ikkje vise rada. Fjern filteret eller vis rada i Excel for å sjå tiltaket, og legg det ikkje til ein gong til.',
  },
  en: {
    sorted:
      'The sort of the table {table} on the sheet "{sheet}" was undone: the items are written anew in Tiltaksplan\'s order, and a sorted row could have got another item. Sort the table again in Excel if you want it.',
    filtered:
      'The filter on the table {table} on the sheet "{sheet}" was cleared and hidden rows are shown again, so that no item is hidden (the items are written anew, and a hidden row could have got another item). Set the filter again in Excel if you want it.',
    hidden:
      'The rows you had hidden in the table {table} on the sheet "{sheet}" are shown again, so that no item is hidden (the items are written anew, and a hidden row could have got another item). Hide them again in Excel if you want.',
    row: 'Row {row} on the sheet "{sheet}", where the new measure is, was hidden (by a filter on {table} or by hand) and is shown now. The filter stays as it was: if you apply it again in Excel, the measure is hidden when it does not match the filter.',
    rowKept:
      'Row {row} on the sheet "{sheet}", where the new measure is, is hidden (by a filter on {table} or by hand), and the sheet is protected, so Tiltaksplan cannot show the row. Clear the filter or unhide the row in Excel to see the measure, and do not add it a second time.',
  },
};

const text = makeTranslator(ROWS_SHOWN_CATALOG);

/** One sentence per table whose filter a write cleared (`filtered`) or whose hidden rows it showed, one more for its undone sort. */
export const rowsShownLines = (
  shown: readonly {
    readonly sheet: string;
    readonly table: string;
    readonly filtered: boolean;
    readonly row?: number;
    readonly kept?: true;
    readonly sorted?: true;
    readonly noneHidden?: true;
  }[],
  lang: Lang,
): string[] =>
  shown.flatMap((s) => {
    if (s.row !== undefined)
      return [text(s.kept ? 'rowKept' : 'row', lang, { row: s.row, table: tableTerm(s.table, lang), sheet: s.sheet })];
    const at = { table: s.table, sheet: s.sheet };
    // Her undone sort is named as her cleared filter is (review r41): each its own sentence.
    return [
      ...(s.noneHidden ? [] : [text(s.filtered ? 'filtered' : 'hidden', lang, at)]),
      ...(s.sorted ? [text('sorted', lang, at)] : []),
    ];
  });

/**
 * The words for a table the product writes anew (Avstemming, «Avstemming planer») whose filter it cleared or whose
 * hidden rows it showed first, so that no item comes to a hidden row (SPEC §10 as built): said after the write, by
 * the command line and the task pane alike, as a roll says the filter it drops (extra.tableFilter).
 */
import type { Lang } from '../domain';
import { makeTranslator, type Catalog } from './translate';

type Key = 'filtered' | 'hidden';

/** The catalogue, exported for the catalogue tests. */
export const ROWS_SHOWN_CATALOG: Catalog<Key> = {
  nb: {
    filtered:
      'Filteret på tabellen {table} på arket «{sheet}» er fjernet, og skjulte rader vises igjen, så ingen post står skjult (postene skrives på nytt, og en skjult rad kunne fått en annen post). Sett filteret på igjen i Excel om du vil ha det.',
    hidden:
      'Radene du hadde skjult i tabellen {table} på arket «{sheet}», vises igjen, så ingen post står skjult (postene skrives på nytt, og en skjult rad kunne fått en annen post). Skjul dem igjen i Excel om du vil.',
  },
  nn: {
    filtered:
      'Filteret på tabellen {table} på arket «{sheet}» er fjerna, og gøymde rader blir viste att, så ingen post står gøymd (postane blir skrivne på nytt, og ei gøymd rad kunne fått ein annan post). Set filteret på att i Excel om du vil ha det.',
    hidden:
      'Radene du hadde gøymt i tabellen {table} på arket «{sheet}», blir viste att, så ingen post står gøymd (postane blir skrivne på nytt, og ei gøymd rad kunne fått ein annan post). Gøym dei att i Excel om du vil.',
  },
  en: {
    filtered:
      'The filter on the table {table} on the sheet "{sheet}" was cleared and hidden rows are shown again, so that no item is hidden (the items are written anew, and a hidden row could have got another item). Set the filter again in Excel if you want it.',
    hidden:
      'The rows you had hidden in the table {table} on the sheet "{sheet}" are shown again, so that no item is hidden (the items are written anew, and a hidden row could have got another item). Hide them again in Excel if you want.',
  },
};

const text = makeTranslator(ROWS_SHOWN_CATALOG);

/** One sentence per table whose filter a write cleared (`filtered`) or whose hidden rows it showed. */
export const rowsShownLines = (
  shown: readonly { readonly sheet: string; readonly table: string; readonly filtered: boolean }[],
  lang: Lang,
): string[] => shown.map((s) => text(s.filtered ? 'filtered' : 'hidden', lang, { table: s.table, sheet: s.sheet }));

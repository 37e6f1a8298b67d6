/**
 * A logical or an error value of a cell as her Excel shows it. The file stores them in English (TRUE, #VALUE!),
 * and so do the domain and the JSON; Norwegian Excel shows SANN and #VERDI!, and a message must name what she
 * sees on the sheet (SPEC §8: a message in the chosen language). Excel has no nynorsk names: nynorsk says them as
 * bokmål Excel does, as it names Excel's menus (cli.nn.ts: Formler › Navnebehandling).
 *
 * The Norwegian names are Microsoft's (support.microsoft.com/nb-no: the functions SANN, USANN and FEIL.TYPE).
 * An error value without a name confirmed there (#SPILL!, #CALC! …) is left as the file stores it.
 */
import { cellText, type Lang } from '../domain';
import type { Catalog } from './translate';

type Key =
  'TRUE' | 'FALSE' | '#NULL!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#N/A' | '#GETTING_DATA';

const NB: Record<Key, string> = {
  TRUE: 'SANN',
  FALSE: 'USANN',
  '#NULL!': '#NULL!',
  '#DIV/0!': '#DIV/0!',
  '#VALUE!': '#VERDI!',
  '#REF!': '#REF!',
  '#NAME?': '#NAVN?',
  '#NUM!': '#NUM!',
  '#N/A': '#I/T',
  '#GETTING_DATA': '#HENTER_DATA',
};

/** The catalogue, exported for the catalogue tests: English is the file's own name. */
export const EXCEL_VALUES_CATALOG: Catalog<Key> = {
  nb: NB,
  nn: { ...NB },
  en: {
    TRUE: 'TRUE',
    FALSE: 'FALSE',
    '#NULL!': '#NULL!',
    '#DIV/0!': '#DIV/0!',
    '#VALUE!': '#VALUE!',
    '#REF!': '#REF!',
    '#NAME?': '#NAME?',
    '#NUM!': '#NUM!',
    '#N/A': '#N/A',
    '#GETTING_DATA': '#GETTING_DATA',
  },
};

const isKey = (text: string): text is Key => Object.hasOwn(EXCEL_VALUES_CATALOG.en, text);

/**
 * `text`, a logical or an error value as the file stores it (any case: a file may write "true"), named as Excel in
 * `lang` shows it; a value the catalogue does not know is returned as it is.
 */
export function shownExcelValue(text: string, lang: Lang): string {
  const key = text.trim().toUpperCase();
  return isKey(key) ? EXCEL_VALUES_CATALOG[lang][key] : text;
}

/** A logical value a cell holds, named as Excel in `lang` shows it (SANN); its spelling in the file is cellText's. */
export function shownLogical(value: boolean, lang: Lang): string {
  return shownExcelValue(cellText(value), lang);
}

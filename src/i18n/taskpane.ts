/**
 * The task pane's own UI strings, bokmål / nynorsk / English. Finding and reconciliation texts live in the
 * shared catalogues; these are the labels, buttons and hints of the pane only.
 */
import type { Lang } from '../domain';
import { TASKPANE_EN } from './taskpane.en';
import { TASKPANE_NB, type TaskpaneKey } from './taskpane.nb';
import { TASKPANE_NN } from './taskpane.nn';
import { makeTranslator, type Catalog, type MessageParams } from './translate';

export type { TaskpaneKey };

const CATALOGUES: Catalog<TaskpaneKey> = { nb: TASKPANE_NB, nn: TASKPANE_NN, en: TASKPANE_EN };
const translate = makeTranslator(CATALOGUES);

/** A task pane string in `lang`, with `{name}` placeholders filled from `params`. */
export function tp(lang: Lang, key: TaskpaneKey, params?: MessageParams): string {
  return translate(key, lang, params);
}

/** The catalogue of one language, for completeness tests. */
export function taskpaneCatalogue(lang: Lang): Readonly<Record<TaskpaneKey, string>> {
  return CATALOGUES[lang];
}

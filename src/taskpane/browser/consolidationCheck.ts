/**
 * «Åpne flere planer»'s check of the files she chose (SPEC §15): each read, a plan chosen twice refused, the plans
 * checked together against the economy plan workbook. No React: the view keeps what this returns.
 */
import { checkConsolidated, type ConsolidatedCheck, type Lang, type WorkbookSnapshot } from '../../domain';
import { renderFinding } from '../../i18n';
import { kt } from '../../i18n/consolidation';
import { openFailedMessage, paneErrorText, toPaneError, unreadableOf } from '../errors';
import type { Book } from './consolidationJumps';
import { repeatedFile, sameChosenFile } from './files';
import { defaultStartYear } from '../hooks/usePlanCheck';

/** The check and the snapshots it was made of (the plans, then the economy plan): the jumps show those. */
export interface ConsolidationResult {
  readonly check: ConsolidatedCheck;
  readonly books: readonly Book[];
}

/** A chosen file that did not open; the message names it (openFailedMessage). */
class OpenFailed extends Error {}

/**
 * The chosen files checked together: the result, or null with the sentence that says why not. Throws when a
 * file does not open or the check fails (`failureText` words it).
 */
export async function checkChosenFiles(
  plans: readonly File[],
  economy: File,
  read: (file: File) => Promise<WorkbookSnapshot>,
  lang: Lang,
): Promise<{ readonly result: ConsolidationResult | null; readonly error: string | null }> {
  // The same plan twice is refused, as the CLI refuses it (planGivenTwice): counted twice, it was told as two
  // plans of one Plannavn.
  const twice = await repeatedFile(plans);
  if (twice !== null) return { result: null, error: kt(lang, 'planGivenTwice', { file: twice }) };
  // A file that does not open is named: among several chosen files, the user must know which one.
  const readBook = async (f: File): Promise<Book> => {
    try {
      return { wb: await read(f), file: f.name };
    } catch (e) {
      throw new OpenFailed(openFailedMessage(lang, unreadableOf(e), f.name));
    }
  };
  const inputs: Book[] = await Promise.all(plans.map(readBook));
  const economyBook: Book = await readBook(economy);
  // A plan chosen as the economy plan too: its own sheet is the one used (the CLI's isEconomyWorkbook).
  const own = await Promise.all(plans.map((f) => sameChosenFile(f, economy)));
  const planInputs = inputs.map((b, i) => ({ ...b, isEconomyWorkbook: own[i] === true }));
  const checked = checkConsolidated(planInputs, economyBook, {
    defaultStartYear: defaultStartYear(),
    render: (f, unit) => renderFinding(f, lang, unit),
  });
  if (!checked) return { result: null, error: kt(lang, 'notEconomyPlan', { file: economy.name }) };
  return { result: { check: checked, books: [...inputs, economyBook] }, error: null };
}

/** What `checkChosenFiles` threw, as the pane says it: the file that did not open named. */
export function failureText(e: unknown, lang: Lang): string {
  return e instanceof OpenFailed ? e.message : paneErrorText(lang, toPaneError(e));
}

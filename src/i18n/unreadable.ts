/**
 * Why a file cannot be read as a workbook, in one wording for the command line ("<file>: kan ikke leses:
 * <reason>") and the task pane (the reason, then what to do): the file adapter's reason code, and the sheet
 * where reading stopped when the read hit the cell limit.
 */
import type { Lang } from '../domain';
import { FILE_TEXTS } from './cliLimits';
import { makeTranslator, type Catalog } from './translate';

type Key = keyof typeof FILE_TEXTS.nb;

const READ_TEXTS: Catalog<Key> = FILE_TEXTS;
const readText = makeTranslator(READ_TEXTS);

/** The reasons the catalogue words (the file adapter's UnreadableReason must be among them). */
type ReasonOf<K> = K extends `reason.${infer R}` ? R : never;
export type UnreadableCode = ReasonOf<Key>;

export interface Unreadable {
  readonly reason: UnreadableCode;
  /** The sheet where reading stopped (too-many-cells, or a damaged cell). */
  readonly sheet?: string;
  /** The cell that made the sheet damaged (a cell outside Excel's sheet). */
  readonly cell?: string;
}

/** The reason in the user's language, naming the sheet where reading stopped. */
export function unreadableText(u: Unreadable, lang: Lang): string {
  if (u.reason === 'too-many-cells' && u.sheet !== undefined)
    return readText('reason.too-many-cells-sheet', lang, { sheet: u.sheet });
  if (u.reason === 'corrupt' && u.sheet !== undefined && u.cell !== undefined)
    return readText('reason.corrupt-cell', lang, { sheet: u.sheet, cell: u.cell });
  return readText(`reason.${u.reason}`, lang);
}

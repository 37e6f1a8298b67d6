/**
 * `roll` writes a copy of its input rolled (SPEC §11, "Writing into a user's workbook"): the planned edits are
 * applied to the input's own package, then Sammendrag (and Avstemming, when the input has one) are written on
 * the rolled plan as `check --write` writes them, so every part the product does not own comes back byte for
 * byte. Nothing is written when a user's cell stands where the rolled tables or those sheets would go, or when the
 * workbook's protection forbids the write (its structure locked, so no archive sheet; a sheet it writes protected).
 */
import {
  sameName,
  SHEETS,
  TABLES,
  type Lang,
  type TablesMeet,
  type UserCell,
  type WorkbookSnapshot,
  type Edit,
} from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import { blockedText } from '../../i18n/userCells';
import { tableTerm } from '../../i18n/glossary';
import { unreadableText } from '../../i18n/unreadable';
import { UnreadableWorkbookError, type XlsxWorkbook } from '../../workbook/xlsx';
import { WorkbookProtectedError } from '../../workbook/port';
import type { CliIo } from '../io';
import { checkWorkbook } from './check';
import { planCheckSheets, protectedLine } from './checkWrite';
import { anchorsLeftBehind, watchAnchors, type LeftAnchor } from './checkAnchors';

const say = (io: CliIo, line: string): null => {
  io.stderr(`${line}\n`);
  return null;
};

/** The first two of the product's tables that the roll would make overlap, in the user's words. */
const meetText = (m: TablesMeet, lang: Lang): string =>
  cliText('rollTablesMeet', lang, {
    table: tableTerm(m.table, lang),
    other: tableTerm(m.other, lang),
    cell: `${m.sheet}!${m.cell}`,
  });

/**
 * Whether the workbook had an Avstemming (its sheet, or tblAvstemming on a sheet she renamed, where it is written):
 * then the rolled one gets it anew, for the new period.
 */
const hasReconciliation = (wb: WorkbookSnapshot): boolean =>
  wb.sheets.some((s) => sameName(s.sheet, SHEETS.reconciliation)) ||
  wb.tables.some((t) => sameName(t.name, TABLES.reconciliation));

/**
 * Applies the roll's `edits` (planRolledWorkbook into the source) to `wb`, read as `snapshot`, then Sammendrag and
 * Avstemming, and returns the edits of those two with the rolled workbook as read before them; null after saying why not (a user's cell in the way, two rolled tables that would overlap, a workbook the product reads but never writes,
 * a part that refuses to be edited). Only `wb` in memory is changed: the caller saves it.
 */
export async function applyRoll(
  io: CliIo,
  wb: XlsxWorkbook,
  snapshot: WorkbookSnapshot,
  roll: {
    readonly edits: readonly Edit[];
    readonly blocked: readonly UserCell[];
    readonly crowded: readonly TablesMeet[];
  },
  o: { readonly input: string; readonly out: string; readonly lang: Lang },
): Promise<{
  readonly edits: readonly Edit[];
  readonly rolled: WorkbookSnapshot;
  /** What stays on Avstemming's cells whose row now holds another item (checkAnchors.ts). */
  readonly left: readonly LeftAnchor[];
} | null> {
  const { input, lang } = o;
  if (wb.strict) return say(io, `${input}: ${cliText('strictNotWritten', lang)}`);
  if (wb.backslashNames) return say(io, `${input}: ${cliText('backslashNotWritten', lang)}`);
  if (roll.blocked.length > 0) return say(io, `${input}: ${blockedText(roll.blocked, lang)}`);
  const meet = roll.crowded[0];
  if (meet) return say(io, `${input}: ${meetText(meet, lang)}`);
  try {
    await wb.apply(roll.edits);
    const rolled = await wb.read();
    const result = checkWorkbook(rolled, o.out, lang, io.currentYear);
    const sheets = planCheckSheets(rolled, result, lang, hasReconciliation(snapshot));
    if (!sheets.ok) return say(io, `${input}: ${blockedText(sheets.blocked, lang)}`);
    // Avstemming is written anew on the rolled plan: a link, note or look of hers there stays at its address.
    const watch = await watchAnchors(wb);
    await wb.apply(sheets.edits);
    return { edits: sheets.edits, rolled, left: watch ? await anchorsLeftBehind(wb, watch) : [] };
  } catch (e) {
    // A sheet added to a workbook whose structure is locked (the archive), a protected sheet written: refused.
    if (e instanceof WorkbookProtectedError) return say(io, protectedLine(input, e, lang));
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    return say(io, cliText('unreadable', lang, { file: input, reason: unreadableText(e, lang) }));
  }
}

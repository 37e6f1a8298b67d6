/**
 * Saving the workbooks of one run all or none (`check --write` of several plans, a consolidation's plans and its
 * economy plan): writeAll.ts stages every one before any takes its name. Said in the user's language: the file
 * that failed and why, then that nothing was written (also when the ones already saved were taken back), or —
 * when one could not be taken back — exactly which were saved and which not.
 */
import type { Lang } from '../domain';
import { fileText } from '../i18n/cliFiles';
import { listText } from '../i18n/listText';
import type { WriteMode } from '../workbook/safeWrite';
import { writeAll } from '../workbook/writeAll';
import type { XlsxWorkbook } from '../workbook/xlsx';
import { stageXlsxFile } from '../workbook/xlsx/nodeFile';
import { resolvePath } from './paths';
import { writeFailedLine } from './write';
import type { CliIo } from './io';

export interface Save {
  readonly wb: XlsxWorkbook;
  /** The path as the user gave it. */
  readonly file: string;
  readonly mode: WriteMode;
}

/**
 * Saves every workbook or none; `saved(i)` is called for each one saved, in order (to say so), before any failure
 * is said. False after a failure (said why).
 */
export async function saveAllOrExplain(
  io: CliIo,
  saves: readonly Save[],
  lang: Lang,
  saved: (i: number) => void,
): Promise<boolean> {
  const outcome = await writeAll(saves.map((s) => () => stageXlsxFile(s.wb, resolvePath(io, s.file), s.mode, s.file)));
  for (const i of saves.keys()) if (outcome.ok || i < outcome.written) saved(i);
  if (outcome.ok) return true;
  const files = saves.map((s) => s.file);
  // With several files the next line says what was written, so the reason does not.
  const lines = [writeFailedLine(outcome.error, files[outcome.failed] ?? '', lang, files.length > 1)];
  if (files.length > 1 && outcome.written === 0)
    lines.push(fileText('noneWritten', lang, { files: listText(files, lang) }));
  else if (files.length > 1)
    lines.push(
      fileText('partlyWritten', lang, {
        written: listText(files.slice(0, outcome.written), lang),
        unwritten: listText(files.slice(outcome.written), lang),
      }),
    );
  for (const line of lines) io.stderr(`${line}\n`);
  return false;
}

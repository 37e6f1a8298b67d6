/**
 * Where `check` may write, decided before anything is written (one refused target means nothing is
 * written): a report never goes over a workbook or over one of the inputs, a --write copy is always a new
 * file, and --in-place replaces only a file that can keep what it is (writable, its mode, one name).
 */
import type { Lang } from '../../domain';
import { cliText } from '../../i18n/cli';
import { fileText } from '../../i18n/cliFiles';
import type { WriteMode } from '../../workbook/safeWrite';
import { canWrite, checkedCopyName, isWorkbookName, isZipFile, resolvePath, sameFile } from '../files';
import type { CliIo } from '../io';

export interface WriteTarget {
  readonly file: string;
  readonly mode: WriteMode;
}

interface TargetOptions {
  readonly files: readonly string[];
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly inPlace: boolean;
}

const say = (io: CliIo, line: string): false => {
  io.stderr(`${line}\n`);
  return false;
};

/** A report name that can never be right: it names a workbook. Checked before any file is opened. */
export function refuseReportName(io: CliIo, out: string, lang: Lang): boolean {
  if (!isWorkbookName(out)) return false;
  say(io, fileText('reportAsWorkbook', lang, { file: out }));
  return true;
}

/** Whether the report may be written to `out`: not an input (by inode), not a workbook, writable. */
export async function reportTargetOk(io: CliIo, out: string, o: TargetOptions): Promise<boolean> {
  if (o.files.some((f) => sameFile(io, f, out))) return say(io, cliText('outIsInput', o.lang, { file: out }));
  if (await isZipFile(resolvePath(io, out))) return say(io, fileText('reportOverWorkbook', o.lang, { file: out }));
  return canWrite(io, out, 'new-or-replace', o.lang);
}

/** The file each input's --write result goes to, or null after saying why one of them cannot be written. */
export async function writeTargets(io: CliIo, o: TargetOptions): Promise<WriteTarget[] | null> {
  const targets: WriteTarget[] = o.files.map((file) =>
    o.inPlace ? { file, mode: 'replace' } : { file: o.out ?? checkedCopyName(file), mode: 'new' },
  );
  for (const [i, t] of targets.entries()) {
    const twice = targets
      .slice(0, i)
      .some((u) => resolvePath(io, u.file) === resolvePath(io, t.file) || sameFile(io, u.file, t.file));
    if (twice) return say(io, fileText('sameTarget', o.lang, { file: t.file })) || null;
  }
  for (const t of targets) if (!(await canWrite(io, t.file, t.mode, o.lang))) return null;
  return targets;
}

/**
 * The workbook a missing file name most likely meant. Windows hides known endings: a budget officer sees
 * «Tiltaksplan 2027» in Explorer and types that, or names a file «plan.xlsx» there and gets plan.xlsx.xlsx. Only
 * named to her, never opened in its place: a guess about which file is read is not the command line's to make.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './io';

const ENDINGS = ['.xlsx', '.xlsm'] as const;

/** `file` with a workbook ending added, as typed, when that names a file (`file` itself being missing); or null. */
export function meantWorkbook(io: CliIo, file: string): string | null {
  for (const ending of ENDINGS) {
    const meant = `${file}${ending}`;
    try {
      if (statSync(path.resolve(io.cwd, meant), { throwIfNoEntry: false })?.isFile() === true) return meant;
    } catch {
      // a path through a file, a name too long: no such workbook
    }
  }
  return null;
}

/**
 * The workbook a missing file name most likely meant. Windows hides known endings: a budget officer sees
 * «Tiltaksplan 2027» in Explorer and types that, or names a file «plan.xlsx» there and gets plan.xlsx.xlsx. Only
 * named to her, never opened in its place: a guess about which file is read is not the command line's to make.
 */
import { readdirSync, statSync } from 'node:fs';
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

/** How many matches a message names before «…». */
const NAMED = 10;

/** A * or ? pattern of a file name as a regular expression; case aside, as Windows, where no shell expands it. */
const patternOf = (name: string): RegExp =>
  new RegExp(
    `^${name
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );

/**
 * The workbooks in its folder that a file name with * or ? matches, as typed (folder and all), sorted: a shell
 * expands such a name, Windows' command prompt and PowerShell hand it over as it is. Excel's owner files (~$…) are
 * no workbooks. Null when the name has no * or ?; at most NAMED names and «…».
 */
export function wildcardMatches(io: CliIo, file: string): readonly string[] | null {
  const base = path.basename(file);
  if (!/[*?]/.test(base)) return null;
  const folder = file.slice(0, file.length - base.length);
  if (/[*?]/.test(folder)) return [];
  let names: string[];
  try {
    const pattern = patternOf(base);
    names = readdirSync(path.resolve(io.cwd, folder === '' ? '.' : folder), { withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.startsWith('~$') && /\.xls[xm]$/i.test(d.name) && pattern.test(d.name))
      .map((d) => `${folder}${d.name}`)
      .sort();
  } catch {
    return []; // no such folder, or one we may not read
  }
  return names.length > NAMED ? [...names.slice(0, NAMED), '…'] : names;
}

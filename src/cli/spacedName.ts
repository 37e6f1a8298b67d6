/**
 * A file name with spaces typed without quotes: Explorer and Finder name files «Tiltaksplan 2027.xlsx», and
 * `tiltaksplan check Tiltaksplan 2027.xlsx` hands the command two words, each then told as a missing file or as one
 * file too many. When words side by side, joined by spaces, name a file that is there while a word alone does not,
 * that file is what she meant: the line says so, with the quotes to type. Only named, never read in its place.
 */
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../domain';
import { cliText } from '../i18n/cliCommand';
import { listText } from '../i18n/listText';
import { longDashOption, type UsageError } from './args';
import type { CliIo } from './io';

/** How many words one file name is looked for in. */
const MOST_WORDS = 6;

const isWord = (arg: string): boolean => !arg.startsWith('-') && longDashOption(arg) === null && arg.trim() !== '';

function isFile(io: CliIo, name: string): boolean {
  try {
    return statSync(path.resolve(io.cwd, name), { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false; // a path through a file, a name too long: no such file
  }
}

function isThere(io: CliIo, name: string): boolean {
  try {
    return lstatSync(path.resolve(io.cwd, name), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** The run of words from `i` that joined by spaces names a file while one of them is nothing; or null. */
function runAt(io: CliIo, words: readonly string[], i: number): readonly string[] | null {
  for (let j = i + 2; j <= Math.min(words.length, i + MOST_WORDS); j++) {
    const run = words.slice(i, j);
    if (!run.every(isWord)) break;
    if (isFile(io, run.join(' ')) && !run.every((w) => isThere(io, w))) return run;
  }
  return null;
}

/**
 * Every run of words (before any `--`) that joined by spaces names a file while one of them is nothing, side by side
 * without overlap: `compare Tiltaksplan 2027.xlsx Tiltaksplan 2028.xlsx` names both in one run (review r45).
 */
export function spacedNames(io: CliIo, args: readonly string[]): (readonly string[])[] {
  const end = args.indexOf('--');
  const words = end < 0 ? args : args.slice(0, end);
  const runs: (readonly string[])[] = [];
  for (let i = 0; i < words.length; i++) {
    const run = runAt(io, words, i);
    if (run === null) continue;
    runs.push(run);
    i += run.length - 1;
  }
  return runs;
}

/** A name's ending, as a file named in Explorer or Finder has one (.xlsx, .json, .html). */
const HAS_ENDING = /\.[a-z]{2,4}$/i;

/**
 * The words of one name split at its spaces, as a new file's name is (`new Min plan.xlsx`): words without an ending
 * followed by one with; or null. Only asked when the command refuses the words as too many files.
 */
export function splitName(words: readonly string[]): readonly string[] | null {
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && j - i < MOST_WORDS && !HAS_ENDING.test(words[j] ?? '')) j++;
    if (j > i && j < words.length && HAS_ENDING.test(words[j] ?? '')) return words.slice(i, j + 1);
  }
  return null;
}

/** The parameters of the line that says which file the words meant and how to type it. */
export function spacedNameParams(words: readonly string[], lang: Lang): Record<string, string> {
  const name = words.join(' ');
  const parts = words.map((w) => (lang === 'en' ? `"${w}"` : `«${w}»`));
  // The quotes to type are the shell's, straight in every language.
  return { name, quoted: `"${name}"`, parts: listText(parts, lang) };
}

/** The line that says which file the words meant and how to type it. */
export function spacedNameLine(words: readonly string[], lang: Lang): string {
  return cliText('spacedName', lang, spacedNameParams(words, lang));
}

/**
 * The value an option was meant to have when its value, typed without quotes, goes on in the next word (`--unit 1000
 * kr`): the value and a word of `words` (one with no ending, as a file name has) that `takes` as the option's value
 * joined; or null.
 */
export function valueGoesOn(
  value: string | undefined,
  words: readonly string[],
  takes: (value: string) => boolean,
): string | null {
  if (value === undefined) return null;
  const word = words.find((w) => !HAS_ENDING.test(w) && takes(`${value} ${w}`));
  return word === undefined ? null : `${value} ${word}`;
}

/** The usage error for the option `name`'s value with spaces typed without quotes, with the quotes to type. */
export function spacedValueError(name: string, value: string): UsageError {
  return { key: 'spacedValue', params: { name, value, typed: `${name} "${value}"` } };
}

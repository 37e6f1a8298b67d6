/**
 * Argument parsing shared by the commands: positionals, `--name value`, `--name=value`, boolean flags, `-h`.
 * Usage errors come back as data (a CLI string key with its parameters), never as exceptions.
 */
import type { Lang } from '../domain';
import { cliText, type CommandKey } from '../i18n/cliCommand';
import { isLang } from '../i18n/lang';
import type { CliIo } from './io';

export interface OptionSpec {
  readonly [name: string]: 'string' | 'boolean';
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly strings: Readonly<Record<string, string>>;
  readonly flags: ReadonlySet<string>;
  readonly help: boolean;
}

export interface UsageError {
  readonly key: CommandKey;
  readonly params: Readonly<Record<string, string>>;
}

export type ParseOutcome =
  { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly error: UsageError };

/** Parse `args` against `spec` (option names without the leading dashes). */
export function parseArgs(args: readonly string[], spec: OptionSpec, command: string): ParseOutcome {
  const positionals: string[] = [];
  const strings: Record<string, string> = {};
  const flags = new Set<string>();
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (helpOrVersion(arg) === 'help') {
      help = true;
      continue;
    }
    const dashed = longDashOption(arg);
    if (dashed !== null)
      return { ok: false, error: { key: 'longDash', params: { name: arg, option: dashed, command } } };
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const type = arg.startsWith('--') ? spec[name] : undefined;
    if (type === undefined) return { ok: false, error: { key: 'unknownOption', params: { name: arg, command } } };
    if (type === 'boolean') {
      if (eq >= 0) return { ok: false, error: { key: 'unknownOption', params: { name: arg, command } } };
      flags.add(name);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    // An empty value (`--out ""`, `--out=`) would name the current folder or nothing: as good as missing.
    if (value === undefined || value.trim() === '' || (eq < 0 && value.startsWith('--'))) {
      return { ok: false, error: { key: 'missingValue', params: { name: `--${name}` } } };
    }
    strings[name] = value;
  }
  // An empty file name (`new ""`) names no file: told as such, not as a file «» without .xlsx.
  if (positionals.some((p) => p.trim() === ''))
    return { ok: false, error: { key: 'emptyFileName', params: { command } } };
  return { ok: true, args: { positionals, strings, flags, help } };
}

/** Dashes that are not the hyphen-minus an option starts with: figure, en and em dash, horizontal bar, minus sign. */
const LONG_DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+-*(?=[a-z])/i;

/**
 * The option meant by an argument that starts with a long dash instead of two hyphens (`–out`, `—format=json`,
 * `−−write`: Word and e-mail turn «--» into «–», and a command copied from a document keeps it), as `--out`; or null.
 * Only a word such as an option's name counts, so a file whose name starts with a dash is still a file.
 */
export function longDashOption(arg: string): string | null {
  const dash = LONG_DASHES.exec(arg);
  if (dash === null) return null;
  const name = arg.slice(dash[0].length).split('=')[0] ?? '';
  return /^[a-z][a-z-]*$/i.test(name) ? `--${name}` : null;
}

/**
 * Whether `arg` asks for help (`--help`, `-h`) or the version (`--version`, `-v`), also typed with a long dash
 * (`–help`, `—h`, `–version`): asking reads and writes nothing and what she meant is plain, so it is answered
 * rather than refused as the other options typed so are.
 */
export function helpOrVersion(arg: string): 'help' | 'version' | null {
  const dashed = longDashOption(arg);
  const option = dashed === '--h' ? '-h' : dashed === '--v' ? '-v' : (dashed ?? arg);
  if (option === '--help' || option === '-h') return 'help';
  if (option === '--version' || option === '-v') return 'version';
  return null;
}

/** The argument with the long dash it starts with as the two hyphens meant (`–lang=nn` → `--lang=nn`), or itself. */
export const hyphenated = (arg: string): string =>
  longDashOption(arg) === null ? arg : `--${arg.replace(LONG_DASHES, '')}`;

/** Print a usage error (one line on stderr). */
export function printUsage(io: CliIo, error: UsageError, lang: Lang = 'nb'): void {
  io.stderr(`${cliText(error.key, lang, error.params)}\n`);
}

/** A whole number within bounds, or null. */
export function parseWhole(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/**
 * The report format asked for: --format when given (said outright, it wins over any name), else the one the
 * report's file name says (`--out r.json` is JSON, `r.html` or `r.htm` HTML: a report named so and holding text
 * would fool whoever opens it), else text.
 */
export function reportFormat(format: string | undefined, out: string | undefined): string {
  if (format !== undefined) return format;
  if (out !== undefined && /\.json$/i.test(out)) return 'json';
  if (out !== undefined && /\.html?$/i.test(out)) return 'html';
  return 'text';
}

/** The value of the last `--lang X` / `--lang=X` before a `--`, whatever else the arguments hold. */
function langValue(args: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') break;
    // `–lang en` (a long dash) is refused as such, but in the language it asks for.
    const option = hyphenated(arg);
    if (option === '--lang') value = args[++i];
    else if (option.startsWith('--lang=')) value = option.slice('--lang='.length);
  }
  return value;
}

/** The language a `--lang` value names, in any case (`NB`, `Nn`: typed as the abbreviation is written), or null. */
function langOf(value: string): Lang | null {
  const lower = value.toLowerCase();
  return isLang(lower) ? lower : null;
}

/**
 * The language of a command line's help and messages, read before anything else is parsed, so that even a
 * usage error speaks the language asked for; bokmål when `--lang` is absent or not one of nb, nn, en.
 */
export function argLang(args: readonly string[]): Lang {
  const value = langValue(args);
  return (value !== undefined && langOf(value)) || 'nb';
}

/** The usage error for a `--lang` value other than nb, nn and en in any case (named in `lang`), or null. */
export function badLang(value: string | undefined, lang: Lang): UsageError | null {
  if (value === undefined || langOf(value) !== null) return null;
  return { key: 'badValue', params: { name: '--lang', value, expected: cliText('expected.lang', lang) } };
}

/**
 * Arguments shared by the commands that read one workbook and write another (`import`, `roll`):
 * `IN.xlsx --out OUT.xlsx`. The output must be a new file and never the input (SPEC §12: no command
 * writes over its input), so a failed run leaves every file as it was.
 */
import path from 'node:path';
import { parseUnit, type Lang } from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import { badLang, parseArgs, type OptionSpec, printUsage } from '../args';
import { fileText } from '../../i18n/cliFiles';
import { copyExtension } from '../workbookNames';
import { refuseExisting } from '../write';
import { sameFile } from '../paths';
import type { CliIo } from '../io';
import { spacedNameLine, spacedValueError, splitName, valueGoesOn } from '../spacedName';

/** A path as it is typed in a command line: in quotes when it holds a space. */
const quoted = (file: string): string => (/\s/.test(file) ? `"${file}"` : file);

export interface InputOutput {
  readonly input: string;
  readonly out: string;
  readonly strings: Readonly<Record<string, string>>;
}

/**
 * Parses `IN.xlsx --out OUT.xlsx [--lang L]` plus the command's own string options. Prints the one-line
 * reason in `lang` and returns 'usage' on bad usage (also when --out exists already), 'help' for --help.
 * `copy`: the output is a copy of the input (roll), so it keeps the input's kind (.xlsm stays .xlsm); else it
 * is a new workbook (import), an .xlsx.
 */
export function parseInputOutput(
  args: readonly string[],
  io: CliIo,
  command: string,
  spec: OptionSpec,
  lang: Lang,
  copy = false,
): InputOutput | 'help' | 'usage' {
  const parsed = parseArgs(args, { ...spec, out: 'string', lang: 'string' }, command);
  if (!parsed.ok) {
    printUsage(io, parsed.error, lang);
    return 'usage';
  }
  if (parsed.args.help) return 'help';
  const { positionals, strings } = parsed.args;
  const [input, ...extra] = positionals;
  const fail = (line: string): 'usage' => {
    io.stderr(`${line}\n`);
    return 'usage';
  };
  const wrongLang = badLang(strings.lang, lang);
  if (wrongLang) return fail(cliText(wrongLang.key, lang, wrongLang.params));
  if (input === undefined) return fail(cliText('missingFile', lang, { command }));
  const out = strings.out;
  // `import … --unit 1000 kr`: the unit with a space, typed without quotes.
  const unitMeant = valueGoesOn(strings.unit, extra, (v) => parseUnit(v) !== null);
  const spacedUnit = unitMeant === null ? null : spacedValueError('--unit', unitMeant);
  if (spacedUnit !== null) return fail(cliText(spacedUnit.key, lang, spacedUnit.params));
  // `roll Gammel plan.xlsx --out …`, `--out Ny plan.xlsx`: one name with spaces, typed without quotes.
  const outSplit = out === undefined ? null : splitName([out, ...extra]);
  const split = extra.length > 0 ? (splitName(positionals) ?? outSplit) : null;
  if (split !== null) return fail(spacedNameLine(split, lang));
  // `roll plan.xlsx neste.xlsx`, typed as a copy is: the second file is the --out meant.
  if (extra.length === 1 && out === undefined)
    return fail(cliText('outNotNamed', lang, { command, input: quoted(input), out: quoted(extra[0] ?? '') }));
  if (extra.length > 0) return fail(cliText('tooManyFiles', lang, { files: positionals.join(', ') }));
  if (out === undefined) return fail(cliText('missingOut', lang, { command }));
  if (copy && path.extname(out).toLowerCase() !== copyExtension(input))
    return fail(fileText('copyExtension', lang, { file: out, ext: copyExtension(input), input }));
  if (!copy && !/\.xlsx$/i.test(out)) return fail(cliText('notXlsxName', lang, { file: out }));
  if (sameFile(io, out, input)) return fail(cliText('outIsInput', lang, { file: out }));
  if (refuseExisting(io, out, lang)) return 'usage';
  return { input, out, strings };
}

/**
 * The command line's entry: `tiltaksplan <command> …` dispatched to src/cli/commands/<command>.ts.
 * Exit statuses (SPEC §12): 0 no errors, 1 errors found, 2 bad usage, unreadable input or a refused write.
 * Run from the sources (`npm run cli -- …`, tsx) or compiled (`npm run build:cli`, scripts/build-cli.mjs),
 * which is what the installed `tiltaksplan` command runs.
 */
import { version } from '../../package.json';
import { cliText } from '../i18n/cliCommand';
import { cliHelp } from '../i18n/cliHelp';
import { argLang, helpOrVersion, hyphenated } from './args';
import { COMMAND_NAMES, EXIT, type CliIo, type CommandName } from './io';

const isCommand = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);

/** Run the CLI on the arguments after the program name; returns the exit status. */
export async function main(argv: readonly string[], given: CliIo): Promise<number> {
  // A run's own io: what it has said once (src/cli/openBook.ts) is its own, not an earlier run's with the same io.
  const io: CliIo = { ...given };
  const lang = argLang(argv);
  const leading = leadingLang(argv);
  const [name, ...rest] = argv.slice(leading.length);
  if (name === undefined) {
    io.stderr(cliHelp('main', lang));
    return EXIT.usage;
  }
  const asked = name === 'help' ? 'help' : helpOrVersion(name);
  const help = asked === 'help';
  if (asked !== null) {
    // `help check` is check's help; any other argument (but --lang, every command's) is one the line did not mean.
    const [topic, extra] = withoutLang(rest);
    const command = help && topic !== undefined && isCommand(topic) ? topic : undefined;
    const unexpected = command === undefined ? topic : extra;
    if (unexpected !== undefined) {
      io.stderr(`${cliText('unexpectedArgument', lang, { name: unexpected, option: name })}\n`);
      return EXIT.usage;
    }
    io.stdout(help ? cliHelp(command ?? 'main', lang) : `${version}\n`);
    return EXIT.ok;
  }
  if (!isCommand(name)) {
    io.stderr(`${cliText('unknownCommand', lang, { name })}\n`);
    return EXIT.usage;
  }
  try {
    // Loaded only now: --version and --help start without the domain and the xlsx packages (cli.startup_ratio).
    const { COMMANDS, spacedNames, spacedNameLine } = await import('./commands');
    // Help asked for is given whatever else the line holds; every name with spaces is told in one run.
    const spaced = rest.some((a) => helpOrVersion(a) === 'help') ? [] : spacedNames(io, rest);
    for (const run of spaced) io.stderr(`${spacedNameLine(run, lang)}\n`);
    if (spaced.length > 0) return EXIT.usage;
    return await COMMANDS[name]([...rest, ...leading], io);
  } catch (e) {
    // A bug: one line, never a half-written file (writes are whole or nothing; file system failures are
    // explained by the commands themselves, in the user's language).
    io.stderr(`${cliText('unexpected', lang, { reason: e instanceof Error ? e.message : String(e) })}\n`);
    return EXIT.usage;
  }
}

/**
 * `--lang X` given before the command (`tiltaksplan --lang nn check …`) applies to the whole run: taken off
 * the front here and handed to the command after its own arguments. Typed with a long dash (`–lang nn`), it is
 * handed on too, for the command to refuse naming --lang, rather than taken for a command.
 */
function leadingLang(argv: readonly string[]): readonly string[] {
  const option = hyphenated(argv[0] ?? '');
  if (option === '--lang') return argv.slice(0, 2);
  return option.startsWith('--lang=') ? argv.slice(0, 1) : [];
}

/** The arguments without `--lang X` and `--lang=X` (also typed with a long dash). */
function withoutLang(args: readonly string[]): readonly string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const option = hyphenated(arg);
    if (option === '--lang') i++;
    else if (!option.startsWith('--lang=')) kept.push(arg);
  }
  return kept;
}

/**
 * Writes to a standard stream until its reader goes away: after `| head` has read enough, the rest is
 * dropped (EPIPE) instead of crashing with a stack trace, so the command finishes what it was doing.
 */
function streamWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** The real process's I/O. */
export function processIo(): CliIo {
  return {
    stdout: streamWriter(process.stdout),
    stderr: streamWriter(process.stderr),
    isTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    currentYear: new Date().getFullYear(),
  };
}

/** Run `main` for the real process and set its exit status. */
export function runProcess(argv: readonly string[]): void {
  void main(argv, processIo()).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runProcess(process.argv.slice(2));

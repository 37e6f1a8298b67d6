/**
 * The command line's entry: `tiltaksplan <command> …` dispatched to src/cli/commands/<command>.ts.
 * Exit statuses (SPEC §12): 0 no errors, 1 errors found, 2 bad usage or unreadable input.
 * Run from the sources (`npm run cli -- …`, tsx) or compiled (`npm run build:cli`, scripts/build-cli.mjs),
 * which is what the installed `tiltaksplan` command runs.
 */
import { version } from '../../package.json';
import { cliText } from '../i18n/cli';
import { cliHelp } from '../i18n/cliHelp';
import { COMMAND_NAMES, EXIT, type CliIo, type CommandName } from './io';

const isCommand = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);

/** Run the CLI on the arguments after the program name; returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(cliHelp('main'));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(cliHelp('main'));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  if (!isCommand(name)) {
    io.stderr(`${cliText('unknownCommand', 'nb', { name })}\n`);
    return EXIT.usage;
  }
  try {
    // Loaded only now: --version and --help start without the domain and the xlsx packages (cli.startup_ratio).
    const { COMMANDS } = await import('./commands');
    return await COMMANDS[name](rest, io);
  } catch (e) {
    // A bug, or a file system failure while writing: one line, never a half-written file (writes are atomic).
    io.stderr(`${cliText('unexpected', 'nb', { reason: e instanceof Error ? e.message : String(e) })}\n`);
    return EXIT.usage;
  }
}

/** The real process's I/O. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
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

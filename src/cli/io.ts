/** What a CLI command may touch of the outside world, passed in so that tests can capture it. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars only then). */
  readonly isTTY: boolean;
  /** Current directory for relative paths. */
  readonly cwd: string;
  /** The calendar year today (the domain has no clock). */
  readonly currentYear: number;
  /** Today as yyyy-mm-dd (stamps the archive of a roll); the local date when not given. */
  readonly today?: string;
}

/** Today's local date as yyyy-mm-dd, or what `io` was given. */
export function todayOf(io: CliIo): string {
  if (io.today !== undefined) return io.today;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Exit statuses of SPEC §12. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A command: parses its own arguments, returns the exit status; never calls process.exit itself. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** The commands of `tiltaksplan <command>`; src/cli/commands/index.ts maps each to its code. */
export const COMMAND_NAMES = ['new', 'check', 'import', 'roll', 'compare'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * A one-line progress bar on stderr, for `check` over several files. Only on a terminal: piped output and
 * logs must stay clean, so on anything else every call is a no-op.
 */
import type { CliIo } from './io';

export interface Progress {
  /** Show that `done` of the files are finished and `label` is next. */
  update(done: number, label: string): void;
  /** Erase the bar. */
  finish(): void;
  /** `io` whose stderr erases the bar before each line, so that a line never runs on from it (the next update redraws it). */
  readonly io: CliIo;
}

const WIDTH = 24;

/** The bar text for `done` of `total`: "[#######·····] 3/7 plan.xlsx". */
export function progressLine(done: number, total: number, label: string): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  return `[${'#'.repeat(filled)}${'·'.repeat(WIDTH - filled)}] ${done}/${total} ${label}`;
}

export function startProgress(io: CliIo, total: number): Progress {
  if (!io.isTTY || total < 2) return { update: () => undefined, finish: () => undefined, io };
  let width = 0;
  const erase = (): void => {
    if (width > 0) io.stderr(`\r${' '.repeat(width)}\r`);
    width = 0;
  };
  return {
    update(done, label) {
      const line = progressLine(done, total, label);
      io.stderr(`\r${line}${' '.repeat(Math.max(0, width - line.length))}`);
      width = line.length;
    },
    finish: erase,
    io: {
      ...io,
      stderr: (text) => {
        erase();
        io.stderr(text);
      },
    },
  };
}

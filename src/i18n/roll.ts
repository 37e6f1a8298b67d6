/**
 * What a roll forward tells its user besides "done" (SPEC §11): the Engangs measures that left the tables, the
 * measures whose financing followed their period sum, and what the new workbook does not carry. One wording
 * for the command line and the task pane, so a roll says the same wherever it runs.
 */
import type { Lang, NotCarried } from '../domain';
import { cliText } from './cli';

export interface RollNotes {
  readonly archiveSheet: string;
  readonly finished: readonly string[];
  readonly rescaled: readonly string[];
  readonly notCarried: readonly NotCarried[];
}

/** One line per measure that left or was rescaled and per thing not carried, in `lang`. */
export function rollNoteLines(notes: RollNotes, lang: Lang): string[] {
  const what = (x: NotCarried): string =>
    x.kind === 'sheet'
      ? cliText('whatSheet', lang, x)
      : x.kind === 'cells'
        ? cliText('whatCells', lang, x)
        : cliText('whatColumn', lang, x);
  return [
    ...notes.finished.map((id) => cliText('rollFinished', lang, { id, sheet: notes.archiveSheet })),
    ...notes.rescaled.map((id) => cliText('rollRescaled', lang, { id })),
    ...notes.notCarried.map((x) => cliText('notCarried', lang, { what: what(x) })),
  ];
}

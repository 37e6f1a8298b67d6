/**
 * The strings the command line shares with the reports and the pane (report headings, labels, roll notes, why a
 * file cannot be read), bokmål / nynorsk / English, in cli.nb.ts, cli.nn.ts and cli.en.ts. The command line's own
 * messages are in cliUsage.* (cliCommand.ts joins both). Finding and reconciliation texts have their catalogues.
 */
import { CLI_EN } from './cli.en';
import { CLI_NB, type CliKey } from './cli.nb';
import { CLI_NN } from './cli.nn';
import { FILE_TEXTS } from './cliLimits';
import { makeTranslator, type Catalog } from './translate';

export type { CliKey };

type Key = CliKey | keyof typeof FILE_TEXTS.nb;

export const CLI_CATALOG: Catalog<Key> = {
  nb: { ...CLI_NB, ...FILE_TEXTS.nb },
  nn: { ...CLI_NN, ...FILE_TEXTS.nn },
  en: { ...CLI_EN, ...FILE_TEXTS.en },
};

/** A CLI string in one language, with `{name}` placeholders filled. */
export const cliText = makeTranslator(CLI_CATALOG);

/**
 * The command line's translator: the strings it shares with the reports and the pane (cli.ts) and its own
 * messages (cliUsage.*: usage errors, what a command wrote or refused), which the pane's bundle does not carry.
 */
import { CLI_CATALOG, type CliKey } from './cli';
import { FILE_TEXTS } from './cliLimits';
import { USAGE_EN } from './cliUsage.en';
import { USAGE_NB, type UsageKey } from './cliUsage.nb';
import { USAGE_NN } from './cliUsage.nn';
import { makeTranslator, type Catalog } from './translate';

/** Every key the command line may say. */
export type CommandKey = CliKey | keyof typeof FILE_TEXTS.nb | UsageKey;

const COMMAND_CATALOG: Catalog<CommandKey> = {
  nb: { ...CLI_CATALOG.nb, ...USAGE_NB },
  nn: { ...CLI_CATALOG.nn, ...USAGE_NN },
  en: { ...CLI_CATALOG.en, ...USAGE_EN },
};

/** A command line string in one language, with `{name}` placeholders filled. */
export const cliText = makeTranslator(COMMAND_CATALOG);

/**
 * The command line's own strings (usage errors, report headings, labels), bokmål / nynorsk / English, in
 * cli.nb.ts, cli.nn.ts and cli.en.ts. Finding and reconciliation texts come from the shared catalogues.
 */
import { CLI_EN } from './cli.en';
import { CLI_NB, type CliKey } from './cli.nb';
import { CLI_NN } from './cli.nn';
import { makeTranslator, type Catalog } from './translate';

export type { CliKey };

export const CLI_CATALOG: Catalog<CliKey> = { nb: CLI_NB, nn: CLI_NN, en: CLI_EN };

/** A CLI string in one language, with `{name}` placeholders filled. */
export const cliText = makeTranslator(CLI_CATALOG);

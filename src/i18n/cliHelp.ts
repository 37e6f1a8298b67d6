/** `--help` texts of the command line, bokmål / nynorsk / English (cliHelp.nb.ts, .nn.ts, .en.ts). */
import type { Lang } from '../domain';
import { HELP_EN } from './cliHelp.en';
import { HELP_NB, type HelpKey } from './cliHelp.nb';
import { HELP_NN } from './cliHelp.nn';
import type { Catalog } from './translate';

export type { HelpKey };

export const HELP_CATALOG: Catalog<HelpKey> = { nb: HELP_NB, nn: HELP_NN, en: HELP_EN };

/** The help text of the program (`main`) or of one command, in `lang`. */
export function cliHelp(key: HelpKey, lang: Lang = 'nb'): string {
  return HELP_CATALOG[lang][key];
}

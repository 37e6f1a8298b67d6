/**
 * The command line's translator: the strings it shares with the reports and the pane (cli.ts) and its own
 * messages (cliUsage.*: usage errors, what a command wrote or refused), which the pane's bundle does not carry.
 */
import { CLI_CATALOG, type CliKey } from './cli';
import { FILE_TEXTS } from './cliLimits';
import { listText } from './listText';
import { USAGE_EN } from './cliUsage.en';
import { USAGE_NB, type UsageKey } from './cliUsage.nb';
import { USAGE_NN } from './cliUsage.nn';
import { makeTranslator, type Catalog } from './translate';
import type { Lang } from '../domain';

/** Every key the command line may say. */
export type CommandKey = CliKey | keyof typeof FILE_TEXTS.nb | UsageKey;

const COMMAND_CATALOG: Catalog<CommandKey> = {
  nb: { ...CLI_CATALOG.nb, ...USAGE_NB },
  nn: { ...CLI_CATALOG.nn, ...USAGE_NN },
  en: { ...CLI_CATALOG.en, ...USAGE_EN },
};

/** A command line string in one language, with `{name}` placeholders filled. */
export const cliText = makeTranslator(COMMAND_CATALOG);

type AfterExtra<K> = K extends `extra.${infer Kind}` ? Kind : never;

/** The kinds of what a roll drops on a sheet, as the catalogue names them (extra.notes, extra.columnFormats, …). */
export type ExtraKind = AfterExtra<UsageKey>;

/**
 * The «Ikke tatt med» line for what a roll dropped on one sheet: whole columns as a list in the sentence («hele
 * kolonnene H og K»), singular for one («årskolonnen H»), the ranges of a drop-down and a table's name as given.
 */
export function droppedExtraLine(
  d: { readonly sheet: string; readonly extra: ExtraKind; readonly where?: readonly string[] },
  lang: Lang,
): string {
  const where = d.where ?? [];
  const one = where.length === 1 && !(where[0] ?? '').includes(':');
  const params: Record<string, string | number> =
    d.extra === 'columnFormats'
      ? { sheet: d.sheet, where: listText(where, lang), count: one ? 1 : where.length + 1 }
      : d.extra === 'columnGroups' || d.extra === 'hiddenColumns'
        ? { sheet: d.sheet, where: listText(where, lang), count: where.length }
        : { sheet: d.sheet, where: where.join(', ') };
  return cliText('notCarried', lang, { what: cliText(`extra.${d.extra}`, lang, params) });
}

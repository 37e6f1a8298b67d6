/**
 * Every command by name. main.ts loads this module only when a command runs, so `--version` and `--help`
 * start without the domain and the xlsx packages; the build (scripts/build-cli.mjs) compiles it into a file
 * of its own beside the entry for the same reason.
 */
import type { Command, CommandName } from '../io';
import { run as check } from './check';
import { run as compare } from './compare';
import { run as importLegacy } from './import';
import { run as create } from './new';
import { run as roll } from './roll';

// Asked by main.ts before a command runs, and loaded with the commands (the domain's list words and all).
export { spacedNames, spacedNameLine } from '../spacedName';

export const COMMANDS: Readonly<Record<CommandName, Command>> = {
  new: create,
  check,
  import: importLegacy,
  roll,
  compare,
};

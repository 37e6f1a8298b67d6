/**
 * The two sides `tiltaksplan compare` compares, read from the workbooks named: the current plan of each, or a saved
 * version sheet for the older. A side that cannot be compared (no measure table, settings not found, a table or
 * column the other side has) is said on stderr, naming the file, and the comparison refused.
 */
import path from 'node:path';
import {
  findVersions,
  hasMeasureTable,
  newestVersionDate,
  hasSheetNamed,
  notFoundAgainst,
  planVersion,
  readPlan,
  readVersion,
  rollMissingSettings,
  savedVersion,
  type ComparedVersion,
  type Lang,
  type WorkbookSnapshot,
} from '../../domain';
import { compareCliText } from '../../i18n/compareCli';
import { renderFinding } from '../../i18n/findings';
import { CLI_FINDINGS } from '../../i18n/findingsCli';
import { sameFile } from '../paths';
import type { CliIo } from '../io';
import { openAndRead } from '../readBook';

type Side = ComparedVersion;

/** What reading the sides needs of compare's options. */
export interface SidesOptions {
  readonly files: readonly string[];
  readonly versionSheet: string | undefined;
  readonly lang: Lang;
}

/**
 * The workbook's own plan, or null (after saying why) when it has no measure table or its settings were not read:
 * from the defaults (next year, 4 years, «1000 kr») a plan in «mill kr» would be compared 1000 times too small and
 * over a made-up period — as roll and Lagre versjon refuse it (SPEC §11), compare takes it for unreadable input.
 */
function currentPlan(io: CliIo, snapshot: WorkbookSnapshot, file: string, lang: Lang): Side | null {
  const read = readPlan(snapshot, { defaultStartYear: io.currentYear + 1 });
  const { plan, findings } = read;
  if (!hasMeasureTable(plan)) {
    // Finance's economy plan (new --economy-plan) is said as such, with the command that takes it.
    const key = plan.layouts.economyPlan === null ? 'cliNoPlan' : 'cliEconomyPlan';
    io.stderr(`${compareCliText(key, lang, { file })}\n`);
    return null;
  }
  const settings = rollMissingSettings(findings);
  if (settings.length > 0) {
    io.stderr(`${compareCliText('cliNoSettings', lang, { file })}\n`);
    for (const f of settings)
      io.stderr(`  ${f.sheet}!${f.cell}: ${renderFinding(f, lang, plan.settings.unit, CLI_FINDINGS)}\n`);
    return null;
  }
  // A workbook is at least as new as the newest version it holds (compare/order.ts).
  return { ...planVersion(read, file, path.basename(file)), date: newestVersionDate(findVersions(snapshot)) };
}

/** A saved version of the workbook, or null (after naming the versions there are) when the sheet is none. */
function versionPlan(io: CliIo, snapshot: WorkbookSnapshot, file: string, sheet: string, lang: Lang): Side | null {
  const version = readVersion(snapshot, sheet);
  if (version) return savedVersion(version, file);
  const sheets = findVersions(snapshot).map((v) => `«${v.sheet}»`);
  const versions =
    sheets.length > 0
      ? compareCliText('cliVersions', lang, { sheets: sheets.join(', ') })
      : compareCliText('cliNoVersions', lang);
  const key = hasSheetNamed(snapshot, sheet) ? 'cliNoVersion' : 'cliNoSheet';
  io.stderr(`${compareCliText(key, lang, { file, sheet, versions })}\n`);
  return null;
}

/** The two sides of a comparison; `self` when both are one file's own plan (below). */
export interface Sides {
  readonly older: Side;
  readonly newer: Side;
  readonly self: boolean;
}

/**
 * Both sides read, or null after saying why one cannot be compared. One file named twice (or through a link) is
 * opened and read once, so what is said about it (open in Excel, read as last saved) is said once; without
 * --version-sheet it is compared with itself, which `self` says.
 */
export async function readSides(io: CliIo, o: SidesOptions): Promise<Sides | null> {
  const [oldFile = '', newFile = oldFile] = o.files;
  const one = o.files.length === 2 && sameFile(io, oldFile, newFile);
  const snapshots: WorkbookSnapshot[] = [];
  for (const file of one ? [oldFile] : o.files) {
    const opened = await openAndRead(io, file, undefined, o.lang);
    if (!opened) return null;
    snapshots.push(opened.snapshot);
  }
  const [oldBook, newBook = oldBook] = snapshots as [WorkbookSnapshot, WorkbookSnapshot?];
  const older =
    o.versionSheet === undefined
      ? currentPlan(io, oldBook, oldFile, o.lang)
      : versionPlan(io, oldBook, oldFile, o.versionSheet, o.lang);
  const newer = currentPlan(io, newBook, newFile, o.lang);
  if (!older || !newer) return null;
  const missing = [tableRefusal(io, older, newer, o.lang), tableRefusal(io, newer, older, o.lang)];
  if (missing.includes(true)) return null;
  return { older, newer, self: one && o.versionSheet === undefined };
}

/**
 * The line for a file compared with itself: nothing can have changed, and that is surely not what she meant; named as
 * she typed it, both names when one reached it through a link.
 */
export function selfComparisonLine(sides: Sides, lang: Lang): string {
  const { older, newer } = sides;
  return older.file === newer.file
    ? compareCliText('cliSameFile', lang, { file: older.file })
    : compareCliText('cliSameFileLinked', lang, { file: older.file, other: newer.file });
}

/** How the report names a side: the file, a saved version by its label and file. */
export const sideName = (side: Side): string => (side.isVersion ? `«${side.label}» (${side.file})` : side.file);

/**
 * Whether `side` lacks a table or a compared column that `other` holds (domain: compare/notFound.ts), after saying so
 * with the findings as check words them: compared, its measures would all read as removed or added, or a column's
 * values as emptied.
 */
function tableRefusal(io: CliIo, side: Side, other: Side, lang: Lang): boolean {
  const missing = notFoundAgainst(side.findings, side.plan, other.plan);
  if (missing.length === 0) return false;
  const names = { file: sideName(side), other: sideName(other) };
  io.stderr(`${compareCliText('cliTableNotFound', lang, names)}\n`);
  for (const f of missing)
    io.stderr(`  ${f.sheet}!${f.cell}: ${renderFinding(f, lang, side.plan.settings.unit, CLI_FINDINGS)}\n`);
  return true;
}

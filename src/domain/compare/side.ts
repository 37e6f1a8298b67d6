/**
 * One version as the command line and the pane's Endringer compare it (SPEC §14): its plan, the file and the name
 * the report gives it, and what they warn of before comparing — its amount cells that hold no amount (counted as 0,
 * so a change there is no real change) and the reader's findings that put its period in doubt. A saved version (a
 * sheet of the workbook: no check reads its cells) says so; its period is its header's, never in doubt.
 */
import type { Finding } from '../model/finding';
import type { Plan, ReadResult } from '../model/plan';
import type { VersionInfo } from '../model/version';
import { periodDoubts } from '../read/periodDoubts';
import { newestVersionDate } from './order';

export interface ComparedVersion {
  readonly plan: Plan;
  readonly file: string;
  readonly label: string;
  /** Amount cells that hold no amount ("Tiltak drift!I2": #REF!, text, a formula without its result). */
  readonly invalid: readonly string[];
  /** Why the plan period may not be the workbook's (year headers not the period, a setting that does not read). */
  readonly period: readonly Finding[];
  /** A saved version (its cells are not the workbook's tables: no check reads them). */
  readonly isVersion?: boolean;
  /** The reader's findings: a "?" typed in an amount cell is no figure, and keeps a one-off from counting as finished. */
  readonly findings: readonly Finding[];
  /**
   * A saved version's date, or the newest date of the versions a workbook holds (ISO): what tells a version given in
   * the wrong order (order.ts). Absent or null: not known.
   */
  readonly date?: string | null;
}

/** "Sheet!A1" of every amount cell that holds no amount (#REF!, text, a formula without its result). */
export const invalidAmountCells = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => f.code === 'amount-invalid').map((f) => `${f.sheet}!${f.cell}`);

/** A workbook's plan as read, named `label`. */
export function planVersion({ plan, findings }: ReadResult, file: string, label: string): ComparedVersion {
  return { plan, file, label, invalid: invalidAmountCells(findings), period: periodDoubts(findings), findings };
}

/** A saved version read from a sheet of `file` (read/version.ts), named by its label, else its sheet. */
export function savedVersion(version: ReadResult & { readonly info: VersionInfo }, file: string): ComparedVersion {
  const { plan, findings, info } = version;
  const label = info.label || info.sheet;
  const date = newestVersionDate([info]);
  return { plan, file, label, invalid: invalidAmountCells(findings), period: [], isVersion: true, findings, date };
}

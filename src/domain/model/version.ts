/**
 * The layout of a saved version (SPEC §14): a sheet of plain values that the product writes once and never
 * edits. A small header — a settings-like table (Innstilling, Verdi) with the version's label and date, the
 * plan period and the unit — then the measure tables and the economy plan, each under a title row naming its
 * sheet. Both the writer (sheets/version.ts, rollover) and the reader (read/version.ts) follow this file.
 */
import type { Unit } from './money';

/** Sheets made by *Lagre versjon* are named "Versjon 1", "Versjon 2" … */
export const VERSION_SHEET_PREFIX = 'Versjon';

/** The rows of the version header besides the plan settings: how a version is told from any other sheet. */
export const VERSION_ROWS = { label: 'Versjon', date: 'Dato' } as const;

/** Title of the version header (A1). */
export const VERSION_TITLE = 'Lagret versjon av tiltaksplanen – verdier, endres ikke';

/** What the caller gives a version: the user's label and today's date (the domain has no clock). */
export interface VersionStamp {
  /** Typed by the user, e.g. "Vedtatt K-sak 45/2027". */
  readonly label: string;
  /** ISO date, yyyy-mm-dd. */
  readonly date: string;
}

/** A version sheet found in a workbook, by its header. */
export interface VersionInfo extends VersionStamp {
  readonly sheet: string;
  readonly startYear: number;
  readonly yearCount: number;
  readonly unit: Unit;
}

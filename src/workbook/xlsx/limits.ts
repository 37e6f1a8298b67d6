/**
 * What the file adapter refuses to unpack, before it unpacks it: a zip bomb is told apart from a big
 * workbook by the size a part declares and by how far it inflates, and refused as "too large" instead of
 * running the process out of memory.
 */

/** No part of a workbook may inflate past this (a 10 000-measure plan's largest sheet is about 16 MB). */
export const MAX_PART_BYTES = 200 * 1024 * 1024;

/** Nor inflate to more than this many times its compressed size … */
export const MAX_RATIO = 200;

/**
 * … once it is past this size: a part of repeated text (a long text pasted into a cell, a sheet of empty
 * rows) may compress past 1:200 without harm, and up to this size cannot hurt.
 */
export const RATIO_FLOOR_BYTES = 10 * 1024 * 1024;

/** Why a part is refused before or while it is inflated, or null when it may be. */
export function partTooLarge(uncompressed: number, compressed: number): string | null {
  if (uncompressed > MAX_PART_BYTES) return `inflates to ${uncompressed} bytes (more than ${MAX_PART_BYTES})`;
  if (uncompressed > RATIO_FLOOR_BYTES && uncompressed > compressed * MAX_RATIO)
    return `inflates ${Math.round(uncompressed / Math.max(1, compressed))} times its size (more than ${MAX_RATIO})`;
  return null;
}

/**
 * Cells with a value or a formula one read takes at most: a 10 000-measure plan has about 400 000. Past
 * this the workbook is refused with a message rather than read into more memory than a laptop has.
 */
export const MAX_CELLS = 1_000_000;

/**
 * The size of what a batch sends and gets back. Excel on the web refuses a request or a response above 5 MB
 * (SPEC §13), so every operation plans its work in blocks whose estimated JSON stays under PAYLOAD_BUDGET:
 * a margin below the cap for Office's own envelope around the data and for estimates of cells not yet read.
 */

/** Excel on the web's cap on a request or a response, in bytes (SPEC §13). */
export const HOST_PAYLOAD_LIMIT = 5_000_000;

/** Bytes of JSON a block may carry, as estimated here. */
export const PAYLOAD_BUDGET = 3_000_000;

/**
 * Estimated bytes per cell of a block still to be read, by field. Measured on generated plans: about 11 bytes
 * per value and 15 per formula; the estimate is about twice that. A response that is larger all the same
 * fails with a payload error, and the block is read again in halves (readBlocks.ts).
 */
export const BYTES_PER_CELL = { values: 24, formulas: 40, numberFormat: 16 } as const;

/**
 * Estimated bytes per cell of Avstemming's Forklaring, a sentence or more per row: about 85 bytes of JSON per cell
 * on generated plans (1 000 measures: median 84, longest 95), so 200. Estimated as any value, the column read back
 * at 10 000 measures (41 520 rows) made a response of 4.1 MB where the budget meant 3.
 */
export const BYTES_PER_TEXT_CELL = 200;

/**
 * Estimated bytes per cell of a saved version's ID column (versionIds.ts): an ID («D-001») or a short label, about
 * 10 bytes of JSON with its brackets; the estimate half as much again, not the 24 of any value.
 */
export const BYTES_PER_ID_CELL = 16;

/**
 * Rows under a table's header row loaded with it in the second sync (read.ts), whose values tell what a row of the
 * table weighs: a few kB at most, whatever the table's size.
 */
export const SAMPLE_ROWS = 20;

/**
 * The estimate per value of a table's cells from a sample of its rows: the JSON of its heaviest row over its cells,
 * when that is more than any value's estimate (BYTES_PER_CELL). Why a sample, not the column kinds: a Tiltak or a
 * Kommentar holds a word or a page, which no fixed figure per text column gets right, and one that assumed a page
 * would cost every plan of short texts syncs; the rows themselves tell, in a sync the read takes anyway (review r38:
 * a Tiltak of 119 and a Kommentar of 442 characters made some 834 bytes a row of 21 cells, a 4.17 MB response where
 * 24 a cell was estimated). The heaviest row, not the mean, so that rows longer than most still fit the budget; a
 * response over the host's cap all the same is read again in smaller blocks (readBlocks.ts).
 */
export function sampledBytesPerCell(rows: readonly (readonly unknown[])[]): number | undefined {
  let most = 0;
  for (const row of rows) if (row.length > 0) most = Math.max(most, Math.ceil(jsonBytes(row) / row.length));
  return most > BYTES_PER_CELL.values ? most : undefined;
}

/** Office's error codes for a request or a response over the host's cap (and a range over its cell limit). */
const PAYLOAD_CODES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RangeExceedsLimit',
]);

/** Whether an Office error code means "too large": then the same work in smaller blocks can succeed. */
export function isPayloadCode(code: string | null): boolean {
  return code !== null && PAYLOAD_CODES.has(code);
}

/** UTF-8 bytes of a value as JSON: what Office.js puts on the wire for it (letters like ø take two bytes). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}

/**
 * Measure IDs (SPEC §4): the table's prefix and a number of at least three digits (D-001, I-012), handed out
 * from the highest number in use so that an ID is never given twice.
 */

/** The number of `id` when it is `prefix` followed by digits ("D-007" → 7, any case), else 0. */
export function idNumber(id: string, prefix: string): number {
  const text = id.trim();
  if (text.length <= prefix.length || text.slice(0, prefix.length).toUpperCase() !== prefix.toUpperCase()) return 0;
  const digits = text.slice(prefix.length);
  return /^\d+$/.test(digits) ? Number(digits) : 0;
}

/** `prefix` and `n` as an ID: D-001, D-1000. */
export const formatMeasureId = (prefix: string, n: number): string => `${prefix}${String(n).padStart(3, '0')}`;

/** The highest number in use after `prefix` among `ids` (0 when none). */
export function highestIdNumber(ids: Iterable<string>, prefix: string): number {
  let highest = 0;
  for (const id of ids) highest = Math.max(highest, idNumber(id, prefix));
  return highest;
}

/**
 * Free IDs one after another for each prefix: the highest number in use + 1, then + 2 …, so that two rows
 * that both lack an ID are offered two different free IDs.
 */
export function idSuggester(ids: readonly string[]): (prefix: string) => string {
  const next = new Map<string, number>();
  return (prefix) => {
    const n = next.get(prefix) ?? highestIdNumber(ids, prefix) + 1;
    next.set(prefix, n + 1);
    return formatMeasureId(prefix, n);
  };
}

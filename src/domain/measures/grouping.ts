/**
 * Grouping by text the way Excel's SUMIFS does (case and surrounding spaces ignored), shared by the totals and
 * the reconcilers: sections, frames, plan areas, line types and financing sources are groups of this kind.
 */

/** Grouping key: what Excel's SUMIFS would treat as the same text. */
export function groupKey(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * groupKey with a memory, for a column whose few texts repeat down thousands of rows (section, frame, area,
 * line type): a lookup of the text as typed instead of a lower-case copy and its hash per row.
 */
export function groupKeys(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      key = groupKey(text);
      known.set(text, key);
    }
    return key;
  };
}

/**
 * Groups items by a text key (or several: an item then joins each of its groups once) in first-seen order;
 * each group is shown with its first spelling.
 */
export function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => string | readonly string[],
): { label: string; items: T[] }[] {
  const groups = new Map<string, { label: string; items: T[] }>();
  const join = (item: T, label: string) => {
    const key = groupKey(label);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { label: label.trim(), items: [item] });
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const labels = keysOf(item);
    // One key per item is the common case: no list of keys, no set of the keys seen.
    if (typeof labels === 'string') join(item, labels);
    else if (labels.length === 1) join(item, labels[0] ?? '');
    else {
      const seen = new Set<string>();
      for (const label of labels) {
        const key = groupKey(label);
        if (seen.has(key)) continue;
        seen.add(key);
        join(item, label);
      }
    }
  }
  return [...groups.values()];
}

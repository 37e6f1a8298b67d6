/**
 * Where OFFSET counts from in one of the user's formulas (userRefs.ts, docs/spec.md §11): its first argument is no
 * cell the formula reads — `SUM(OFFSET('Tiltak drift'!H1,1,0,11,1))` sums H2:H12 — so the roll does not judge it as
 * a reference (it would say the formula «reads» H1's year), and lists the formula as not checked when it counts
 * from a rolled table's sheet or from a name. Its other arguments (rows, columns, height, width) are read as any
 * cell is.
 */
import { groupEnd, quotedEnd } from '../model/formulaScan';

/** The first argument of every OFFSET call of `formula` (text literals left out), and the formula without them. */
export function offsetAnchors(formula: string): { readonly anchors: string[]; readonly rest: string } {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const anchors: string[] = [];
  let rest = '';
  let from = 0;
  for (const m of text.matchAll(/(?<![\w.])OFFSET\s*\(/gi)) {
    const start = (m.index ?? 0) + m[0].length;
    if (start <= from) continue; // an OFFSET inside an anchor already taken
    const end = argumentEnd(text, start);
    anchors.push(text.slice(start, end));
    rest += `${text.slice(from, start)}${' '.repeat(end - start)}`;
    from = end;
  }
  return { anchors, rest: rest + text.slice(from) };
}

/** The end (exclusive) of the argument that starts at `at`: the first comma or closing bracket at its own depth. */
function argumentEnd(f: string, at: number): number {
  let depth = 0;
  for (let i = at; i < f.length; i++) {
    const ch = f[i];
    if (ch === "'" || ch === '"') i = quotedEnd(f, i) - 1;
    else if (ch === '[') i = groupEnd(f, i) - 1;
    else if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth-- === 0) return i;
    else if ((ch === ',' || ch === ';') && depth === 0) return i;
  }
  return f.length;
}

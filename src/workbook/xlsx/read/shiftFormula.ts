/**
 * Moving a formula by rows and columns, as Excel fills a shared formula: relative references move,
 * anchored ($) ones stay. String literals, quoted sheet names and structured references ([…]) are left
 * alone; a reference moved off the sheet becomes #REF!.
 */
import { columnLetter, columnNumber, MAX_COLUMN, MAX_ROW } from '../../../domain';

const REF =
  /(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(!])|(?<![\w.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(!])|(?<![\w.$:])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\d])/g;

function moveRow(anchor: string, row: string, by: number): string | null {
  if (anchor === '$' || by === 0) return `${anchor}${row}`;
  const r = Number(row) + by;
  return r < 1 || r > MAX_ROW ? null : String(r);
}

function moveCol(anchor: string, letters: string, by: number): string | null {
  if (anchor === '$' || by === 0) return `${anchor}${letters}`;
  const c = columnNumber(letters) + by;
  return c < 1 || c > MAX_COLUMN ? null : columnLetter(c);
}

function shiftPlain(text: string, rows: number, cols: number): string {
  return text.replace(REF, (whole, ...g: (string | undefined)[]) => {
    if (g[1] !== undefined) {
      if (columnNumber(g[1]) === 0) return whole;
      const c = moveCol(g[0] ?? '', g[1], cols);
      const r = moveRow(g[2] ?? '', g[3] ?? '', rows);
      return c === null || r === null ? '#REF!' : `${c}${r}`;
    }
    if (g[5] !== undefined) {
      const a = moveCol(g[4] ?? '', g[5], cols);
      const b = moveCol(g[6] ?? '', g[7] ?? '', cols);
      return a === null || b === null ? '#REF!' : `${a}:${b}`;
    }
    const a = moveRow(g[8] ?? '', g[9] ?? '', rows);
    const b = moveRow(g[10] ?? '', g[11] ?? '', rows);
    return a === null || b === null ? '#REF!' : `${a}:${b}`;
  });
}

/** The end of a quoted run ("…" or '…', doubled quotes inside) or bracket group starting at `at`. */
function skipQuoted(f: string, at: number): number {
  const ch = f[at];
  if (ch === '[') {
    let depth = 0;
    for (let i = at; i < f.length; i++) {
      if (f[i] === '[') depth++;
      else if (f[i] === ']' && --depth === 0) return i + 1;
    }
    return f.length;
  }
  for (let i = at + 1; i < f.length; i++) {
    if (f[i] !== ch) continue;
    if (f[i + 1] === ch) i++;
    else return i + 1;
  }
  return f.length;
}

/** `formula` (without "=") moved by `rows` and `cols`. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let plainStart = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch !== '"' && ch !== "'" && ch !== '[') continue;
    out += shiftPlain(formula.slice(plainStart, i), rows, cols);
    const end = skipQuoted(formula, i);
    out += formula.slice(i, end);
    plainStart = end;
    i = end - 1;
  }
  return out + shiftPlain(formula.slice(plainStart), rows, cols);
}

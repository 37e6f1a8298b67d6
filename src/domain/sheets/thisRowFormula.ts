/**
 * A formula of a user's calculated column that reads its own row only (`=tblTiltakDrift[[#This Row],[Sum periode]]/4`,
 * which she typed as `=[@[Sum periode]]/4`): the columns it reads, by name, and its value on a row of the table the
 * product writes. Such a formula means the same in any table that has those columns, so a roll can keep it as a
 * formula (sheets/userCalculated.ts). Anything that could read another cell — an A1 reference, a name, another
 * table, a whole column, a span of columns (`[2028]:[2031]`, whose columns between may differ), INDIRECT or OFFSET —
 * makes it no such formula; its spaces are kept as typed. The value is computed for plain arithmetic (numbers, + − *
 * / ^, parentheses) on number cells, as Excel computes it (sheets/excelArithmetic.ts); any other formula, a text in
 * a cell it reads, an error (a division by zero, 0^0) or a result Excel might round to 0 is left to Excel (undefined).
 */
import { groupEnd, quotedEnd } from '../model/formulaScan';
import { lastSum, toExcelDigits } from './excelArithmetic';

type Token =
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'ref'; readonly column: string }
  | { readonly kind: 'op'; readonly text: string }
  /** Something the product does not compute (a function, a text, TRUE): kept in the formula as it is. */
  | { readonly kind: 'other'; readonly text: string }
  /** Spaces (and line breaks) as she typed them: between two references a space is Excel's intersection. */
  | { readonly kind: 'space'; readonly text: string };

/** A formula of a calculated column read: its parts, in order. */
export interface ThisRowFormula {
  readonly tokens: readonly Token[];
  /** Each column it reads, once, as named (unescaped), in the order met. */
  readonly columns: readonly string[];
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*/u;
const OPS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ',', ';', '(', ')'];
/** Functions that build a reference from text or an offset: what they read cannot be told. */
const REFERENCE_BUILDERS = new Set(['indirect', 'offset']);
/** `[[#This Row],[Column]]` in the file's spelling (spaces allowed); the column name still escaped with "'". */
const THIS_ROW_ONE = /^\[\s*\[#This Row\]\s*,\s*\[((?:[^\]'[#]|'.)+)\]\s*\]$/i;

const unescapeColumn = (name: string): string => name.replace(/'(.)/g, '$1');

/** One token at `at` of `f` (a structured reference only to `table`), or null when it is none the rule allows. */
function tokenAt(f: string, at: number, table: string): { token: Token; end: number } | null {
  const rest = f.slice(at);
  const number = NUMBER.exec(rest);
  if (number)
    return { token: { kind: 'number', value: Number(number[0]), text: number[0] }, end: at + number[0].length };
  if (rest.startsWith('"')) {
    const end = quotedEnd(f, at);
    return { token: { kind: 'other', text: f.slice(at, end) }, end };
  }
  const op = OPS.find((o) => rest.startsWith(o));
  if (op !== undefined) return { token: { kind: 'op', text: op }, end: at + op.length };
  const name = NAME.exec(rest)?.[0];
  if (name === undefined) return null;
  const after = at + name.length;
  if (f[after] === '[') {
    const end = groupEnd(f, after);
    const column = THIS_ROW_ONE.exec(f.slice(after, end))?.[1];
    if (column === undefined || name.toLowerCase() !== table.toLowerCase()) return null;
    return { token: { kind: 'ref', column: unescapeColumn(column) }, end };
  }
  const call = /^\s*\(/.test(f.slice(after)) && !REFERENCE_BUILDERS.has(name.toLowerCase());
  if (call || /^(true|false)$/i.test(name)) return { token: { kind: 'other', text: name }, end: after };
  return null;
}

/**
 * `formula` (with its "=") read as a formula of `table` that reads its own row only, or null when it reads anything
 * else or cannot be read so.
 */
export function parseThisRowFormula(formula: string, table: string): ThisRowFormula | null {
  if (!formula.startsWith('=')) return null;
  const tokens: Token[] = [];
  for (let i = 1; i < formula.length;) {
    const space = /^\s+/.exec(formula.slice(i))?.[0];
    if (space !== undefined) {
      tokens.push({ kind: 'space', text: space });
      i += space.length;
      continue;
    }
    const next = tokenAt(formula, i, table);
    if (!next) return null;
    tokens.push(next.token);
    i = next.end;
  }
  const columns: string[] = [];
  for (const t of tokens)
    if (t.kind === 'ref' && !columns.some((c) => c.toLowerCase() === t.column.toLowerCase())) columns.push(t.column);
  return columns.length === 0 ? null : { tokens, columns };
}

/** A column name as a this-row reference spells it in a file: `'` before ' [ ] #. */
const escapeColumn = (name: string): string => name.replace(/['[\]#]/g, (c) => `'${c}`);

/**
 * The formula (with its "=") for a table named `table`, each reference naming `rename(column)` (a user's column the
 * rolled table names otherwise), in the file's spelling; what it holds beside its references as it was.
 */
export function thisRowFormulaText(f: ThisRowFormula, table: string, rename: (column: string) => string): string {
  const parts = f.tokens.map((t) => {
    if (t.kind === 'ref') return `${table}[[#This Row],[${escapeColumn(rename(t.column))}]]`;
    return t.text;
  });
  return `=${parts.join('')}`;
}

/** The value of a cell the formula reads: a number, an empty cell (0 in arithmetic) or anything else. */
export type ReadValue = string | number | boolean | null | undefined;

/** The operation the evaluation did last: Excel's rule for a near-zero result looks at it (sheets/excelArithmetic.ts). */
type Last = { readonly sum: readonly [number, number] } | { readonly sign: Last } | null;

/**
 * The value of `f` on a row whose cells `cell` gives by column name as Excel holds it: the full double (what another
 * formula reading the cell computes with), with Excel's 0 for a last + or − that cancels but for binary error;
 * undefined when the formula is more than arithmetic, a cell it reads holds no number, Excel gives an error (a
 * division by zero, 0^0, a number too large) or the product cannot tell what Excel makes of it: Excel computes it on
 * opening.
 */
export function thisRowValue(f: ThisRowFormula, cell: (column: string) => ReadValue): number | undefined {
  const t = f.tokens.filter((token) => token.kind !== 'space');
  let i = 0;
  let last: Last = null;
  const fail = (): never => {
    throw new RangeError('not computed');
  };
  const finite = (v: number): number => (Number.isFinite(v) ? v : fail());
  const opIs = (text: string): boolean => {
    const token = t[i];
    return token?.kind === 'op' && token.text === text;
  };
  const primary = (): number => {
    const token = t[i];
    i++;
    if (token?.kind === 'number') return token.value;
    if (token?.kind === 'ref') {
      const v = cell(token.column);
      if (v === null || v === undefined) return 0;
      return typeof v === 'number' ? v : fail();
    }
    if (token?.kind !== 'op' || token.text !== '(') return fail();
    const v = additive();
    if (!opIs(')')) return fail();
    i++;
    return v;
  };
  const unary = (): number => {
    const sign = opIs('-') ? -1 : opIs('+') ? 1 : 0;
    if (sign === 0) return primary();
    i++;
    const v = sign * unary();
    last = { sign: last };
    return v;
  };
  const power = (): number => {
    let v = unary();
    while (opIs('^')) {
      i++;
      const w = unary();
      // 0^0 is #NUM! in Excel, 0^-1 #DIV/0!, (-8)^0.5 #NUM!, 10^400 #NUM!.
      v = v === 0 && w === 0 ? fail() : finite(v ** w);
      last = null;
    }
    return v;
  };
  const term = (): number => {
    let v = power();
    while (opIs('*') || opIs('/')) {
      const times = opIs('*');
      i++;
      const w = power();
      v = finite(times ? v * w : w === 0 ? fail() : v / w);
      last = null;
    }
    return v;
  };
  function additive(): number {
    let v = term();
    while (opIs('+') || opIs('-')) {
      const plus = opIs('+');
      i++;
      const w = term();
      last = { sum: [v, plus ? w : -w] };
      v = finite(plus ? v + w : v - w);
    }
    return v;
  }
  try {
    const v = additive();
    return i === t.length ? asExcelEnds(v, last as Last) : undefined;
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/** The sum `last` is, or the one it puts a sign before, or null. */
const sumOf = (last: Last): readonly [number, number] | null =>
  last === null ? null : 'sum' in last ? last.sum : sumOf(last.sign);

/** `v`, the value of a formula whose last operation was `last`, as Excel returns it (undefined: cannot tell). */
function asExcelEnds(v: number, last: Last): number | undefined {
  const sum = sumOf(last);
  if (!sum) return v;
  const excel = lastSum(sum[0], sum[1]);
  if (last && 'sum' in last) return excel;
  // A sign before a sum that cancels: whether Excel's rule still makes it 0 is not told.
  return excel === sum[0] + sum[1] ? v : undefined;
}

/**
 * The value of `f` on a row as the product writes it in the cell (Excel's 15 digits), or undefined (thisRowValue).
 */
export function evaluateThisRow(f: ThisRowFormula, cell: (column: string) => ReadValue): number | undefined {
  const v = thisRowValue(f, cell);
  return v === undefined ? undefined : toExcelDigits(v);
}

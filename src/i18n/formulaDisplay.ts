/**
 * A formula named to the user as Excel shows it to her, not as the file stores it. Both readers give a this-row
 * reference in the file's spelling (`tblAvstemming[[#This Row],[Kode]]`, the whole row `tblAvstemming[#This Row]`:
 * src/workbook/thisRow.ts); she typed, and sees, `[@Kode]` (`[@]`): the table's name left out inside its own table,
 * "@" for "#This Row", and a column name in brackets of its own only when Excel needs them (`[@[Celle tiltak]]`).
 * Text in quotes stays as it is.
 */
import { groupEnd, quotedEnd, type FormulaValue } from '../domain';

/** The characters that make Excel bracket a column name after "@" (a space, punctuation, operators). */
const SPECIAL = /[\s,:.[\]#'"{}$^&*+=\-<>/!%()~`|\\;?@]/;

/** `[[#This Row],…]`, or `[#This Row]` for the whole row, in the file's spelling (case aside). */
const FILE_THIS_ROW = /^\[\s*(?:\[#This Row\]\s*(?:,\s*(.*))?|#This Row\s*)\]$/is;

/** The table's name just before a group: letters of any language, digits, "_", ".", "\". */
const NAME_BEFORE = /[\p{L}\p{N}_.\\]+$/u;

/** The "@" spelling of the columns after "#This Row," (`[Kode]`, `[A]:[B]`, or nothing for the whole row). */
function atGroup(columns: string | undefined): string {
  const rest = (columns ?? '').trim();
  if (rest === '') return '[@]';
  const one = /^\[([^[\]]*)\]$/.exec(rest)?.[1];
  return one !== undefined && one !== '' && !SPECIAL.test(one) ? `[@${one}]` : `[@${rest}]`;
}

/** `formula` with each this-row reference as Excel shows it; `table`: the table the cell is in, if known. */
export function displayThisRow(formula: string, table: string | null): string {
  if (!formula.includes('[')) return formula;
  let out = '';
  for (let i = 0; i < formula.length;) {
    const ch = formula[i] ?? '';
    if (ch !== '"' && ch !== '[') {
      out += ch;
      i++;
      continue;
    }
    const end = ch === '[' ? groupEnd(formula, i) : quotedEnd(formula, i);
    const group = formula.slice(i, end);
    const thisRow = ch === '[' ? FILE_THIS_ROW.exec(group) : null;
    if (thisRow) {
      const name = NAME_BEFORE.exec(out)?.[0];
      if (name !== undefined && table !== null && name.toLowerCase() === table.toLowerCase())
        out = out.slice(0, -name.length);
      out += atGroup(thisRow[1]);
    } else out += group;
    i = end;
  }
  return out;
}

/** A carried formula as she sees it in Excel (displayThisRow in the table its cell is in). */
export const shownFormula = (f: FormulaValue): string => displayThisRow(f.formula, f.table ?? null);

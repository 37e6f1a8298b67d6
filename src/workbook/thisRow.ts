/**
 * A table's "this row" reference as the file spells it. Office.js reads a formula as Excel shows it, where a
 * this-row reference is written with "@": `tblTiltakDrift[@[2027]:[2030]]`, `[@[2027]:[2030]]` (the table's name
 * left out inside its own table), `[@2027]` (one column of a simple name), `tblTiltakDrift[@]` (the whole row).
 * A file saved by Excel stores the same reference as `tblTiltakDrift[[#This Row],[2027]:[2030]]`, always with the
 * table's name, and that is the one spelling the domain knows (sheets/rowSum.ts, measureEdits/periodSumCell.ts).
 * Both adapters use it: the Excel read gives every such reference in the file's spelling (excel/thisRow.ts), and
 * the file path stores a formula the product writes so (xlsx/structuredRefs.ts), naming the table the cell is in
 * when the name was left out; everything else of the formula stays as given, text in quotes included.
 */
import { mapFormulaGroups } from '../domain';

const AT = /^\[\s*@/;
const NAMELESS_THIS_ROW = /^\[\s*\[#This Row\]/i;
/** The last character of a table's name (letters of any language, digits, "_", ".", "\"). */
const NAME_END = /[\p{L}\p{N}_.\\]$/u;

/** `group` (a whole "[…]") in the file's spelling when it is an "@" reference; as it is otherwise. */
function fileGroup(group: string): string {
  if (!AT.test(group)) return group;
  const rest = group.slice(1, -1).replace(/^\s*@/, '').trim();
  if (rest === '') return '[#This Row]';
  return rest.startsWith('[') ? `[[#This Row],${rest}]` : `[[#This Row],[${rest}]]`;
}

/**
 * `formula` (with its "=") with each this-row reference in the file's spelling; `table` is the name of the table
 * the cell is in (null outside any), given to a reference that has none.
 */
export function fileThisRow(formula: string, table: string | null): string {
  if (!formula.includes('[')) return formula;
  return mapFormulaGroups(formula, (group, bracket, before) => {
    if (!bracket) return group;
    const thisRow = AT.test(group) || NAMELESS_THIS_ROW.test(group);
    return (thisRow && !NAME_END.test(before) && table !== null ? table : '') + fileGroup(group);
  });
}

/** `--help` texts of the command line in English. */
import type { HelpKey } from './cliHelp.nb';

export const HELP_EN: Record<HelpKey, string> = {
  main: `tiltaksplan – the measures table of a municipal thematic plan, checked against the economy plan

Usage:
  tiltaksplan new FILE.xlsx [--start YEAR] [--years N] [--unit "1000 kr"] [--example]
  tiltaksplan new EP.xlsx --economy-plan [--start YEAR] [--years N] [--unit "1000 kr"] [--example]
  tiltaksplan check FILE.xlsx... [--format text|json|html] [--out PATH] [--write] [--in-place]
  tiltaksplan check PLAN.xlsx... --economy-plan EP.xlsx [--format …] [--out PATH] [--write] [--in-place]
  tiltaksplan import LEGACY.xlsx --out FILE.xlsx [--start YEAR] [--unit UNIT]
  tiltaksplan roll FILE.xlsx --out FILE.xlsx
  tiltaksplan compare OLD.xlsx NEW.xlsx [--format text|json|html] [--out PATH]
  tiltaksplan compare FILE.xlsx --version-sheet "Versjon 1"

  --lang LANG                   nb (default), nn or en: the language of messages, help, reports and the
                                sheets written; applies to every command
  tiltaksplan COMMAND --help    help on one command
  tiltaksplan --version         version

Exit status: 0 no errors, 1 errors found, 2 bad usage, a file that cannot be read or written, or a workbook
the command cannot use.
No command writes over its input unless given --in-place, and none writes to a file open in Excel (the
hidden file ~$NAME is beside it).
`,
  new: `tiltaksplan new FILE.xlsx [--start YEAR] [--years N] [--unit UNIT] [--example] [--lang LANG]
tiltaksplan new EP.xlsx --economy-plan [--start YEAR] [--years N] [--unit UNIT] [--example] [--lang LANG]

Creates a new workbook with the whole structure: settings, lists, the operating, investment and economy
plan tables, with drop-downs and formulas. Without --example the tables are empty, but the lists hold
sample values for a social housing plan (sections, budget frames R1–R5, responsibles, plan areas): adjust
them on the Innstillinger sheet.

  --start YEAR    first plan year (default: next year)
  --years N       number of plan years, 4–10 (default: 4)
  --unit UNIT     amount unit: "kr", "1000 kr" (default) or "mill kr"
  --example       fill in the example plan (social housing plan) with deliberate economy plan differences;
                  with --economy-plan: the example plan's economy plan, which the example is reconciled against
  --economy-plan  just an economy plan for the whole municipality: Innstillinger, the budget frames and the
                  economy plan table
  --lang LANG     nb (default), nn or en: the language of the messages and of the Sammendrag sheet

Never writes over an existing file.
`,
  check: `tiltaksplan check FILE.xlsx... [--format text|json|html] [--out PATH] [--lang nb|nn|en] [--write] [--in-place]
tiltaksplan check PLAN.xlsx... --economy-plan EP.xlsx [the same options]

Checks the plan: structure, every row, totals and reconciliation with the economy plan.

  --format F      text (default), json or html (one printable page); without --format, the name given
                  to --out decides: .json is json, .html or .htm html, anything else text
  --out PATH      save the report in a file (never over a workbook); with --write: the name of the checked copy
  --lang LANG     nb (default), nn or en: the language of the report and of the Sammendrag and Avstemming
                  sheets
  --write         write the Sammendrag and Avstemming sheets into a copy: FILE-kontrollert.xlsx
  --in-place      with --write: write into the file itself instead of a copy (through a symlink
                  too; the file's permissions are kept; a read-only file, or one open in Excel, is left alone)
  --economy-plan EP.xlsx
                  reconcile every plan with this economy plan instead of each plan's own sheet, with a
                  consolidated part: new money per plan and in all, budget frames across plans, lines in
                  several plans or none; with --write a copy of EP.xlsx gets the sheet "Avstemming planer"

Sammendrag and Avstemming never go over cells of your own: if one is in the way, nothing is written and the cell is named.
Exit status: 0 no errors, 1 errors found, 2 bad usage, a file that cannot be read or written, or a workbook
the command cannot use.
`,
  import: `tiltaksplan import LEGACY.xlsx --out FILE.xlsx [--start YEAR] [--unit UNIT] [--lang LANG]

Reads legacy measures tables (like tables 6.1 and 6.2 of Verdal's social housing plan) anywhere in the
workbook and makes a new workbook with the whole structure. Headers are recognised whatever their case,
punctuation, line breaks and hyphenation; units in the table header are converted. Every decision is logged
with the cell it rests on: on screen and on the sheet "Importlogg".

  --out FILE.xlsx the new workbook (required; never writes over an existing file)
  --start YEAR    first plan year (default: the table's first year column)
  --unit UNIT     amount unit of the new workbook, and the unit of amounts when the table header gives
                  none: "kr", "1000 kr" (default) or "mill kr"
  --lang LANG     nb (default), nn or en: the language of the messages and of the Sammendrag sheet

Exit status: 0 the file was written, 2 bad usage, a file that cannot be read or written, no measures table
found, or headings that stand beside their figures (the cells are named).
`,
  roll: `tiltaksplan roll FILE.xlsx --out NEW.xlsx [--lang LANG]

Rolls the plan one year forward: the next plan period starts one year later. The first year leaves the
tables (an investment's spending that year moves to Tidligere bevilget), a new last year arrives (lasting
measures get their full-year effect, others 0), economy plan lines shift and get an empty new year, and
Første planår and Prisnivå (when it has the default form) move on. The old period goes to the sheet
"Arkiv <first>–<last>".

NEW.xlsx is a copy of the workbook in which only the product's tables, Sammendrag and Avstemming are written
anew: other sheets, charts, pivot tables, earlier archives and versions, macros (an .xlsm is rolled into an
.xlsm) and cells beside the tables stay as they were. Your own rows and columns of the settings table are
carried, and your own columns of the measure and economy plan tables (after the product's columns, each cell
on its measure; a formula there as the value it showed). Notes, hyperlinks and conditional formatting on the
cells of the tables are not carried (rows and years move); they are listed on screen. When a cell of yours
stands where a rolled table goes, nothing is written, and the cell is named.
The roll never rewrites your formulas: it names those that now read another year or measure (in cells, names,
charts, conditional formats and drop-downs; those using INDIRECT or OFFSET as not checked), and the amounts
stored as text that it wrote as numbers.

  --out NEW.xlsx  the copy (required, the same kind as FILE; never writes over an existing file)
  --lang LANG     nb (default), nn or en: the language of the messages and of the Sammendrag sheet

Exit status: 0 the file was written, 1 the settings must be fixed first, or a measures table or the economy
plan table was not found (a sheet and a table renamed; the findings are shown, nothing is written), 2 bad
usage, a file that cannot be read or written, no measures tables, a cell of yours in the way, or two tables
that would overlap after the roll.
`,
  compare: `tiltaksplan compare OLD.xlsx NEW.xlsx [--format text|json|html] [--out PATH] [--lang nb|nn|en]
tiltaksplan compare FILE.xlsx --version-sheet "Versjon 1"

Shows what changed from an older version of the plan to a newer one: new, removed and changed measures
(each changed field with before and now), totals per year before, now and change (operating cost, new
money, investment), new money per budget frame, and new, removed and changed economy plan lines. Measures
are matched by ID and amounts by calendar year: a rolled plan is compared on the years both periods hold.

  --version-sheet SHEET  compare with a saved version ("Save version" under Structure in the task pane, or
                         the archive a roll leaves) in the workbook: with one file the version is the older
                         side and the file's plan the newer; with two files the older side is that sheet
                         of OLD.xlsx
  --format F             text (default), json or html (one printable page for the case document);
                         without --format, the name given to --out decides: .json is json, .html or .htm html
  --out PATH             save the report in a file (never over one of the workbooks or another .xlsx file)
  --lang LANG            nb (default), nn or en

Exit status: 0 compared, 2 bad usage, a file that cannot be read or written, a workbook with no measures
tables, a sheet that is not a saved version, or a plan whose settings table, or its Innstilling or Verdi
column, is not found (its period and unit would be guessed). Then nothing is written.
`,
};

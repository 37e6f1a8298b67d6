/**
 * What every check result must look like, whatever the workbook (SPEC §8, §10, §12): the fuzz tests run it
 * on generated workbooks. Returns the broken rules as lines, empty when the result is well-formed.
 *
 * Findings name a sheet of the workbook and a valid A1 cell. Workbook-wide findings are the exception:
 * a finding about something missing (`sheet-missing`; `list-empty` for a list table that is not there)
 * names cell A1 of the canonical sheet where the missing thing belongs (SHEETS), which may itself be
 * absent from the workbook. `sheet-missing` is always of that kind.
 */
import { parseA1 } from '../../src/domain/model/a1';
import type { CheckResult } from '../../src/domain/check';
import { INVESTMENT_FINANCING, SHEETS } from '../../src/domain/model/schema';
import { SEVERITY } from '../../src/domain/model/finding';
import { RECONCILIATION_CODES } from '../../src/domain/model/reconciliationCodes';
import type { Severity } from '../../src/domain/model/finding';
import type { ReconciliationClass, ReconciliationCode } from '../../src/domain/model/reconciliationCodes';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const SHEET_A1 = /^(.+)!([A-Z]{1,3}[1-9]\d{0,6})$/;
const CANONICAL_SHEETS: readonly string[] = Object.values(SHEETS);

const CLASS_SEVERITY: Readonly<Record<ReconciliationClass, Severity>> = {
  match: 'info',
  rounding: 'info',
  mismatch: 'error',
  'unit-suspect': 'error',
  sign: 'error',
  timing: 'warning',
  'not-costed': 'warning',
};
const CODES: readonly ReconciliationCode[] = RECONCILIATION_CODES;
const SOURCES: readonly string[] = INVESTMENT_FINANCING.map((f) => f.header);

const isA1 = (cell: string): boolean => A1.test(cell) && parseA1(cell) !== null;
const isKr = (n: unknown): boolean => typeof n === 'number' && Number.isSafeInteger(n) && !Object.is(n, -0);

/** The severity SPEC §10 gives an item: by code for the two codes that are findings themselves, else by class. */
export function expectedItemSeverity(code: ReconciliationCode, cls: ReconciliationClass): Severity {
  if (code === 'measure-not-in-economy-plan') return 'error';
  if (code === 'economy-plan-line-unmatched') return 'warning';
  return CLASS_SEVERITY[cls];
}

/** Every number in the totals, with its path. */
function numbersIn(value: unknown, path: string, out: [string, unknown][]): void {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
}

function findingProblems(wb: WorkbookSnapshot, result: CheckResult): string[] {
  const sheets = new Set(wb.sheets.map((s) => s.sheet));
  const problems: string[] = [];
  for (const f of result.report.issues) {
    const at = `${f.code} ${f.sheet}!${f.cell}`;
    if (!(f.code in SEVERITY)) problems.push(`unknown code: ${at}`);
    else if (SEVERITY[f.code] !== f.severity) problems.push(`severity ${f.severity}: ${at}`);
    if (!isA1(f.cell)) problems.push(`not an A1 cell: ${at}`);
    const workbookWide = CANONICAL_SHEETS.includes(f.sheet) && f.cell === 'A1';
    if (f.code === 'sheet-missing' && !workbookWide) problems.push(`sheet-missing not at A1 of our sheet: ${at}`);
    if (!sheets.has(f.sheet) && !workbookWide) problems.push(`sheet not in the workbook: ${at}`);
    if (f.measureId !== undefined && f.measureId.trim() === '') problems.push(`blank measure ID: ${at}`);
    if (typeof f.message !== 'string' || f.message.trim() === '') problems.push(`no message: ${at}`);
  }
  return problems;
}

function itemProblems(wb: WorkbookSnapshot, result: CheckResult): string[] {
  const sheets = new Set(wb.sheets.map((s) => s.sheet));
  const years = new Set(result.plan.years);
  const problems: string[] = [];
  for (const item of result.report.reconciliation) {
    const at = `${item.code}/${item.class} ${item.ref} ${item.year ?? item.source ?? ''}`;
    if (!CODES.includes(item.code)) problems.push(`unknown code: ${at}`);
    if (!(item.class in CLASS_SEVERITY)) problems.push(`unknown class: ${at}`);
    else if (item.severity !== expectedItemSeverity(item.code, item.class))
      problems.push(`severity ${item.severity}: ${at}`);
    // The reports count by severity and list by class: a warning of an info's class is counted, never listed.
    if (item.severity !== 'info' && CLASS_SEVERITY[item.class] === 'info')
      problems.push(`info class of a ${item.severity}: ${at}`);
    if (typeof item.ref !== 'string') problems.push(`ref not text: ${at}`);
    if (item.code === 'project-financing') {
      if (item.year !== undefined) problems.push(`year on a financing item: ${at}`);
      if (item.source === undefined || !SOURCES.includes(item.source)) problems.push(`bad source: ${at}`);
    } else if (item.year !== undefined && !years.has(item.year)) problems.push(`year outside the plan: ${at}`);
    if (![item.measures, item.economyPlan, item.difference].every(isKr))
      problems.push(`amount not integer kroner: ${at}`);
    else if (item.difference !== item.measures - item.economyPlan) problems.push(`Δ ≠ measures − economy plan: ${at}`);
    // An item names a cell where there is one (undefined where there is none); each named one must exist.
    for (const cell of [item.cells.measures, item.cells.economyPlan]) {
      if (cell === undefined) continue;
      const m = SHEET_A1.exec(cell);
      if (!m || !sheets.has(m[1] ?? '') || !isA1(m[2] ?? '')) problems.push(`bad cell ${String(cell)}: ${at}`);
    }
  }
  return problems;
}

function reportProblems(result: CheckResult): string[] {
  const problems: string[] = [];
  const { report, plan } = result;
  if (plan.years.length < 4 || plan.years.length > 10 || !plan.years.every(Number.isInteger))
    problems.push('bad plan years');
  const all = [...report.issues, ...report.reconciliation].map((x) => x.severity);
  const count = (s: Severity) => all.filter((x) => x === s).length;
  const { errors, warnings, infos } = report.summary;
  if (errors !== count('error') || warnings !== count('warning') || infos !== count('info'))
    problems.push('summary miscounts');
  const numbers: [string, unknown][] = [];
  numbersIn(report.totals, 'totals', numbers);
  for (const [path, n] of numbers) if (!isKr(n)) problems.push(`${path} = ${String(n)} is not integer kroner`);
  return problems;
}

/** The rules a check result breaks (empty when well-formed). */
export function checkResultProblems(wb: WorkbookSnapshot, result: CheckResult): string[] {
  return [...findingProblems(wb, result), ...itemProblems(wb, result), ...reportProblems(result)];
}

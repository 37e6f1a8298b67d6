/**
 * What the importer decides about a legacy table as a whole before reading its rows: drift or
 * investering, what each column means, and the unit of each amount column (SPEC §11).
 */
import { AMOUNT_KEYS, COST_YEAR, INVESTMENT_ONLY_KEYS, OTHER_FINANCING, TOTAL } from './columns';
import type { LegacyColumn, LegacyTable } from './header';
import { describeUnit, findUnit, resolveColumnUnit, type ColumnUnit } from './units';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';
import type { Unit } from '../model/money';
import type { TableKind } from '../model/plan';

export type Note = (sheet: string, cell: string, message: string) => void;

const isAmountColumn = (c: LegacyColumn): boolean =>
  c.key !== null && (AMOUNT_KEYS.has(c.key) || c.key.startsWith('year:'));

/** Investment when any column only an investment table has is present ("År", "Lån", "Annet" …). */
export function decideKind(table: LegacyTable, note: Note): TableKind {
  const evidence = table.columns.find((c) => c.key !== null && INVESTMENT_ONLY_KEYS.has(c.key));
  const kind: TableKind = evidence ? 'investment' : 'operating';
  const first = table.columns[0]?.cell ?? `A${table.headerRow}`;
  note(
    table.sheet,
    evidence?.cell ?? first,
    evidence
      ? `Tabellen er lest som investeringstiltak (kolonnen «${evidence.text}» finnes bare der).`
      : 'Tabellen er lest som driftstiltak.',
  );
  return kind;
}

function targetName(key: string, kind: TableKind): string {
  if (key.startsWith('year:')) return `året ${key.slice(5)}`;
  if (key === TOTAL) return kind === 'operating' ? 'Helårsvirkning' : 'Kostnadsramme';
  if (key === COST_YEAR) return 'året kostnaden faller i (År)';
  if (key === OTHER_FINANCING) return 'Kommentar (ingen kanonisk kolonne)';
  const columns = kind === 'operating' ? OPERATING_COLUMNS : INVESTMENT_COLUMNS;
  return columns.find((c) => c.key === key)?.header ?? key;
}

/** Logs what each column maps to; unknown and repeated columns are ignored. */
export function noteColumns(table: LegacyTable, kind: TableKind, note: Note): void {
  const seen = new Set<string>();
  const schema = kind === 'operating' ? OPERATING_COLUMNS : INVESTMENT_COLUMNS;
  const legacy = new Set([TOTAL, COST_YEAR, OTHER_FINANCING]);
  for (const c of table.columns) {
    const text = c.text.replace(/\s+/g, ' ');
    const fits =
      c.key !== null && (c.key.startsWith('year:') || legacy.has(c.key) || schema.some((s) => s.key === c.key));
    if (!fits || c.key === null) {
      note(
        table.sheet,
        c.cell,
        `Kolonnen «${text}» er ukjent eller hører ikke til denne tabelltypen; den er ikke importert.`,
      );
    } else if (seen.has(c.key)) {
      note(table.sheet, c.cell, `Kolonnen «${text}» gjentar en kolonne som alt er funnet; den er ikke importert.`);
    } else {
      seen.add(c.key);
      note(table.sheet, c.cell, `Kolonnen «${text}» → ${targetName(c.key, kind)}.`);
    }
  }
  const first = table.columns[0]?.cell ?? 'A1';
  if (kind === 'investment' && !seen.has('purpose'))
    note(table.sheet, first, 'Tabellen har ikke Formål: satt til «Annet».');
  if (kind === 'investment' && !seen.has('project'))
    note(table.sheet, first, 'Tabellen har ikke Prosjektnr: fyll det inn for beregnede prosjekter.');
}

/** The unit of every amount column (by sheet column number), each logged with where it came from. */
export function resolveUnits(
  table: LegacyTable,
  option: Unit | undefined,
  target: Unit,
  note: Note,
): Map<number, Unit> {
  const stated: Unit[] = [];
  for (const c of table.columns.filter(isAmountColumn)) {
    for (const u of [findUnit(c.text), findUnit(c.group)]) if (u && !stated.includes(u)) stated.push(u);
  }
  const needsTableUnit = table.columns.some((c) => isAmountColumn(c) && !findUnit(c.text) && !findUnit(c.group));
  if (stated.length > 1 && needsTableUnit) {
    note(
      table.sheet,
      table.columns[0]?.cell ?? 'A1',
      `Tabellhodet oppgir flere enheter (${stated.join(', ')}); kolonner uten egen enhet får ${option ?? stated[0]}.`,
    );
  }
  const units = new Map<number, Unit>();
  for (const c of table.columns.filter(isAmountColumn)) {
    const u: ColumnUnit = resolveColumnUnit(findUnit(c.text), findUnit(c.group), stated, option, target);
    units.set(c.col, u.unit);
    const conversion = u.unit === target ? '' : `; omregnet til ${target}`;
    note(table.sheet, c.cell, `Enhet for «${c.text.replace(/\s+/g, ' ')}»: ${describeUnit(u)}${conversion}.`);
  }
  return units;
}

/** Header years of all tables (the drift table's year columns), ascending. */
export function headerYears(tables: readonly LegacyTable[]): number[] {
  const years = new Set<number>();
  for (const t of tables) for (const c of t.columns) if (c.key?.startsWith('year:')) years.add(Number(c.key.slice(5)));
  return [...years].sort((a, b) => a - b);
}

/**
 * The words for a write refused because the workbook's protection forbids it (SPEC §11, "Writing into a user's
 * workbook"), shared by the command line and the task pane's file path: the sheets the product would have added to a
 * workbook whose structure is locked, the protected sheets it would have written into, that nothing was written, and
 * what to do.
 */
import type { Lang } from '../domain';
import { listText } from './listText';
import { makeTranslator, type Catalog } from './translate';

type Key = 'added' | 'protected' | 'both' | 'locked' | 'grown' | 'made';

/** The catalogue, exported for the catalogue tests. */
export const PROTECTION_CATALOG: Catalog<Key> = {
  nb: {
    added:
      'Ingenting er skrevet: arbeidsboken er beskyttet, så Excel tillater ikke nye ark, og Tiltaksplan måtte legge til {added}. Opphev beskyttelsen i Excel (Se gjennom → Beskytt arbeidsbok), eller be den som beskyttet arbeidsboken om å gjøre det, og prøv igjen.',
    protected:
      'Ingenting er skrevet: Tiltaksplan måtte skrive i {sheets}, og Excel tillater ikke endringer i et beskyttet ark. Opphev beskyttelsen i Excel (Se gjennom → Opphev arkbeskyttelse), eller be den som beskyttet arket om å gjøre det, og prøv igjen.',
    both: 'Ingenting er skrevet: arbeidsboken er beskyttet, så Excel tillater ikke nye ark, og Tiltaksplan måtte legge til {added}; Tiltaksplan måtte også skrive i {sheets}, og Excel tillater ikke endringer i et beskyttet ark. Opphev beskyttelsen i Excel (Se gjennom → Beskytt arbeidsbok / Opphev arkbeskyttelse), eller be den som beskyttet arbeidsboken om å gjøre det, og prøv igjen.',
    locked: '{cell} er låst',
    grown:
      'tabellen {table} måtte utvides til {range}; Excel endrer ikke størrelsen på en tabell i et beskyttet ark, uansett hva beskyttelsen tillater',
    made: 'tabellen {table} måtte lages over {range}; Excel lager og endrer ikke tabeller i et beskyttet ark, uansett hva beskyttelsen tillater',
  },
  nn: {
    added:
      'Ingenting er skrive: arbeidsboka er verna, så Excel tillèt ikkje nye ark, og Tiltaksplan måtte leggje til {added}. Opphev vernet i Excel (Sjå gjennom → Vern arbeidsbok), eller be den som verna arbeidsboka om å gjere det, og prøv igjen.',
    protected:
      'Ingenting er skrive: Tiltaksplan måtte skrive i {sheets}, og Excel tillèt ikkje endringar i eit verna ark. Opphev vernet i Excel (Sjå gjennom → Opphev arkvern), eller be den som verna arket om å gjere det, og prøv igjen.',
    both: 'Ingenting er skrive: arbeidsboka er verna, så Excel tillèt ikkje nye ark, og Tiltaksplan måtte leggje til {added}; Tiltaksplan måtte òg skrive i {sheets}, og Excel tillèt ikkje endringar i eit verna ark. Opphev vernet i Excel (Sjå gjennom → Vern arbeidsbok / Opphev arkvern), eller be den som verna arbeidsboka om å gjere det, og prøv igjen.',
    locked: '{cell} er låst',
    grown:
      'tabellen {table} måtte utvidast til {range}; Excel endrar ikkje storleiken på ein tabell i eit verna ark, uansett kva vernet tillèt',
    made: 'tabellen {table} måtte lagast over {range}; Excel lagar og endrar ikkje tabellar i eit verna ark, uansett kva vernet tillèt',
  },
  en: {
    added:
      'Nothing written: the workbook is protected, so Excel allows no new sheets, and Tiltaksplan would have to add {added}. Unprotect it in Excel (Review → Protect Workbook), or ask whoever protected the workbook to, and try again.',
    protected:
      'Nothing written: Tiltaksplan would have to write into {sheets}, and Excel allows no changes to a protected sheet. Unprotect it in Excel (Review → Unprotect Sheet), or ask whoever protected the sheet to, and try again.',
    both: 'Nothing written: the workbook is protected, so Excel allows no new sheets, and Tiltaksplan would have to add {added}; Tiltaksplan would also have to write into {sheets}, and Excel allows no changes to a protected sheet. Unprotect them in Excel (Review → Protect Workbook / Unprotect Sheet), or ask whoever protected the workbook to, and try again.',
    locked: '{cell} is locked',
    grown:
      'table {table} would have to grow to {range}; Excel never resizes a table on a protected sheet, whatever the protection allows',
    made: 'table {table} would have to be made over {range}; Excel neither makes nor changes tables on a protected sheet, whatever the protection allows',
  },
};

const text = makeTranslator(PROTECTION_CATALOG);

/** A protected sheet's first locked cell in the way of a write into its unlocked cells (SPEC §11). */
export interface LockedCell {
  readonly sheet: string;
  readonly cell: string;
}

/** A table a write would grow or make on a protected sheet (workbook/port.ts ProtectedTable). */
export interface TableChange {
  readonly sheet: string;
  readonly table: string;
  readonly range: string;
  readonly change: 'grow' | 'make';
}

/** What stood in the way on `sheet`, in words: its locked cell, or the table the write would grow or make; or null. */
function reasonOf(sheet: string, lang: Lang, locked: readonly LockedCell[], tables: readonly TableChange[]) {
  const cell = locked.find((l) => l.sheet === sheet)?.cell;
  if (cell !== undefined) return text('locked', lang, { cell });
  const t = tables.find((x) => x.sheet === sheet);
  return t ? text(t.change === 'grow' ? 'grown' : 'made', lang, { table: t.table, range: t.range }) : null;
}

/**
 * Sheet names quoted and listed: «A», «B» og «C» ("A", "B" and "C" in English); «A» (F7 er låst) for a locked cell,
 * «A» (tabellen … måtte utvides til …; …) for a table grown or made.
 */
function sheetList(
  sheets: readonly string[],
  lang: Lang,
  locked: readonly LockedCell[] = [],
  tables: readonly TableChange[] = [],
): string {
  const quoted = sheets.map((s) => {
    const name = lang === 'en' ? `"${s}"` : `«${s}»`;
    const reason = reasonOf(s, lang, locked, tables);
    return reason === null ? name : `${name} (${reason})`;
  });
  return listText(quoted, lang);
}

/**
 * One sentence for a write the workbook's protection refused: `added`, the sheets it would have added to a workbook
 * whose structure is locked; `protectedSheets`, the protected sheets it would have written into, with the first
 * locked cell in the way where the write went into unlocked cells otherwise (`locked`), or the table it would have
 * grown or made there, and why Excel refuses that (`tables`). Nothing was written.
 */
export function protectionText(
  added: readonly string[],
  protectedSheets: readonly string[],
  lang: Lang,
  locked: readonly LockedCell[] = [],
  tables: readonly TableChange[] = [],
): string {
  const params = { added: sheetList(added, lang), sheets: sheetList(protectedSheets, lang, locked, tables) };
  const key = added.length === 0 ? 'protected' : protectedSheets.length === 0 ? 'added' : 'both';
  return text(key, lang, params);
}

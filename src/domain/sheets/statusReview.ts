/**
 * Whether the Status a user left on a row of tblAvstemming (or of «Avstemming planer», SPEC §15 by the rule of §10)
 * still says what it said of its item (docs/spec.md §10). SPEC §10 keeps Status for the same key, and it is kept;
 * but «Akseptert» was given to one Avvik, and a later run that finds another under the same key must not pass it
 * off as accepted: the Forklaring says what was accepted and what is there now, and how to accept the new one. So
 * does one given as a class (a timing difference) on an item now of a graver one (a mismatch, after a roll). An
 * item now a match or within the tolerance has no difference left to accept, and gets no note. «Rettet» on an item
 * still beyond the tolerance says so too. The Status never changes a class, a severity or a count (the reports do
 * not read it), so nothing else is to undo.
 */
import type { ReconciliationItem } from '../model/reconciliation';
import { severityFor, type ReconciliationClass } from '../model/reconciliationCodes';
import { RECONCILIATION_STATUSES, type StatusReview, type StatusReviewText } from '../model/reconciliationStatus';
import { toKr, UNITS, type Kr, type Unit } from '../model/money';
import { parseNorwegianNumber } from '../model/norwegianNumber';
import { cellText } from '../read/sheetCells';
import type { CellValue } from '../model/snapshot';
import type { Severity } from '../model/finding';

/**
 * What of an item tells whether a kept Status still holds: its Avvik and severity (an info needs no review), and its
 * code and class (a class accepted is judged by the severity it had under that code).
 */
export type ReviewedItem = Pick<ReconciliationItem, 'difference' | 'severity' | 'class'> &
  Partial<Pick<ReconciliationItem, 'measures' | 'economyPlan'>> & { readonly code: string };

/** What a run reads of a row's Status, Klasse, Avvik and Forklaring as the user left them. */
export interface StatusCells {
  readonly status: CellValue;
  readonly class: CellValue;
  readonly difference: CellValue;
  readonly explanation: CellValue;
  /** Its Tiltaksplan and Økonomiplan, which tell the unit it was written in (rowUnit); none on a row kept below. */
  readonly measures?: CellValue;
  readonly economyPlan?: CellValue;
}

const [, ACCEPTED, FIXED] = RECONCILIATION_STATUSES;

type AcceptedIn = StatusReviewText['acceptedIn'];

const sameWord = (v: CellValue, word: string): boolean => cellText(v).trim().toLowerCase() === word.toLowerCase();

/** A cell's number in `unit` as kroner: a number, or text that reads as one (SPEC §7); else null. */
function amountOf(v: CellValue, unit: Unit): Kr | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNorwegianNumber(v) : null;
  return n !== null && Number.isFinite(n) ? toKr(n, unit) : null;
}

/**
 * The Avvik «Akseptert» was given to: the one a note of an earlier run names (`acceptedIn` reads the Forklaring:
 * the note stays run after run until the user clears the Forklaring; in the unit it names, if any), else the Avvik the row showed. Null when
 * neither is known (a row kept below the items has no amounts).
 */
function acceptedAmount(old: StatusCells, unit: Unit, acceptedIn: AcceptedIn): Kr | null {
  const noted = typeof old.explanation === 'string' ? acceptedIn(old.explanation) : null;
  return noted !== null ? toKr(noted.value, noted.unit ?? unit) : amountOf(old.difference, unit);
}

/**
 * The Avvik a row's «Akseptert» was given at (acceptedAmount), null for any other Status or when not known: said on
 * the row when it is kept below the items without amounts, so that its item, back, is compared with it.
 */
export function acceptedOf(old: StatusCells, unit: Unit, acceptedIn: AcceptedIn): Kr | null {
  return sameWord(old.status, ACCEPTED) ? acceptedAmount(old, unit, acceptedIn) : null;
}

/**
 * The Beløpsenhet the run that wrote the row used, which its Avvik and note are in: the one in which its Tiltaksplan
 * or Økonomiplan (not 0) is the item's amount in kroner — after a change of unit with every amount converted, the row
 * of a 1000 kr run shows 400 where the item's 0,4 mill kr is. The unit of this run when that holds in it, or in no
 * other unit or in two (the amounts changed as well: nothing tells the unit, and the Avvik is read as before).
 */
function rowUnit(old: StatusCells, item: ReviewedItem, unit: Unit): Unit {
  const sides = [
    [old.measures, item.measures],
    [old.economyPlan, item.economyPlan],
  ] as const;
  const shows = (u: Unit) =>
    sides.some(([cell, now]) => cell !== undefined && now !== undefined && now !== 0 && amountOf(cell, u) === now);
  const others = UNITS.filter((u) => u !== unit && shows(u));
  return !shows(unit) && others.length === 1 && others[0] !== undefined ? others[0] : unit;
}

/** What a Status review reads back from a row: the accepted Avvik and class, in any language. */
type ReadBack = Pick<StatusReviewText, 'acceptedIn' | 'acceptedAsIn' | 'classOf'>;

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * The class «Akseptert» was given as: the one a note of an earlier run names (it stays until the user clears the
 * Forklaring), else the Klasse the row showed (a label in any language). Null when neither is known.
 */
function acceptedClass(old: StatusCells, texts: ReadBack): ReconciliationClass | null {
  const noted = typeof old.explanation === 'string' ? texts.acceptedAsIn(old.explanation) : null;
  return noted ?? (typeof old.class === 'string' ? texts.classOf(old.class) : null);
}

/**
 * «Akseptert» given as one class on an item now of another whose severity is graver (a timing difference, a
 * warning, now a mismatch, an error, at the same Avvik after a roll): accepting the one is not accepting the other.
 * Null when the class is the one accepted, not known, or the item no graver than it was.
 */
function reclassified(old: StatusCells, item: ReviewedItem, texts: ReadBack): StatusReview | null {
  const as = acceptedClass(old, texts);
  return as !== null && as !== item.class && RANK[severityFor(item.code, as)] < RANK[item.severity]
    ? { kind: 'accepted-reclassified', acceptedAs: as, nowAs: item.class }
    : null;
}

/**
 * What the row's kept Status asks the user to look at again: «Akseptert» given at an Avvik other than the item's
 * now (compared in kroner, so 5 in 1000 kr is 5 000 kr, each read in the unit its row was written in: rowUnit) on an item still a warning or an error, or «Rettet» on an
 * item still a warning or an error with an Avvik. An info (a match, or a difference within the tolerance) is what
 * «Rettet» means and leaves nothing for «Akseptert» to cover: no note, as the check counts it an info. Null when
 * the Status still holds.
 */
export function reviewStatus(
  old: StatusCells | undefined,
  item: ReviewedItem,
  unit: Unit,
  texts: ReadBack,
): StatusReview | null {
  if (!old || item.severity === 'info') return null;
  if (sameWord(old.status, ACCEPTED)) {
    const accepted = acceptedAmount(old, rowUnit(old, item, unit), texts.acceptedIn);
    return accepted !== null && accepted !== item.difference
      ? { kind: 'accepted-changed', accepted, now: item.difference }
      : null;
  }
  if (sameWord(old.status, FIXED) && item.difference !== 0) return { kind: 'fixed-open', now: item.difference };
  return null;
}

/**
 * An item's Forklaring, after the sentences on what its kept Status no longer says of it, if anything (a graver
 * class than the one accepted, then an Avvik other than the one accepted; each read back from its note): one rule for
 * Avstemming and «Avstemming planer», each with its own `explain`.
 */
export function reviewedExplanation<I extends ReviewedItem>(
  item: I,
  unit: Unit,
  texts: StatusReviewText & { readonly explain: (item: I) => string },
  old?: StatusCells,
): string {
  // No row kept for the item (every item of a first write): its own explanation, with no lists made to join.
  if (old === undefined) return texts.explain(item);
  const accepted = item.severity !== 'info' && sameWord(old.status, ACCEPTED);
  const reviews = [accepted ? reclassified(old, item, texts) : null, reviewStatus(old, item, unit, texts)];
  return [...reviews.flatMap((r) => (r ? [texts.review(r)] : [])), texts.explain(item)].join(' ');
}

/** The sentence after a kept-below row's Forklaring naming the Avvik its «Akseptert» was given at, if known. */
export function acceptedNote(row: StatusCells, unit: Unit, texts: StatusReviewText): string | null {
  const accepted = acceptedOf(row, unit, texts.acceptedIn);
  return accepted === null ? null : texts.review({ kind: 'accepted', accepted });
}

/**
 * The Klasse a row kept below the items is written with (docs/spec.md §10): the class its Status was given as
 * (acceptedClass: an earlier note's, else the Klasse it showed), in the user's language (`label`); null when not
 * known. A note «Akseptert som Periodisering; nå Avvik» is not written on a kept row, so the class it names is kept
 * here: otherwise the item, back as a mismatch, would pass under an acceptance of a timing difference.
 */
export function keptClass(
  row: StatusCells,
  texts: ReadBack,
  label: (cls: ReconciliationClass) => string,
): string | null {
  const cls = acceptedClass(row, texts);
  return cls === null ? null : label(cls);
}

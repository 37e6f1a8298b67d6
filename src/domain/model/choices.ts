/**
 * The choice columns whose values the code acts on (SPEC §4, §5): Kostnadsstatus, Type and Formål. A workbook
 * may hold any text in them, so a value read is either one of the choices, spelled canonically, or the text
 * as typed, branded Unrecognised: a union the compiler keeps apart from the known choices.
 */

/** Text from a choice column that matches none of its choices, kept as typed (trimmed). */
export type Unrecognised = string & { readonly __unrecognised: true };

/** A choice column's value: one of `C` in canonical spelling, or the text as typed. */
export type Choice<C extends string> = C | Unrecognised;

export const COST_STATUSES = ['Beregnet', 'Ingen kostnad', 'Innenfor ramme', 'Må utredes', 'Ukjent'] as const;
export type CostStatus = (typeof COST_STATUSES)[number];
/** The one status that enters totals and reconciliation. */
export const COSTED = 'Beregnet' satisfies CostStatus;

export const MEASURE_KINDS = ['Varig', 'Engangs'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const PURPOSES = ['Utleiebolig', 'Omsorgsbolig', 'Lokaler', 'Annet'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * The value of a choice column for `text`: the choice it names ignoring case and surrounding spaces, in
 * canonical spelling, else the trimmed text, Unrecognised. Choices never differ from each other by case
 * alone, so a known value is recognised by its exact spelling afterwards.
 */
export function parseChoice<C extends string>(text: string, choices: readonly C[]): Choice<C> {
  const trimmed = text.trim();
  // Exact spelling first: the common case, and no lower-case copies of the text and every choice per row.
  for (const c of choices) if (c === trimmed) return c;
  const lower = trimmed.toLowerCase();
  for (const c of choices) if (c.toLowerCase() === lower) return c;
  return trimmed as Unrecognised;
}

/** Whether a choice value is one of the known choices. */
export function isKnownChoice<C extends string>(value: Choice<C>, choices: readonly C[]): value is C {
  return (choices as readonly string[]).includes(value);
}

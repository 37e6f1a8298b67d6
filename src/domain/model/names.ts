/**
 * When two names the user may have typed are the same: sheet and table names (Excel compares them without regard
 * to case), header and section texts. The one rule every stage and both adapters ask.
 */

/** Whether `a` and `b` are the same name, case and surrounding spaces aside ("Tiltak drift " is "tiltak Drift"). */
export const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

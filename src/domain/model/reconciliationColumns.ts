/**
 * `tblAvstemming` columns (SPEC §10). `user` columns belong to the user and survive a new run. The declaration of
 * every column Avstemming shares with «Avstemming planer» too: consolidationColumns.ts picks them from here.
 */
export const RECONCILIATION_COLUMNS = [
  { key: 'severity', header: 'Alvor', user: false },
  { key: 'code', header: 'Kode', user: false },
  { key: 'class', header: 'Klasse', user: false },
  { key: 'ref', header: 'Ref', user: false },
  { key: 'measure', header: 'Tiltak', user: false },
  { key: 'frame', header: 'Rammeområde', user: false },
  { key: 'year', header: 'År', user: false },
  // Not in SPEC §10's list, but part of its key (Kode, Ref, År, Finansieringskilde): shown so the key is visible.
  { key: 'source', header: 'Finansieringskilde', user: false },
  { key: 'measures', header: 'Tiltaksplan', user: false },
  { key: 'economyPlan', header: 'Økonomiplan', user: false },
  { key: 'difference', header: 'Avvik', user: false },
  { key: 'explanation', header: 'Forklaring', user: false },
  { key: 'cellMeasures', header: 'Celle tiltak', user: false },
  { key: 'cellEconomyPlan', header: 'Celle økonomiplan', user: false },
  { key: 'status', header: 'Status', user: true },
  { key: 'comment', header: 'Kommentar', user: true },
] as const;

type ReconciliationColumn = (typeof RECONCILIATION_COLUMNS)[number];

/** The Avstemming column of that key, for a sheet that shares it (consolidationColumns.ts). */
export function reconciliationColumn<K extends ReconciliationColumn['key']>(
  key: K,
): Extract<ReconciliationColumn, { key: K }> {
  const column = RECONCILIATION_COLUMNS.find((c): c is Extract<ReconciliationColumn, { key: K }> => c.key === key);
  if (column === undefined) throw new Error(`Expected an Avstemming column of key ${key}`);
  return column;
}

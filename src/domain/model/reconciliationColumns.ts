/** `tblAvstemming` columns (SPEC §10). `user` columns belong to the user and survive a new run. */
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

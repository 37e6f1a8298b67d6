/**
 * The notes of `compare --format json` beside SPEC §14's fields (docs/spec.md §14): a unit changed without its
 * amounts, the years a table holds no column for, and why the economy plan lines were not compared. Apart from
 * compareJson.ts, which puts them in the document.
 */
import type { ChangeSet, EconomyPlanNotFound, YearsNotRead } from '../domain';

/**
 * Beløpsenhet changed without converting the typed amounts (docs/spec.md §14): the units, the newer unit in
 * kroner over the older (`scale`), the amounts that differ and how many of them moved by `scale`.
 */
export interface CompareJsonUnitNotConverted {
  readonly old: string;
  readonly new: string;
  readonly scale: number;
  readonly changed: number;
  readonly scaled: number;
}

/** A table of one version whose year headers are not the plan period (docs/spec.md §14). */
export interface CompareJsonYearsNotRead {
  readonly version: 'old' | 'new';
  readonly table: 'operating' | 'investment' | 'economyPlan';
  readonly sheet: string;
  readonly cell: string;
  readonly years: readonly number[];
  readonly found?: string;
}

/**
 * Why the economy plan lines were not compared: the economy plan table, or a compared column of it, found in one
 * version only. The finding's code, the version, the sheet and cell, and the column for a `column-missing`.
 */
export interface CompareJsonNotCompared {
  readonly version: 'old' | 'new';
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly column?: string;
}

export const yearsNotRead = (n: YearsNotRead): CompareJsonYearsNotRead => ({
  version: n.version,
  table: n.table,
  sheet: n.sheet,
  cell: n.cell,
  years: [...n.years],
  ...(n.found !== undefined ? { found: n.found } : {}),
});

export const unitNote = (n: ChangeSet['unitNotConverted']): CompareJsonUnitNotConverted | null =>
  n === null ? null : { old: n.old, new: n.new, scale: n.scale, changed: n.changed, scaled: n.scaled };

export const notCompared = ({ version, finding: f }: EconomyPlanNotFound): CompareJsonNotCompared => ({
  version,
  code: f.code,
  sheet: f.sheet,
  cell: f.cell,
  ...(f.code === 'column-missing' ? { column: String(f.params.column) } : {}),
});

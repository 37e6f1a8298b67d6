/**
 * `compare --format json` (SPEC §14): exactly the specified fields, amounts in integer kroner, year keys as
 * strings. Built field by field from the change set, so internal additions never leak into the contract: the
 * finished one-offs, which text, HTML and the pane list apart, are in `removed` here as the contract defines it
 * (in the older version only), in the older version's order, with no field of their own (SPEC names none). A
 * changed measure only renumbered carries `"renumbered": true`, one whose Tiltak text was replaced `"textReplaced":
 * true`, added beside SPEC's fields (docs/spec.md §14).
 */
import {
  replacedTexts,
  type ChangeSet,
  type ChangeValue,
  type DuplicateId,
  type FieldChange,
  type Kr,
  type LineEntry,
  type MeasureChange,
  type MeasureEntry,
  type YearChanges,
} from '../domain';
import {
  notCompared,
  unitNote,
  yearsNotRead,
  type CompareJsonNotCompared,
  type CompareJsonUnitNotConverted,
  type CompareJsonYearsNotRead,
} from './compareJsonNotes';

export type { CompareJsonNotCompared, CompareJsonUnitNotConverted, CompareJsonYearsNotRead };

/**
 * One changed field; a year's amount is named by its year ("2028"), as its column is headed. `onlyIn`, beside
 * SPEC's fields (docs/spec.md §14), only for a year one version's period holds: which one ("old" or "new"); the
 * other side is null, which then means no such year, not an empty cell.
 */
export interface CompareJsonChange {
  readonly field: string;
  readonly old: ChangeValue;
  readonly new: ChangeValue;
  readonly onlyIn?: 'old' | 'new';
}

export interface CompareJsonSide {
  readonly file: string;
  readonly label: string;
  readonly plan: { readonly startYear: number; readonly years: readonly number[]; readonly unit: string };
}

export interface CompareJsonMeasure {
  readonly id: string;
  readonly table: 'operating' | 'investment';
  readonly section: string;
  /** The number, or the text typed there ("høy"), as the changes list it. */
  readonly priority: number | string | null;
  readonly measure: string;
  readonly costStatus: string;
  readonly years: Readonly<Record<string, Kr | null>>;
  /**
   * A measure removed (added) whose Tiltak text stands in the newer (older) version on a row of an ID on several rows,
   * compared with nothing (docs/spec.md §14, beside SPEC's fields): that row's version, ID cell and ID.
   */
  readonly textOnRow?: { readonly version: 'old' | 'new'; readonly cell: string; readonly id: string };
}

export interface CompareJsonLine {
  readonly part: string;
  readonly lineType: string;
  readonly ref: string;
  readonly frame: string;
  readonly source: string;
  readonly description: string;
  /** Only for a line of a consolidated economy plan that names its plan (SPEC §15). */
  readonly plan?: string;
  readonly years: Readonly<Record<string, Kr | null>>;
}

/**
 * Old, new and Δ of one year; `rounding`, beside SPEC's fields (docs/spec.md §14), only where the units round to
 * different steps and part of Δ is the finer version's amounts rounded to the coarser step (never 0).
 */
export type CompareJsonYears = Readonly<
  Record<
    string,
    { readonly old: Kr | null; readonly new: Kr | null; readonly difference: Kr | null; readonly rounding?: Kr }
  >
>;

/** A changed setting by its key (`tolerance`, `economyPlanVersion` …): text, or kroner for `tolerance`. */
export interface CompareJsonSetting {
  readonly field: string;
  readonly old: string | number;
  readonly new: string | number;
}

/**
 * An ID on more than one row of one version (docs/spec.md §14, beside SPEC's fields): every row, its ID cell, and
 * whether it was compared; a row not compared is in neither `added` nor `removed` when its ID as typed was compared
 * on another row, and counts in the totals all the same (SPEC §4).
 */
export interface CompareJsonDuplicateId {
  readonly version: 'old' | 'new';
  readonly id: string;
  readonly rows: readonly (CompareJsonMeasure & { readonly cell: string; readonly compared: boolean })[];
}

/** The whole document `tiltaksplan compare --format json` prints. */
export interface CompareJson {
  readonly old: CompareJsonSide;
  readonly new: CompareJsonSide;
  /** Prisnivå, Økonomiplanversjon, Toleranse (kroner), Plannavn: those both versions state and that differ. */
  readonly settings: readonly CompareJsonSetting[];
  /** Set when the unit changed but the amounts were not converted; null otherwise (always present). */
  readonly unitNotConverted: CompareJsonUnitNotConverted | null;
  readonly measures: {
    readonly added: readonly CompareJsonMeasure[];
    readonly removed: readonly CompareJsonMeasure[];
    readonly changed: readonly {
      readonly id: string;
      readonly table: 'operating' | 'investment';
      /** Only for a measure moved between the tables keeping its ID: the table it stood in (`table`: now). */
      readonly movedFrom?: 'operating' | 'investment';
      readonly changes: readonly CompareJsonChange[];
      /**
       * Only when true (docs/spec.md §14, an addition beside SPEC's fields): the one change is Prioritet, and the
       * measures of its section keep their order — numbered anew, not ranked anew.
       */
      readonly renumbered?: true;
      /**
       * Only when true (docs/spec.md §14, an addition beside SPEC's fields): the Tiltak text was replaced, sharing no
       * word with the older one — the ID perhaps names another measure now.
       */
      readonly textReplaced?: true;
    }[];
  };
  /**
   * Tables whose year headers are not the plan period, in either version (docs/spec.md §14): their years without a
   * column were not read and are not compared — null in the totals, no change in a measure. Present only then.
   */
  readonly yearsNotRead?: readonly CompareJsonYearsNotRead[];
  /** IDs on more than one row of a version: present only when there are some, as `movedFrom` and `rounding`. */
  readonly duplicateIds?: readonly CompareJsonDuplicateId[];
  readonly totals: {
    readonly operating: { readonly years: CompareJsonYears };
    readonly newMoney: { readonly years: CompareJsonYears };
    readonly investment: { readonly years: CompareJsonYears };
    readonly byFrame: readonly { readonly frame: string; readonly years: CompareJsonYears }[];
  };
  /** Present only when the economy plan lines were not compared (docs/spec.md §14): why, by version. */
  readonly economyPlanNotCompared?: readonly CompareJsonNotCompared[];
  readonly economyPlan: {
    readonly added: readonly CompareJsonLine[];
    readonly removed: readonly CompareJsonLine[];
    readonly changed: readonly (Omit<CompareJsonLine, 'description' | 'years'> & {
      readonly changes: readonly CompareJsonChange[];
    })[];
  };
}

const change = (c: FieldChange): CompareJsonChange => ({
  field: c.year !== undefined ? String(c.year) : c.field,
  old: c.old,
  new: c.new,
  ...(c.onlyIn !== undefined ? { onlyIn: c.onlyIn } : {}),
});

const measure = (m: MeasureEntry): CompareJsonMeasure => ({
  id: m.id,
  table: m.table,
  section: m.section,
  priority: m.priority,
  measure: m.measure,
  costStatus: m.costStatus,
  years: m.years,
  ...(m.textOnRow !== undefined ? { textOnRow: { ...m.textOnRow } } : {}),
});

/** Where a measure stood in the older version: the operating table first, then by row. */
const oldPlace = (a: MeasureEntry, b: MeasureEntry): number =>
  a.table === b.table ? a.row - b.row : a.table === 'operating' ? -1 : 1;

/** Removed as SPEC §14 means it: every measure in the older version only, finished ones too. */
const removedAll = (m: ChangeSet['measures']): MeasureEntry[] =>
  m.finished.length === 0 ? [...m.removed] : [...m.removed, ...m.finished].sort(oldPlace);

const changedMeasure = (
  c: MeasureChange,
  replaced: ReadonlySet<MeasureChange>,
): CompareJson['measures']['changed'][number] => ({
  id: c.id,
  table: c.table,
  ...(c.movedFrom !== undefined ? { movedFrom: c.movedFrom } : {}),
  changes: c.changes.map(change),
  ...(c.renumbered ? { renumbered: true as const } : {}),
  ...(replaced.has(c) ? { textReplaced: true as const } : {}),
});

const line = (l: LineEntry): CompareJsonLine => ({
  part: l.part,
  lineType: l.lineType,
  ref: l.ref,
  frame: l.frame,
  source: l.source,
  description: l.description,
  ...(l.plan !== '' ? { plan: l.plan } : {}),
  years: l.years,
});

const years = (y: YearChanges): CompareJsonYears =>
  Object.fromEntries(
    Object.entries(y).map(([k, c]) => [
      k,
      {
        old: c.old,
        new: c.new,
        difference: c.difference,
        ...(c.rounding !== undefined ? { rounding: c.rounding } : {}),
      },
    ]),
  );

const duplicateId = (d: DuplicateId): CompareJsonDuplicateId => ({
  version: d.version,
  id: d.id,
  rows: d.rows.map((r) => ({ ...measure(r), cell: r.cell, compared: r.compared })),
});

const side = (s: ChangeSet['old']): CompareJsonSide => ({
  file: s.file,
  label: s.label,
  plan: { startYear: s.plan.startYear, years: [...s.plan.years], unit: s.plan.unit },
});

/** The JSON value of a change set. */
export function compareJson(diff: ChangeSet): CompareJson {
  const { measures: m, totals: t, economyPlan: e } = diff;
  const replaced = new Set(replacedTexts(m.changed).map((r) => r.measure));
  return {
    old: side(diff.old),
    new: side(diff.new),
    settings: diff.settings.map((c) => ({ field: c.field, old: c.old, new: c.new })),
    unitNotConverted: unitNote(diff.unitNotConverted),
    measures: {
      added: m.added.map(measure),
      removed: removedAll(m).map(measure),
      changed: m.changed.map((c) => changedMeasure(c, replaced)),
    },
    ...(diff.years.notRead !== undefined ? { yearsNotRead: diff.years.notRead.map(yearsNotRead) } : {}),
    ...(diff.duplicateIds.length > 0 ? { duplicateIds: diff.duplicateIds.map(duplicateId) } : {}),
    totals: {
      operating: { years: years(t.operating) },
      newMoney: { years: years(t.newMoney) },
      investment: { years: years(t.investment) },
      byFrame: t.byFrame.map((f) => ({ frame: f.frame, years: years(f.years) })),
    },
    ...(diff.economyPlanNotFound !== undefined
      ? { economyPlanNotCompared: diff.economyPlanNotFound.map(notCompared) }
      : {}),
    economyPlan: {
      added: e.added.map(line),
      removed: e.removed.map(line),
      changed: e.changed.map((l) => ({
        part: l.part,
        lineType: l.lineType,
        ref: l.ref,
        frame: l.frame,
        source: l.source,
        ...(l.plan !== '' ? { plan: l.plan } : {}),
        changes: l.changes.map(change),
      })),
    },
  };
}

/** The document pretty-printed with a final newline. */
export function renderCompareJson(diff: ChangeSet): string {
  return `${JSON.stringify(compareJson(diff), null, 2)}\n`;
}

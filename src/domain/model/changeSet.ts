/**
 * What changed between two versions of a plan (SPEC §14): measures added, removed and changed field by field,
 * totals per calendar year, new money per Rammeområde, economy plan lines. Amounts are integer kroner, so a
 * change of Beløpsenhet alone changes no amount.
 */
import type { Kr, Unit } from './money';
import type { Finding } from './finding';
import type { TableKind } from './plan';

/**
 * A field's value as compared: text, a number (priority, or the text typed there: "høy"), kroner or null for
 * amounts, a list (plan areas).
 */
export type ChangeValue = string | number | null | readonly string[];

export interface FieldChange {
  /** The schema key (`section`, `finNew` …), or `years` for the amount of one calendar year. */
  readonly field: string;
  /** The calendar year, for `years`. */
  readonly year?: number;
  readonly old: ChangeValue;
  readonly new: ChangeValue;
  /** An amount cell's text that is no amount ("?": no figure, `old` null), as typed; for text and HTML only. */
  readonly oldText?: string;
  /** The same for the newer version's cell. */
  readonly newText?: string;
  /**
   * Only for a year one version's period holds and the other's not (a roll's year that left, or the one it added):
   * which version holds it; the other side is null, shown «–», and no difference is computed (docs/spec.md §14).
   */
  readonly onlyIn?: 'old' | 'new';
}

/** Which measure, and where it stands (the newer version's place for a changed measure). */
export interface MeasureRef {
  readonly id: string;
  readonly table: TableKind;
  readonly section: string;
  /** The number, or the text typed where no number stands ("høy"), as a roll keeps it (read/typedTexts.ts). */
  readonly priority: number | string | null;
  readonly measure: string;
  readonly costStatus: string;
  readonly sheet: string;
  readonly row: number;
}

/** A measure found in one version only, with its amount per calendar year. */
export interface MeasureEntry extends MeasureRef {
  readonly years: Readonly<Record<string, Kr | null>>;
  /** The years whose cell holds a text that is no amount ("?"), as typed (their amount is null); absent: none. */
  readonly texts?: Readonly<Record<string, string>>;
  /**
   * Only for a removed (added) measure whose Tiltak text stands, in the newer (older) version, on a row of an ID on
   * several rows that was compared with nothing (compare/duplicates.ts): that row's ID cell and ID. Its ID was perhaps
   * typed over; the reports say where its text stands, not only that the measure is gone (or new).
   */
  readonly textOnRow?: { readonly version: 'old' | 'new'; readonly cell: string; readonly id: string };
}

export interface MeasureChange extends MeasureRef {
  /**
   * The older version's table, only for a measure that moved between Tiltak drift and Tiltak investering
   * keeping its ID (`table` is where it stands now). Its changes then include the columns of either table.
   */
  readonly movedFrom?: TableKind;
  readonly changes: readonly FieldChange[];
  /**
   * Only when its one change is a new Prioritet in a section whose measures keep their order: renumbered, not
   * ranked anew (compare/renumbered.ts). The reports list it apart from the real changes.
   */
  readonly renumbered?: true;
  /**
   * Only when its one change is Tidligere bevilget, grown by exactly its expenditure in the years that left the
   * period, as a roll books it (compare/carriedBefore.ts). The text and HTML reports list it apart; not in JSON.
   */
  readonly carriedBefore?: true;
}

/** One row of an ID that stands on more than one row of one version (an id-duplicate, SPEC §8). */
export interface DuplicateRow extends MeasureEntry {
  /** "Sheet!A1" of its ID cell. */
  readonly cell: string;
  /**
   * Whether it was compared with a measure of the other version. One that was not is neither added nor removed
   * when its ID as typed was compared on another row (compare/duplicates.ts); it counts in the totals all the same,
   * as every costed row does, findings or not (SPEC §4).
   */
  readonly compared: boolean;
}

/** An ID on more than one row of one version (compared as the reconciliation compares IDs: case aside). */
export interface DuplicateId {
  readonly version: 'old' | 'new';
  /** The ID as its first row has it. */
  readonly id: string;
  /** Every row with the ID, in the version's order (the operating table first). */
  readonly rows: readonly DuplicateRow[];
}

/** One calendar year of a total: null on the side whose period does not hold the year (then no difference). */
export interface YearChange {
  readonly old: Kr | null;
  readonly new: Kr | null;
  readonly difference: Kr | null;
  /**
   * The part of `difference` that is only rounding (docs/spec.md §14): present, never 0, when the versions' units
   * round to different steps (SPEC §4) and the finer version's amounts, each rounded to the coarser step as the
   * comparison counts them the same, give a total that differs from its exact one.
   */
  readonly rounding?: Kr;
}

export type YearChanges = Readonly<Record<string, YearChange>>;

/** An economy plan line as compared: its key fields, description and amount per calendar year. */
export interface LineEntry {
  readonly part: string;
  readonly lineType: string;
  readonly ref: string;
  readonly frame: string;
  readonly source: string;
  readonly description: string;
  /** The Plannavn the line belongs to (SPEC §15); empty = any plan. */
  readonly plan: string;
  readonly years: Readonly<Record<string, Kr | null>>;
  /** The years whose cell holds a text that is no amount ("?"), as typed (their amount is null); absent: none. */
  readonly texts?: Readonly<Record<string, string>>;
  readonly sheet: string;
  readonly row: number;
}

export interface LineChange extends LineEntry {
  readonly changes: readonly FieldChange[];
}

/** The settings compared besides Beløpsenhet and the period (compare/settings.ts). */
export type ComparedSetting = 'priceLevel' | 'economyPlanVersion' | 'tolerance' | 'planName';

/** A setting both versions state with different values: text, or kroner for Toleranse. */
export interface SettingChange {
  readonly field: ComparedSetting;
  readonly old: string | Kr;
  readonly new: string | Kr;
}

/** One side of the comparison: which file (and version), labelled for the reader. */
export interface ComparedPlan {
  readonly file: string;
  /** The version's label, or the file's name for a workbook's current plan. */
  readonly label: string;
  readonly plan: { readonly startYear: number; readonly years: readonly number[]; readonly unit: Unit };
}

/**
 * The sign that Beløpsenhet was changed without converting the typed amounts (compare/unitNotConverted.ts): the
 * unit differs between the versions, and nearly every amount that changed changed by exactly the units' ratio.
 */
export interface UnitNotConverted {
  readonly old: Unit;
  readonly new: Unit;
  /** The newer unit in kroner over the older: 1000 for 1000 kr → mill kr, 0.001 for mill kr → 1000 kr. */
  readonly scale: number;
  /** Amounts that differ: of the measures in both versions and the economy plan lines in both. */
  readonly changed: number;
  /** Of them, those whose new value is `scale` times the old (within 0.1 %, as SPEC §8 unit-suspect). */
  readonly scaled: number;
}

/**
 * A table of one version whose year headers are not the plan period (SPEC §8 year-columns): the plan years it has
 * no column for were not read, so they are left out of the comparison of that table's amounts (compare/yearsNotRead.ts).
 */
export interface YearsNotRead {
  readonly version: 'old' | 'new';
  readonly table: 'operating' | 'investment' | 'economyPlan';
  readonly sheet: string;
  /** The header cell the year-columns finding names (its first wrong year column). */
  readonly cell: string;
  /** The plan years without a column. */
  readonly years: readonly number[];
  /** The year headers as found ("2027, 2028, 2029, 2031"), when the reader's finding was given. */
  readonly found?: string;
}

export interface ChangeSet {
  readonly old: ComparedPlan;
  readonly new: ComparedPlan;
  /** Calendar years compared (in both periods) and those in one period only. */
  readonly years: {
    readonly common: readonly number[];
    readonly onlyOld: readonly number[];
    readonly onlyNew: readonly number[];
    /**
     * Tables whose year headers are not the period, either version's; their years without a column not compared.
     * Present only when there are some.
     */
    readonly notRead?: readonly YearsNotRead[];
  };
  readonly unitChanged: boolean;
  /** Set when the unit changed but the typed amounts were not converted (the report warns first); else null. */
  readonly unitNotConverted: UnitNotConverted | null;
  /** Prisnivå, Økonomiplanversjon, Toleranse, Plannavn where both versions state them and they differ. */
  readonly settings: readonly SettingChange[];
  readonly measures: {
    readonly added: readonly MeasureEntry[];
    /** In the older version only, but for the finished one-offs below. */
    readonly removed: readonly MeasureEntry[];
    /**
     * In the older version only and done: Engangs measures with money before the newer period and no cost in any
     * year from its first on, as a roll forward takes them out (SPEC §11). Not dropped from the plan: finished.
     */
    readonly finished: readonly MeasureEntry[];
    readonly changed: readonly MeasureChange[];
  };
  /**
   * IDs on more than one row of a version, the older version's first. Their rows not compared with the other
   * version (`compared` false) are in none of the lists above when their ID as typed was compared on another row.
   */
  readonly duplicateIds: readonly DuplicateId[];
  /** Costed measures only (as every total, SPEC §4), per calendar year of either period. */
  readonly totals: {
    readonly operating: YearChanges;
    readonly newMoney: YearChanges;
    readonly investment: YearChanges;
    readonly byFrame: readonly { readonly frame: string; readonly years: YearChanges }[];
  };
  readonly economyPlan: {
    readonly added: readonly LineEntry[];
    readonly removed: readonly LineEntry[];
    readonly changed: readonly LineChange[];
  };
  /**
   * Only when the economy plan table, or a compared column of it, is found in one version and not in the other
   * (compare/notFound.ts): the reader's findings that say so, by version. Its lines are then not compared (the lists
   * above are empty); the measures and the totals are.
   */
  readonly economyPlanNotFound?: readonly EconomyPlanNotFound[];
}

/** A finding that the economy plan table or a compared column of it was not found in one version. */
export interface EconomyPlanNotFound {
  readonly version: 'old' | 'new';
  readonly finding: Finding;
}

/**
 * The Innstillinger sheet's schema (SPEC §2, §3): the rows of tblInnstillinger and the four list tables behind
 * the drop-downs, each exposed as a workbook name; also the headers of the small tables beside the measures.
 */
import type { ListKey } from './schema';

export type SettingKey =
  'startYear' | 'yearCount' | 'unit' | 'priceLevel' | 'economyPlanVersion' | 'tolerance' | 'planName';

export interface SettingSpec {
  readonly key: SettingKey;
  readonly label: string;
  readonly aliases: readonly string[];
}

/** Rows of `tblInnstillinger` (SPEC §3), in template order. Defaults depend on the year: see settings.ts. */
export const SETTINGS: readonly SettingSpec[] = [
  { key: 'startYear', label: 'Første planår', aliases: ['Fyrste planår', 'First plan year'] },
  { key: 'yearCount', label: 'Antall planår', aliases: ['Tal på planår', 'Number of plan years'] },
  { key: 'unit', label: 'Beløpsenhet', aliases: ['Beløpseining', 'Amount unit', 'Unit'] },
  { key: 'priceLevel', label: 'Prisnivå', aliases: ['Price level'] },
  { key: 'economyPlanVersion', label: 'Økonomiplanversjon', aliases: ['Økonomiplanversjon', 'Economy plan version'] },
  { key: 'tolerance', label: 'Toleranse', aliases: ['Tolerance'] },
  // Names the thematic plan; required only for consolidation (SPEC §15), so older workbooks lack it.
  { key: 'planName', label: 'Plannavn', aliases: ['Plannamn', 'Plan name'] },
];

/** A setting's label on Innstillinger (bokmål in every workbook, so in every language's messages). */
export const settingLabel = (key: SettingKey): string => SETTINGS.find((s) => s.key === key)?.label ?? key;

export interface ListSpec {
  readonly key: ListKey;
  readonly table: string;
  /** Workbook name used as the data validation source. */
  readonly name: string;
  /** Columns of the list table; the first is the value offered in drop-downs. */
  readonly columns: readonly { readonly header: string; readonly aliases: readonly string[] }[];
}

/** The lists on the `Innstillinger` sheet (SPEC §2). */
export const LISTS: readonly ListSpec[] = [
  {
    key: 'sections',
    table: 'tblSeksjoner',
    name: 'lstSeksjoner',
    columns: [{ header: 'Seksjon', aliases: ['Section'] }],
  },
  {
    key: 'areas',
    table: 'tblPlanomrader',
    name: 'lstPlanomrader',
    columns: [{ header: 'Planområde', aliases: ['Plan area'] }],
  },
  {
    key: 'frames',
    table: 'tblRammeomrader',
    name: 'lstRammeomrader',
    columns: [
      { header: 'Kode', aliases: ['Code'] },
      { header: 'Navn', aliases: ['Namn', 'Name'] },
    ],
  },
  {
    key: 'responsibles',
    table: 'tblAnsvarlige',
    name: 'lstAnsvarlige',
    columns: [{ header: 'Ansvarlig', aliases: ['Ansvarleg', 'Responsible'] }],
  },
];

/** Settings table headers. */
export const SETTINGS_HEADERS = { name: 'Innstilling', value: 'Verdi' } as const;
/** Plan item table headers (`tblHandlingsplan`). */
export const PLAN_ITEM_HEADERS = { ref: 'Ref', title: 'Tittel' } as const;

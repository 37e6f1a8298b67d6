/**
 * The archive a roll forward leaves behind: the old period in the layout of a saved version (SPEC §14), so the
 * plan as it stood stays readable next to the new one and can be compared with it.
 */
import { SHEETS } from '../model/schema';
import { versionLayout, type VersionLayout } from '../sheets/version';
import type { UserColumnsByTable } from '../sheets/userColumns';
import type { Plan } from '../model/plan';
import type { KeptAmount } from '../read/typedTexts';

function period(plan: Plan): string {
  const first = plan.years[0] ?? plan.settings.startYear;
  const last = plan.years[plan.years.length - 1] ?? first;
  return `${first}–${last}`;
}

/** "Arkiv 2027–2030" (en dash, as every year range the product writes): the period that was rolled away. */
export function archiveSheetName(plan: Plan): string {
  return `${SHEETS.archive} ${period(plan)}`;
}

/**
 * The archive's cells: a version labelled "Tiltaksplan 2027–2030 før rullering", dated by the caller; `typed`
 * placeholders ("----", "?") stay as typed, as in the rolled tables (SPEC §11), so the old period reads as it was;
 * the user's own columns of each table stand after the product's, as in the rolled tables.
 */
export function archiveLayout(
  plan: Plan,
  date: string,
  typed?: ReadonlyMap<string, KeptAmount>,
  user: UserColumnsByTable = {},
): VersionLayout {
  const label = `Tiltaksplan ${period(plan)} før rullering`;
  return versionLayout(plan, { label, date }, typed, user);
}

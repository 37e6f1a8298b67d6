/**
 * Endringer's two sides and what it says of them: the workbook's saved versions read once, the older side chosen
 * (a saved version or a second file), and the change set, or the reasons it is refused, with its warnings.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  comparePlans,
  findVersions,
  newestVersionDate,
  planVersion,
  readPlan,
  readVersion,
  savedVersion,
  type CheckResult,
  type ComparedVersion,
  type Lang,
  type VersionInfo,
  type WorkbookSnapshot,
} from '../../domain';
import type { ViewProps } from '../components/types';
import { defaultStartYear } from '../hooks/usePlanCheck';
import { refusalsOf, warningsOf } from './changesNotices';

/** A second file opened to compare with (plain browser). */
export interface OtherFile {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
}

/** The choice of the second file; a saved version's is `sheetChoice` of its sheet. */
export const FILE = 'file';
export const sheetChoice = (sheet: string): string => `sheet:${sheet}`;

/**
 * Saved versions are hidden sheets a check does not read (Excel): one versions read when the view opens, of those
 * sheets only; until it answers, the snapshot of the last check.
 */
export function useVersionsSnapshot(readVersions: ViewProps['readVersions'], checked: WorkbookSnapshot) {
  const [whole, setWhole] = useState<WorkbookSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    void readVersions().then((s) => live && setWhole(s));
    return () => {
      live = false;
    };
  }, [readVersions]);
  const snapshot = whole ?? checked;
  const versions = useMemo(() => findVersions(snapshot), [snapshot]);
  return { snapshot, versions };
}

/** The older side: a second file's plan, or a saved version of this workbook (its period is its header's). */
function olderPlan(
  choice: string,
  snapshot: WorkbookSnapshot,
  other: OtherFile | null,
  file: string,
): ComparedVersion | null {
  if (choice === FILE && other) {
    const read = readPlan(other.snapshot, { defaultStartYear: defaultStartYear() });
    // A workbook is at least as new as the newest version it holds (domain: compare/order.ts).
    return { ...planVersion(read, other.name, other.name), date: newestVersionDate(findVersions(other.snapshot)) };
  }
  if (!choice.startsWith('sheet:')) return null;
  const version = readVersion(snapshot, choice.slice('sheet:'.length));
  return version && savedVersion(version, file);
}

interface Sides {
  readonly lang: Lang;
  readonly choice: string;
  readonly snapshot: WorkbookSnapshot;
  readonly other: OtherFile | null;
  /** The open workbook's saved versions: the newest one's date is how new it is (a second file may look newer). */
  readonly versions: readonly VersionInfo[];
  /** The open plan: the last check's, kept current by the re-check after every change. */
  readonly result: CheckResult;
}

/** The change set from the chosen side to the open plan (null: none chosen, or refused), its refusals and warnings. */
export function useChangeSet({ lang, choice, snapshot, other, versions, result }: Sides) {
  const file = result.report.file;
  const older = useMemo(() => olderPlan(choice, snapshot, other, file), [choice, snapshot, other, file]);
  const refusals = older ? refusalsOf(lang, older, file, result) : [];
  const refused = refusals.length > 0;
  const diff = useMemo(
    () =>
      older &&
      !refused &&
      comparePlans(older.plan, result.plan, {
        old: { file: older.file, label: older.label, findings: older.findings },
        new: { file, label: file, findings: result.findings },
      }),
    [older, refused, file, result.plan, result.findings],
  );
  const warnings = older && diff ? warningsOf(lang, older, file, result, newestVersionDate(versions)) : [];
  return { diff, refusals, warnings };
}

/**
 * The pane's one source of truth about the open plan: read the workbook through the port, run the domain
 * check, keep the result. Re-checks (debounced) when the port reports that the user edited the workbook.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkSnapshot, type CheckResult, type Lang, type WorkbookSnapshot } from '../../domain';
import { renderFinding } from '../../i18n';
import type { WorkbookPort } from '../../workbook/port';
import { toPaneError, type PaneError } from '../errors';

export interface PlanCheckState {
  readonly checking: boolean;
  readonly snapshot: WorkbookSnapshot | null;
  readonly result: CheckResult | null;
  readonly error: PaneError | null;
  /** Excel refused the change subscription: the user must press Check again after editing. */
  readonly watchFailed: boolean;
}

/** A snapshot and its check, read together. */
export interface Checked {
  readonly snapshot: WorkbookSnapshot;
  readonly result: CheckResult;
}

export interface PlanCheck extends PlanCheckState {
  /** Read and check again now; resolves when done. */
  readonly recheck: () => Promise<void>;
  /** Read and check again now, and hand back what was read; rejects when the read fails. */
  readonly readChecked: () => Promise<Checked>;
}

const DEBOUNCE_MS = 400;

/** The year the pane proposes when the workbook does not say: next calendar year (SPEC §3). */
export function defaultStartYear(now: Date = new Date()): number {
  return now.getFullYear() + 1;
}

export function usePlanCheck(port: WorkbookPort, lang: Lang, file: string): PlanCheck {
  const [state, setState] = useState<PlanCheckState>({
    checking: true,
    snapshot: null,
    result: null,
    error: null,
    watchFailed: false,
  });
  const run = useRef(0);

  const readChecked = useCallback(async (): Promise<Checked> => {
    const mine = ++run.current;
    setState((s) => ({ ...s, checking: true }));
    try {
      const snapshot = await port.read();
      const result = checkSnapshot(snapshot, {
        file,
        defaultStartYear: defaultStartYear(),
        render: (f, unit) => renderFinding(f, lang, unit),
      });
      if (mine === run.current) setState((s) => ({ ...s, checking: false, snapshot, result, error: null }));
      return { snapshot, result };
    } catch (e) {
      if (mine === run.current) setState((s) => ({ ...s, checking: false, error: toPaneError(e) }));
      throw e;
    }
  }, [port, lang, file]);
  const recheck = useCallback(
    () =>
      readChecked().then(
        () => undefined,
        () => undefined,
      ),
    [readChecked],
  );

  useEffect(() => {
    void recheck();
  }, [recheck]);

  useEffect(() => {
    if (!port.onUserChange) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = port.onUserChange(
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => void recheck(), DEBOUNCE_MS);
      },
      () => setState((s) => ({ ...s, watchFailed: true })),
    );
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [port, recheck]);

  return { ...state, recheck, readChecked };
}

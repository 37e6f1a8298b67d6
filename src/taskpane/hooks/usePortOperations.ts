/**
 * What the Pane hands every view to act on the workbook through the port, each run as one operation
 * (useAction.ts): select a cell, read wider than a check does, and write planned edits, then check again.
 */
import { useCallback } from 'react';
import { writable, type Edit, type Lang, type WorkbookSnapshot, type WritePlan } from '../../domain';
import { rowsShownLines } from '../../i18n/rowsShown';
import type { WorkbookPort } from '../../workbook/port';
import type { PlanOnFresh, ViewProps } from '../components/types';
import { BlockedByUserCells } from '../errors';
import type { Action } from './useAction';
import type { PlanCheck } from './usePlanCheck';

export type PortOperations = Pick<ViewProps, 'select' | 'readStructure' | 'readVersions' | 'readForRoll' | 'write'>;

export function usePortOperations(
  port: WorkbookPort,
  lang: Lang,
  action: Action,
  { recheck, readChecked }: Pick<PlanCheck, 'recheck' | 'readChecked'>,
): PortOperations {
  const select = useCallback(
    (sheet: string, cell: string) => void action.run(() => port.apply([{ kind: 'select', sheet, cell }])),
    [port, action],
  );
  // Repair and writing Avstemming must see every cell they might write to, not only what a check reads; roll
  // forward also the saved versions, which no write needs; Endringer only those (domain readScope.ts).
  // `run` is stable, so views may read once when they mount.
  const { run } = action;
  const readWider = useCallback(
    async (scope: 'structure' | 'versions' | 'roll') => {
      let snapshot: WorkbookSnapshot | null = null;
      await run(async () => {
        snapshot = await port.read(scope);
      });
      return snapshot;
    },
    [port, run],
  );
  const readStructure = useCallback(() => readWider('structure'), [readWider]);
  const readVersions = useCallback(() => readWider('versions'), [readWider]);
  const readForRoll = useCallback(() => readWider('roll'), [readWider]);
  const write = useCallback(
    (asked: readonly Edit[] | WritePlan | PlanOnFresh, done: string | (() => string)) =>
      action.run(async () => {
        const planned = typeof asked === 'function' ? asked(await readChecked()) : asked;
        const plan = 'ok' in planned ? planned : writable(planned);
        if (!plan.ok) throw new BlockedByUserCells(plan.blocked);
        await port.apply(plan.edits);
        // A filter she set on a table written anew, or rows she hid in it, went so that no item is hidden: said.
        const shown = rowsShownLines(port.rowsShown?.() ?? [], lang);
        await recheck();
        return [typeof done === 'function' ? done() : done, ...shown].join(' ');
      }),
    [port, action, recheck, readChecked, lang],
  );
  return { select, readStructure, readVersions, readForRoll, write };
}

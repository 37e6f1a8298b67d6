/**
 * The whole rolled-forward workbook as planned edits (SPEC §11): the new plan, the old period on its
 * archive sheet, earlier archive sheets carried as values, and the titles of tblHandlingsplan. The command
 * line and the task pane both build it here, so a roll forward means the same wherever it runs.
 */
import type { Edit } from '../model/edits';
import { rollContent, type RollResult } from './rollover';
import { carryArchives, readPlanItems } from './carry';
import { planWorkbook } from '../sheets/template';
import type { Plan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface RolledWorkbook {
  readonly edits: Edit[];
  readonly content: RollResult['content'];
  readonly archiveSheet: string;
}

/** Rolls `plan`, read from `snapshot`, one year forward into the edits of a new workbook. */
export function planRolledWorkbook(snapshot: WorkbookSnapshot, plan: Plan): RolledWorkbook {
  const { content, archive } = rollContent(plan, { planItems: readPlanItems(snapshot) ?? undefined });
  const edits: Edit[] = [
    ...planWorkbook(content),
    { kind: 'ensureSheet', sheet: archive.sheet },
    { kind: 'setCells', sheet: archive.sheet, origin: 'A1', values: archive.rows },
    { kind: 'setStyle', sheet: archive.sheet, range: 'A1', style: 'title' },
    ...carryArchives(snapshot, archive.sheet),
  ];
  return { edits, content, archiveSheet: archive.sheet };
}

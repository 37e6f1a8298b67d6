/**
 * The snapshot a canonical workbook written from content would read back as: lets the task pane and the
 * tests read, check and reconcile content (the example, an import) before any file exists.
 */
import { applyEdits, EMPTY_WORKBOOK } from './snapshotEdits';
import { planStructure } from './template';
import type { PlanContent } from '../model/content';
import type { WorkbookSnapshot } from '../model/snapshot';

/** The snapshot of the canonical workbook holding `content` (without the generated Sammendrag). */
export function snapshotFromContent(content: PlanContent): WorkbookSnapshot {
  return applyEdits(EMPTY_WORKBOOK, planStructure(content));
}

/**
 * Test helper: the snapshot a canonical workbook written from content would read back as (without the
 * generated Sammendrag), so that tests read, check and reconcile content (the example, a template) without a file.
 */
import { applyEdits, EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { planStructure } from '../../src/domain/sheets/template';
import type { PlanContent } from '../../src/domain/model/content';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';

/** The snapshot of the canonical workbook holding `content` (without the generated Sammendrag). */
export function snapshotFromContent(content: PlanContent): WorkbookSnapshot {
  return applyEdits(EMPTY_WORKBOOK, planStructure(content));
}

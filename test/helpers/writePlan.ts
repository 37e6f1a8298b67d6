/** Test helper: the edits of a plan that must not be blocked (fails the test with the cells when it is). */
import type { Edit } from '../../src/domain/model/edits';
import { userCellAddress, type WritePlan } from '../../src/domain/model/writePlan';

export function editsOf(plan: WritePlan): Edit[] {
  if (!plan.ok) throw new Error(`blocked by ${plan.blocked.map(userCellAddress).join(', ')}`);
  return [...plan.edits];
}

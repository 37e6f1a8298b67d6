/** Shared shape of the validator's table-driven cases: one failing plan and one passing plan per rule. */
import { validatePlan } from '../../../src/domain/validate/plan';
import { SEVERITY } from '../../../src/domain/model/finding';
import type { FindingCode } from '../../../src/domain/model/finding';
import type { Plan } from '../../../src/domain/model/plan';

export interface RuleCase {
  readonly name: string;
  readonly code: FindingCode;
  readonly fail: Plan;
  readonly pass: Plan;
  readonly sheet: string;
  readonly cell: string;
  readonly measureId: string | undefined;
}

/** Registers the failing and the passing test of each case. */
export function describeRules(title: string, cases: readonly RuleCase[]): void {
  describe(title, () => {
    it.each(cases)('$name: $code at $cell', (c) => {
      const hits = validatePlan(c.fail).filter((f) => f.code === c.code);
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ severity: SEVERITY[c.code], sheet: c.sheet, cell: c.cell });
      expect(hits[0]?.measureId).toBe(c.measureId);
    });

    it.each(cases)('$name: passing case has no $code', (c) => {
      expect(validatePlan(c.pass).map((f) => f.code)).not.toContain(c.code);
    });
  });
}

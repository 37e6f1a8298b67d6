/**
 * Nytt tiltak, Prioritet typed «0.0». A priority counts from 1 (SPEC §8, and the check's
 * priority-invalid guards its «2.0» hint with isValidPriority: «0.0» keeps the plain message there). The form asked
 * her to type «0» instead, which the check then refused as priority-invalid.
 */
import { fieldErrorParams, toRowInput } from '../../src/taskpane/views/measureForm';

it('does not suggest an invalid priority «0» for «0.0»', () => {
  const form = { values: { measure: 'Nytt tiltak', priority: '0.0' }, years: [], areas: [] } as never;
  const { errors } = toRowInput('operating' as never, form, { id: 'D-010', priority: 3 }, '1000 kr');
  expect(errors.priority).toBe('notAWholeNumber');
  expect(errors.priority && fieldErrorParams(form, 'priority', errors.priority, '1000 kr')).toBeUndefined();
});

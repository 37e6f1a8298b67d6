/**
 * frame-invalid on an economy plan line (docs/spec.md §6, §8): a Rammeområde that is not a code of
 * tblRammeomrader, as on a measure row, at the line's cell, naming the value and the list's codes.
 */
import { validatePlan } from '../../../src/domain/validate/plan';
import { line, plan } from '../../helpers/plan';

// The default lists hold R1 and R3; the canonical economy plan table has Ref in C, Rammeområde in D.
const findingsOf = (lines: ReturnType<typeof line>[], frames?: { code: string; name: string }[]) =>
  validatePlan(plan({ economyPlan: lines, ...(frames ? { lists: { frames } } : {}) })).filter(
    (f) => f.code === 'frame-invalid',
  );

describe('frame-invalid on an economy plan line', () => {
  it.each<[string, ReturnType<typeof line>, string | null, string]>([
    ['a Ramme line of «R 3» (a space)', line({ row: 2, type: 'Ramme', frame: 'R 3', years: [500] }), 'D2', 'R 3'],
    ['a Tiltak line of «R9»', line({ row: 4, ref: 'D-001', frame: 'R9', years: [100] }), 'D4', 'R9'],
    ['a Ramme line naming its frame in Ref only', line({ row: 3, type: 'Ramme', ref: 'R2' }), 'C3', 'R2'],
    ['a Ramme line of «r3» (case aside, as a measure’s)', line({ row: 2, type: 'Ramme', frame: ' r3 ' }), null, ''],
    ['a Tiltak line without Rammeområde', line({ row: 4, ref: 'D-001', years: [100] }), null, ''],
    ['a Tiltak line with its Ref only (a Ref is no frame)', line({ row: 4, ref: 'R2' }), null, ''],
  ])('%s', (_label, l, cell, frame) => {
    const hits = findingsOf([l]);
    if (cell === null) return expect(hits).toEqual([]);
    expect(hits).toEqual([
      {
        code: 'frame-invalid',
        severity: 'error',
        sheet: 'Økonomiplan',
        cell,
        params: { frame, allowed: 'R1, R3', reason: 'economy-plan-line' },
      },
    ]);
  });

  it('none when the frame list is empty (list-empty says so once)', () => {
    expect(findingsOf([line({ row: 2, type: 'Ramme', frame: 'R 3' })], [])).toEqual([]);
  });
});

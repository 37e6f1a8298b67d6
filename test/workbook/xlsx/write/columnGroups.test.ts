/**
 * Folded column groups read from a hand-made <cols> (write/columnGroups.ts): the group is the run of deeper columns
 * beside the collapsed mark, right of the group unless the sheet says summaryRight="0"; it stays only when every
 * column of it and its mark move as one.
 */
import { brokenFolds, foldsOf, summaryLeft, unfolded } from '../../../../src/workbook/xlsx/write/columnGroups';

/** <cols> as spans, and the tag of a column. */
function sheet(tags: Record<number, string>) {
  const spans = Object.entries(tags).map(([c, tag]) => ({ min: Number(c), max: Number(c), tag }));
  return { spans, tagAt: (c: number) => tags[c] };
}

test('J–K folded (level 1), L marked collapsed; M–N grouped but open: one fold, J–K with L', () => {
  const { spans, tagAt } = sheet({
    10: '<col min="10" max="10" width="9" hidden="1" outlineLevel="1"/>',
    11: '<col min="11" max="11" width="9" hidden="1" outlineLevel="1"/>',
    12: '<col min="12" max="12" width="9" collapsed="1"/>',
    13: '<col min="13" max="13" width="9" outlineLevel="1"/>',
    14: '<col min="14" max="14" width="9" outlineLevel="1"/>',
  });
  expect(foldsOf(spans, tagAt, false)).toEqual([{ members: [10, 11], control: 12 }]);
});

test('summaryRight="0": the mark on C is left of its group D–E', () => {
  const { spans, tagAt } = sheet({
    3: '<col min="3" max="3" width="9" collapsed="1"/>',
    4: '<col min="4" max="4" width="9" hidden="1" outlineLevel="1"/>',
    5: '<col min="5" max="5" width="9" hidden="1" outlineLevel="1"/>',
  });
  expect(summaryLeft('<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>')).toBe(true);
  expect(summaryLeft('<sheetPr><outlinePr summaryBelow="0"/></sheetPr>')).toBe(false);
  expect(foldsOf(spans, tagAt, true)).toEqual([{ members: [4, 5], control: 3 }]);
  expect(foldsOf(spans, tagAt, false)).toEqual([]);
});

test('a fold stays when J, K and L move one left together; goes when K parts, or when J is a year shown', () => {
  const fold = { members: [10, 11], control: 12 };
  expect(brokenFolds([fold], (c) => c - 1, new Set())).toEqual([]);
  expect(brokenFolds([fold], (c) => (c === 11 ? 22 : c - 1), new Set())).toEqual([fold]);
  expect(brokenFolds([fold], (c) => (c === 12 ? null : c), new Set())).toEqual([fold]);
  expect(brokenFolds([fold], (c) => c, new Set([10]))).toEqual([fold]);
});

test('unfolded: a column of the group shown and out of the outline; the mark beside it off, its width kept', () => {
  expect(unfolded('<col min="10" max="10" width="9" hidden="1" outlineLevel="1" customWidth="1"/>', true)).toBe(
    '<col min="10" max="10" width="9" customWidth="1"/>',
  );
  expect(unfolded('<col min="12" max="12" width="9" collapsed="1"/>', false)).toBe(
    '<col min="12" max="12" width="9"/>',
  );
});

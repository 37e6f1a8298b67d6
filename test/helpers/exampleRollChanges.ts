/**
 * Test helper: the measures compare lists as changed between the example (2027–2030, 1000 kr) and its roll to
 * 2028–2031, worked out by hand, for the tests that compare the two however they come to them (two files, or a
 * rolled file with its archive sheet).
 *
 * The sections D-002 (Samfunn og tjenester, 2 of 1..5) and D-009 (Organisasjon, 4 of 1..6) left are numbered again
 * (SPEC §11): D-003 3 → 2, D-004 4 → 3, D-005 5 → 4, D-010 5 → 4, D-011 6 → 5, in the same order, so each is marked
 * renumbered (docs/spec.md §14). Beside them each costed measure's amounts in 2027 (the adopted period only) and in
 * 2031 ≠ 0 (the rolled only: Helårsvirkning of a Varig measure; 0 for an investment, not listed), "onlyIn" saying
 * which; and I-001, I-003 and I-005 book their 2027 (3 000, 1 000, 2 500) into Tidligere bevilget. Integer kroner.
 */
const y2027 = (old: number) => ({ field: '2027', old: old * 1000, new: null, onlyIn: 'old' });
const y2031 = (now: number) => ({ field: '2031', old: null, new: now * 1000, onlyIn: 'new' });
const renumbered = (id: string, old: number, ...years: object[]) => ({
  id,
  table: 'operating',
  changes: [{ field: 'priority', old, new: old - 1 }, ...years],
  renumbered: true,
});
const booked = (id: string, spent: number) => ({
  id,
  table: 'investment',
  changes: [{ field: 'before', old: 0, new: spent * 1000 }, y2027(spent)],
});

/** CompareJson.measures.changed of the example against its roll. */
export const EXAMPLE_ROLL_CHANGED = [
  { id: 'D-001', table: 'operating', changes: [y2027(600), y2031(2400)] },
  renumbered('D-003', 3, y2027(350), y2031(700)),
  renumbered('D-004', 4),
  renumbered('D-005', 5, y2027(400), y2031(800)),
  { id: 'D-007', table: 'operating', changes: [y2027(150), y2031(150)] },
  renumbered('D-010', 5),
  renumbered('D-011', 6, y2027(200), y2031(200)),
  booked('I-001', 3000),
  booked('I-003', 1000),
  booked('I-005', 2500),
];

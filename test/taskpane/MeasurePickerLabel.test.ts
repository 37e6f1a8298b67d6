import { cutLabel } from '../../src/taskpane/views/MeasurePicker';

// Labels of «Rediger tiltak» are at most 60 characters, «…» included (review r26), expectations by hand.
describe('cutLabel', () => {
  it.each([
    // 66 characters: cut at the space before «leietakere», not inside it.
    [
      'D-003 · Bostøttekontakt i NAV: økonomisk rådgivning for leietakere',
      'D-003 · Bostøttekontakt i NAV: økonomisk rådgivning for…',
    ],
    // 60 characters: whole.
    [`D-001 · ${'a'.repeat(52)}`, `D-001 · ${'a'.repeat(52)}`],
    // One word longer than the room: cut inside it, marked (8 + 51 + 1 = 60).
    [`D-004 · ${'x'.repeat(70)}`, `D-004 · ${'x'.repeat(51)}…`],
    // The cut falls after «NAV:»: the colon goes, so it does not read as the text's own end.
    [`D-005 · ${'a'.repeat(45)} NAV: ${'b'.repeat(16)}`, `D-005 · ${'a'.repeat(45)} NAV…`],
  ])('%s', (label, shown) => {
    expect(cutLabel(label, 7)).toBe(shown);
    expect(cutLabel(label, 7).length).toBeLessThanOrEqual(60);
  });
});

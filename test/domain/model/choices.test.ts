import {
  COST_STATUSES,
  isKnownChoice,
  MEASURE_KINDS,
  parseChoice,
  type Choice,
  type CostStatus,
} from '../../../src/domain/model/choices';

describe('parseChoice', () => {
  it.each([
    ['Beregnet', 'Beregnet', true],
    ['beregnet ', 'Beregnet', true],
    [' MÅ UTREDES', 'Må utredes', true],
    ['Beregna', 'Beregna', false],
    ['  Kanskje ', 'Kanskje', false],
    ['', '', false],
  ])('%p → %p (known: %p)', (text, value, known) => {
    const status: Choice<CostStatus> = parseChoice(text, COST_STATUSES);
    expect(status).toBe(value);
    expect(isKnownChoice(status, COST_STATUSES)).toBe(known);
  });

  it('reads each list by its own choices', () => {
    expect(parseChoice('engangs', MEASURE_KINDS)).toBe('Engangs');
    expect(parseChoice('Engangs', COST_STATUSES)).toBe('Engangs');
    expect(isKnownChoice(parseChoice('Engangs', COST_STATUSES), COST_STATUSES)).toBe(false);
  });
});

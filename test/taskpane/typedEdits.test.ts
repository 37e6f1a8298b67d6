import type { FormState } from '../../src/taskpane/views/measureForm';
import { hasTyped, keepTyped } from '../../src/taskpane/views/typedEdits';

const form = (priority: string, measure: string, years: string[], areas: string[] = []): FormState => ({
  values: { priority, measure },
  areas,
  years,
});

describe('typedEdits', () => {
  // Filled with priority 2, «Bostøtte», 2027–2028 600 / 1 200; the move made it priority 1.
  const loaded = form('2', 'Bostøtte', ['600', '1 200']);
  const written = form('1', 'Bostøtte', ['600', '1 200']);

  it('keeps the fields she typed over the form filled anew, and takes the others from the workbook', () => {
    const typed = form('2', 'Bostøtte', ['600', '2500'], ['Oppvekst']);
    expect(keepTyped(typed, loaded, written)).toEqual(form('1', 'Bostøtte', ['600', '2500'], ['Oppvekst']));
  });

  it('keeps a priority she typed herself', () => {
    expect(keepTyped(form('5', 'Bostøtte', ['600', '1 200']), loaded, written).values.priority).toBe('5');
  });

  it.each([
    [form('2', 'Bostøtte', ['600', '1 200']), false],
    [form('2', 'Bostøtte ', ['600', '1 200']), true],
    [form('2', 'Bostøtte', ['600', '']), true],
    [form('2', 'Bostøtte', ['600', '1 200'], ['Helse']), true],
  ])('hasTyped %#', (f, typed) => {
    expect(hasTyped(f, loaded)).toBe(typed);
  });
});

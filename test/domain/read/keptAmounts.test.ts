/**
 * keptAmounts (read/typedTexts.ts): an amount cell holding a logical value is reported by the reader as
 * amount-invalid with the value's name as the file stores it (TRUE, FALSE; a file may write "true") and valueType
 * 'logical'; a copy of the plan writes the logical value back. The text «TRUE» she typed stays text.
 */
import { keptAmounts } from '../../../src/domain/read/typedTexts';
import type { Finding } from '../../../src/domain/model/finding';

const invalid = (cell: string, value: string, valueType?: 'logical'): Finding => ({
  code: 'amount-invalid',
  severity: 'error',
  sheet: 'Tiltak drift',
  cell,
  params: valueType ? { value, valueType } : { value },
});

test('logical values by their names are kept as logical values, a typed «TRUE» as text', () => {
  const kept = keptAmounts([
    invalid('H2', 'TRUE', 'logical'),
    invalid('H3', 'FALSE', 'logical'),
    invalid('H4', 'true', 'logical'),
    invalid('H5', 'TRUE'),
  ]);
  expect(Object.fromEntries(kept)).toEqual({
    'Tiltak drift!H2': true,
    'Tiltak drift!H3': false,
    'Tiltak drift!H4': true,
    'Tiltak drift!H5': 'TRUE',
  });
});

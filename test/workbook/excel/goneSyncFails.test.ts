/**
 * goneTarget's own sync (the one that learns which sheet is gone after a first sync failed with ItemNotFound) may
 * fail too (the connection dropped, the workbook closed): then the first error stands, rather than the second
 * replacing it (a review found the second thrown instead).
 */
import { goneTarget } from '../../../src/workbook/excel/gone';

const itemNotFound = Object.assign(new Error('The requested resource doesn’t exist.'), { code: 'ItemNotFound' });

function failingContext(): Excel.RequestContext {
  const worksheets = { items: [], load: () => undefined };
  const sync = () => Promise.reject(Object.assign(new Error('connection lost'), { code: 'GeneralException' }));
  return { workbook: { worksheets }, sync } as unknown as Excel.RequestContext;
}

it('gives no error of its own when its sync fails, so the caller throws the first', async () => {
  const edit = { kind: 'setCells', sheet: 'Tiltak drift', origin: 'E13', values: [['x']] } as const;
  await expect(goneTarget(failingContext(), [edit], itemNotFound)).resolves.toBeNull();
});

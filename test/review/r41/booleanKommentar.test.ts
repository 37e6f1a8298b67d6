/**
 * Review r41 (finance staff between runs): a Kommentar Excel stores as a logical value is dropped by the next run.
 * In Norwegian Excel a Kommentar typed «sann» (or «SANN», «usann»; TRUE/FALSE in English Excel) becomes the logical
 * value TRUE/FALSE, not text. «Skriv avstemming» again (or `check --write`, the same planner) writes Kommentar empty:
 * keptUserColumns keeps only text and numbers. When the item is gone, the row is kept below the items with the
 * Forklaring «Status og Kommentar er tatt vare på her» — and an empty Kommentar.
 *
 * Why wrong: SPEC §10 — «Status … and Kommentar belong to the user: a new run keeps them for the same (Kode, Ref, År,
 * Finansieringskilde)»; docs/spec.md §10 «Typed text is never dropped silently»; her own columns carry a cell «as typed».
 *
 * By hand, on the example (2027–2030, 1000 kr) with Avstemming written (tblAvstemming A1:P57): row 9 is D-003 2030
 * (the mismatch 500 / 400), row 18 D-011 (measure-not-in-economy-plan, no year). She types «sann» in P9 and in P18.
 * Run again: P9 still holds TRUE beside D-003 2030. Then D-011's Nye midler (Tiltak drift!Q12) 200 → 0: its item is
 * gone, so the table is A1:P57 with the kept D-011 row last (57), and P57 holds TRUE.
 */
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';

async function written() {
  const model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const av = model.sheets.find((s) => s.name === 'Avstemming')!.cells;
  expect([av.get('D9')?.value, av.get('G9')?.value, av.get('D18')?.value]).toEqual(['D-003', 2030, 'D-011']);
  return { model, av };
}

describe('a Kommentar Excel stores as TRUE («sann»)', () => {
  test('stays beside its item on the next run', async () => {
    const { model, av } = await written();
    av.set('P9', { value: true });
    expect((await writeAvstemming(model)).ok).toBe(true);
    expect([av.get('D9')?.value, av.get('G9')?.value, av.get('P9')?.value]).toEqual(['D-003', 2030, true]);
  });

  test('goes with the row kept below the items when its item is gone', async () => {
    const { model, av } = await written();
    av.set('P18', { value: true });
    const drift = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
    expect(drift.get('Q12')?.value).toBe(200);
    drift.set('Q12', { ...drift.get('Q12')!, value: 0 });
    expect((await writeAvstemming(model)).ok).toBe(true);
    expect(model.tables.find((t) => t.name === 'tblAvstemming')?.ref).toBe('A1:P57');
    expect([av.get('D57')?.value, av.get('P57')?.value]).toEqual(['D-011', true]);
  });
});

/**
 * Review r13 (571ae4b: comparisons on a table's amounts per year are left out until its year headers are the
 * period): her accepted row is kept, but its note tells her the item is gone and invites her to delete the row.
 *
 * The built-in example, checked with --write; on Avstemming she accepts D-003 2030 (Avvik 100: 500 against
 * Økonomiplan!J6 400) with Status «Akseptert» and a Kommentar. Then Tiltak drift!K1 «2030» is typed 2031 by mistake
 * and she checks again with --write.
 *
 * What she sees on the kept row: «Ikke avstemt i denne kjøringen: ingen post har lenger denne Kode, Ref, År og
 * Finansieringskilde. Status og Kommentar er tatt vare på her; slett raden når den ikke trengs. Akseptert ved
 * avvik 100.» D-003 and its 2030 amount are still there; nothing was removed. Told the item no longer exists and
 * that she may delete the row, she loses her acceptance and Kommentar; when the header is put back, D-003 2030
 * returns as an open «Feil» she already settled.
 *
 * Expected: the note says why the row was not compared this run — the year headers (as the report's «Sammenligningene
 * som bruker beløpene per år i en tabell der årskolonnene ikke stemmer … gjøres når overskriftene stemmer» and the
 * pane since d41415b) — not «ingen post har lenger …; slett raden» (docs/spec.md §10: Status and Kommentar belong
 * to the user and are kept for the same key; §8 a wrong header is the cause to name).
 */
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { exampleTyped } from '../../cli/exampleTyped';
import { testIo } from '../../cli/testIo';
import { avstemmingRow } from '../../helpers/avstemming';

const ARGS = ['check', 'plan.xlsx', '--write', '--in-place'];

/** The D-003 2030 row of Avstemming (helpers/avstemming.ts), the kept row too. */
const d003In2030 = (file: string) => avstemmingRow(file, 'D-003', 2030, false);

describe('an accepted row not compared because a year header is wrong (SPEC §10)', () => {
  test('is not told that its item is gone and the row may be deleted', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, () => undefined);
    const file = path.join(io.cwd, 'plan.xlsx');
    expect(await main(ARGS, io)).toBe(1);

    const row = await d003In2030(file);
    expect(row.cell('Avvik').value).toBe(100);
    row.cell('Status').value = 'Akseptert';
    row.cell('Kommentar').value = 'Avklart med økonomi';
    const drift = row.wb.getWorksheet('Tiltak drift')!;
    expect(String(drift.getCell('K1').value)).toBe('2030');
    drift.getCell('K1').value = 2031;
    await row.wb.xlsx.writeFile(file);

    await main(ARGS, testIo({ cwd: io.cwd }));
    const kept = await d003In2030(file);
    expect(kept.cell('Status').value).toBe('Akseptert');
    expect(kept.cell('Kommentar').value).toBe('Avklart med økonomi');
    const note = String(kept.cell('Forklaring').value);
    // Today: «Ikke avstemt i denne kjøringen: ingen post har lenger denne Kode, Ref, År og Finansieringskilde. …
    // slett raden når den ikke trengs. …»
    expect(note).not.toContain('ingen post har lenger');
    expect(note).not.toContain('slett raden');
    // It names the cause: the year headers, and that the row follows the item once they match.
    expect(note).toContain('årskolonnene i en tabell stemmer ikke med planperioden');
    expect(note).toContain('følger posten med denne Kode, Ref, År og Finansieringskilde når overskriftene er rettet');

    // The header put back: D-003 2030 is compared again (Avvik 100) and takes her row's Status and Kommentar.
    kept.wb.getWorksheet('Tiltak drift')!.getCell('K1').value = 2030;
    await kept.wb.xlsx.writeFile(file);
    await main(ARGS, testIo({ cwd: io.cwd }));
    const back = await d003In2030(file);
    expect(back.cell('Avvik').value).toBe(100);
    expect(back.cell('Status').value).toBe('Akseptert');
    expect(back.cell('Kommentar').value).toBe('Avklart med økonomi');
  });
});

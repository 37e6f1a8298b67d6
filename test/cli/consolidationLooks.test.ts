/**
 * «Avstemming planer» (SPEC §15), the consolidated counterpart of Avstemming, written by the same code: a fill she
 * gave a Status or Kommentar cell stays at its address, as on Avstemming (typedColumns.ts), and a run that puts
 * another item on its row names it (checkAnchors.ts). Before, the run emptied Status and Kommentar and wrote them
 * anew, her look gone with no word, and nothing watched the sheet.
 *
 * The kommune (scripts/make-kommune.ts) written with helse.xlsx and boligsosial.xlsx puts «Linje i flere planer»
 * (line 14, in both plans) on row 2, so R2 2027 is on row 3 and X-17 on row 16. Written again with helse.xlsx
 * alone, line 14 is no longer in two plans: every item moves up a row save those boligsosial leaves behind —
 * R2 2027 on row 2, R2 2028 on row 3; and below, Boligsosial's D-001 and line 3 come in ahead of Oppvekstplan's
 * D-001 and X-17, which then stand on rows 16 and 17.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { makeKommune } from '../../scripts/make-kommune';
import { fillRed, isRed, yellowRows } from './avstemmingLooks';
import { testIo } from './testIo';

jest.setTimeout(60_000);

const SHEET = 'Avstemming planer';

const values = async (file: string) =>
  (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find((s) => s.sheet === SHEET)?.values ??
  [];

describe('check --economy-plan --write: her looks on «Avstemming planer»', () => {
  it('a fill on Status and Kommentar stays at its address and is named when another item takes the row', async () => {
    const io = testIo();
    await makeKommune(io.cwd);
    const plan = path.join(io.cwd, 'okonomiplan.xlsx');
    const first = ['check', 'helse.xlsx', 'boligsosial.xlsx', '--economy-plan', 'okonomiplan.xlsx'];
    expect(await main([...first, '--write', '--in-place'], io)).toBe(1);
    const before = await values(plan);
    // Row 3: R2 2027; row 16: X-17 (E is Ref, F År; M Status, N Kommentar).
    expect([before[2]?.[4], before[2]?.[5], before[15]?.[4]]).toEqual(['R2', 2027, 'X-17']);
    fillRed(plan, ['M3', 'N16'], {}, SHEET);
    // Row 15 (Oppvekstplan's D-001) coloured whole.
    yellowRows(plan, [15], SHEET);

    const again = testIo({ cwd: io.cwd });
    const second = ['check', 'helse.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];
    expect(await main(second, again)).toBe(1);
    const after = await values(plan);
    // R2 2027 moved up to row 2; R2 2028 on row 3, Oppvekstplan's D-001 on row 16.
    expect([after[1]?.[4], after[1]?.[5]]).toEqual(['R2', 2027]);
    expect([after[2]?.[4], after[2]?.[5]]).toEqual(['R2', 2028]);
    expect([after[15]?.[3], after[15]?.[4]]).toEqual(['Oppvekstplan', 'D-001']);
    // Row 15 now holds Boligsosial's line 3.
    expect([after[14]?.[3], after[14]?.[4]]).toEqual([null, '3']);
    // Her fill stays at M3 and N16 …
    expect(isRed(plan, 'M3', SHEET)).toBe(true);
    expect(isRed(plan, 'N16', SHEET)).toBe(true);
    // … and is named, each once, as on Avstemming.
    for (const cell of ['M3', 'N16'])
      expect(again.err().split(`fargen, skrifttypen eller rammen du ga ${SHEET}!${cell} ble stående`)).toHaveLength(2);
    expect(again.err()).toContain(`raden ${SHEET}!15:15 som du ga farge`);
  });
});

/**
 * Review (r10) of 2423090: the r7 hole (a Ramme line whose frame code is mistyped becomes a frame of its own,
 * «within» its amounts, while the real frame goes over it unseen) is still open when tblRammeomrader is empty.
 * knownFrames.ts takes every frame a Ramme line names when the list has no code, though the measures' own
 * Rammeområde (R1, R3, R4 here) are at hand and «R 3» is none of them.
 *
 * The built-in example (1000 kr) with the edits of rammeLineFrameTypo.test.ts (R3's Ramme line, Økonomiplan row 2,
 * typed «R 3» with 500 a year; the other lines made to agree with the measures), and tblRammeomrader emptied
 * (Innstillinger!H2:I6), as in a workbook whose list was never filled in.
 *
 * By hand (as in rammeLineFrameTypo.test.ts): R3's measures ask for 1 000 / 1 800 / 2 400 / 3 000 thousand, over
 * the 500 a year finance gave it. The check says «Avstemming: 0 feil, 0 advarsler … Ingen feil» and exits 0; the
 * only finding is list-empty (a warning about the drop-downs). JSON: frame-total items for «R 3» (measures 0,
 * within), R3 compared with its Tiltak lines (equal), no item naming the Ramme line as limiting nothing.
 *
 * Expected, as with a list: the line names a frame no measure is in, so it limits none and is listed as unmatched
 * (economy-plan-line-unmatched at Økonomiplan!D2, 4 × 500 = 2 000 thousand); no frame «R 3».
 *
 * Reproduce: tiltaksplan new p.xlsx --example; empty Innstillinger!H2:I6; type R3_RAMME_TYPED (exampleTyped.ts) in Økonomiplan;
 * tiltaksplan check p.xlsx; echo $?.
 *
 * Fixed (w107): with no list, the frames a Ramme line may limit are the measures' Rammeområde (knownFrames.ts); the
 * line is unmatched (a warning naming the measures' codes R1, R3, R4 and the empty list), no frame-invalid.
 */
import { main } from '../../src/cli/main';
import { exampleTyped, typeCells, R3_RAMME_TYPED } from './exampleTyped';
import { testIo } from './testIo';

describe('a Ramme line with a mistyped frame code, tblRammeomrader empty (SPEC §10)', () => {
  test('is not a frame of its own while the measures’ frame R3 goes over it', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const settings = wb.getWorksheet('Innstillinger')!;
      for (let row = 2; row <= 6; row++) typeCells(settings, { [`H${row}`]: null, [`I${row}`]: null });
      typeCells(wb.getWorksheet('Økonomiplan')!, R3_RAMME_TYPED);
    });

    await main(['check', 'plan.xlsx', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as {
      issues: { code: string }[];
      reconciliation: {
        code: string;
        ref: string;
        measures: number;
        economyPlan: number;
        cells: { economyPlan?: string };
      }[];
    };
    // The premise: the list is empty (list-empty), and R3's measures are as worked out above.
    expect(report.issues.map((i) => i.code)).toContain('list-empty');
    const r3 = report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R3');
    expect(r3.map((i) => i.measures)).toEqual([1_000_000, 1_800_000, 2_400_000, 3_000_000]);
    // No frame «R 3» «within» its 500 a year; the line is unmatched instead.
    expect(report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R 3')).toEqual([]);
    const line = report.reconciliation.filter((i) => i.cells.economyPlan === 'Økonomiplan!D2');
    expect(line).toMatchObject([{ code: 'economy-plan-line-unmatched', economyPlan: 2_000_000 }]);
    // No frame-invalid without a list (list-empty says it); the line's text names the measures' frames instead.
    expect(report.issues.map((i) => i.code)).not.toContain('frame-invalid');
    const text = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx'], text);
    expect(text.out()).toMatch(
      /Rammelinjen i Økonomiplan!D2 \(2\s000\) har rammeområde «R 3», som ikke finnes på noe tiltak \(R1, R3, R4\), og listen over rammeområder er tom/u,
    );
  });
});

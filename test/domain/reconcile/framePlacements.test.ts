/**
 * frame-missing on a measure's empty Rammeområde says what the reconciliation did with it (docs/spec.md §4, §8):
 * counted in its line's frame, or in none because its lines name two frames or a code not in the list.
 */
import { framesByLine, withLineFrames } from '../../../src/domain/reconcile/framePlacements';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { validatePlan } from '../../../src/domain/validate/plan';
import { renderFinding } from '../../../src/i18n/findings';
import { line, op, plan } from '../../helpers/plan';
import type { Lang } from '../../../src/domain';

// D-003: Nye midler 500 (new money 250 / 500 / 500 / 500), no Rammeområde. The default frame list is R1, R3.
const d003 = () =>
  op({ id: 'D-003', row: 4, years: [350, 700, 700, 700], fullYear: 700, reallocation: 200, newMoney: 500, frame: '' });
const lineOf = (frame: string, years: number[], row: number) => line({ row, ref: 'D-003', frame, years });

/** The frame-missing message of D-003 in `lang` with the economy plan `lines`, as the check says it. */
function said(lines: ReturnType<typeof line>[], lang: Lang): string[] {
  const p = plan({ operating: [d003()], economyPlan: lines });
  const findings = validatePlan(p);
  const items = reconcile(p, findings);
  return withLineFrames(findings, items, framesByLine(items))
    .filter((f) => f.code === 'frame-missing')
    .map((f) => renderFinding(f, lang, '1000 kr'));
}

describe('frame-missing says where the reconciliation counts the measure', () => {
  it.each<[string, ReturnType<typeof line>[], Lang, string]>([
    [
      'its line’s frame',
      [lineOf('R3', [250, 500, 500, 500], 6)],
      'nb',
      'Linjen i økonomiplanen har R3, så Avstemming regner tiltaket med i R3, mens Sammendrag viser det under ' +
        '«(uten rammeområde)». Skriv R3 i Rammeområde',
    ],
    [
      'no frame: two frames',
      [lineOf('R1', [250, 0, 0, 0], 6), lineOf('R3', [0, 500, 500, 500], 7)],
      'nn',
      'linene i økonomiplanen har ulike rammeområde (R1, R3), så Avstemming reknar det ikkje med i noko rammeområde',
    ],
    [
      'no frame: a code not in the list',
      [lineOf('R 3', [250, 500, 500, 500], 6)],
      'en',
      'its economy plan line has "R 3", which is not a budget frame of the list, so Avstemming counts it in no frame',
    ],
  ])('%s', (_label, lines, lang, text) => {
    const messages = said(lines, lang);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(text);
  });

  it('keeps the plain message when no line names a frame', () => {
    expect(said([lineOf('', [250, 500, 500, 500], 6)], 'nb')).toEqual([
      'Tiltaket ber om nye midler (500), men mangler rammeområde. Velg rammeområdet som skal få midlene.',
    ]);
  });
});

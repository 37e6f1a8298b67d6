/**
 * What the reconciliation did with a costed measure without Rammeområde (SPEC §4, §10), said where the user fixes it:
 * on its empty Rammeområde cell (frame-missing) and beside Sammendrag's frames, which count it under «(uten
 * rammeområde)» from the measure table alone. Read from the items, so one plan's check and the consolidation (its
 * own placement, every plan's codes) say what their own Avstemming says.
 */
import { makeFinding, type Finding } from '../model/finding';
import { kr } from '../model/money';
import type { FindingParams } from '../model/findingParams';
import type { ReconciliationItem } from '../model/reconciliation';
import type { FramelessWhy } from '../model/reconciliationDetails';

/** A measure placed in a frame by its economy plan line: its ID and that frame. */
export interface FrameByLine {
  readonly id: string;
  readonly frame: string;
}

/** The measures the frame-total items count by their line (frameFromLine), each once, in item order. */
export function framesByLine(items: readonly ReconciliationItem[]): FrameByLine[] {
  const out = new Map<string, string>();
  // Counted (per item; docs/performance.md): indexed, no iterator per item.
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const ids = item?.code === 'frame-total' ? item.frameFromLine : undefined;
    if (item !== undefined && ids !== undefined) for (const id of ids) if (!out.has(id)) out.set(id, item.ref);
  }
  return [...out].map(([id, frame]) => ({ id, frame }));
}

/** What frame-missing adds for a measure placed by its line (`placed`) or not placed by its lines (`why`). */
function sayOf(
  placed: string | undefined,
  why: FramelessWhy | undefined,
): Pick<FindingParams['frame-missing'], 'reason' | 'frame' | 'invalid'> | null {
  if (placed !== undefined) return { reason: 'line-frame', frame: placed };
  if (why?.frames !== undefined && why.invalid !== undefined)
    return { reason: 'line-frames-invalid', frame: why.frames.join(', '), invalid: why.invalid };
  if (why?.frames !== undefined) return { reason: 'line-frames', frame: why.frames.join(', ') };
  if (why?.invalid !== undefined) return { reason: 'line-frame-invalid', frame: why.invalid };
  return null;
}

/**
 * The findings with each frame-missing of a measure the reconciliation placed by its line (`placed`, framesByLine)
 * or could not place though its lines name frames (`items`' frameless) saying so: the frame its line has, or the
 * frames or the typo (or a frame and a typo) that placed it nowhere. The same array when there is nothing to say.
 */
export function withLineFrames(
  findings: readonly Finding[],
  items: readonly ReconciliationItem[],
  placed: readonly FrameByLine[],
): readonly Finding[] {
  if (!findings.some((f) => f.code === 'frame-missing' && f.measureId !== undefined)) return findings;
  const frameOf = new Map(placed.map((p) => [p.id, p.frame]));
  const whyOf = new Map<string, FramelessWhy>();
  for (const item of items)
    if (item.frameless !== undefined && item.measureId !== undefined) whyOf.set(item.measureId, item.frameless);
  return findings.map((f) => {
    if (f.code !== 'frame-missing' || f.measureId === undefined) return f;
    const said = sayOf(frameOf.get(f.measureId), whyOf.get(f.measureId));
    if (said === null) return f;
    const newMoney = kr(Number(f.params.newMoney ?? 0));
    return makeFinding('frame-missing', f.sheet, f.cell, { newMoney, ...said }, f.measureId);
  });
}

/**
 * The consolidated report's frame table (SPEC §15): new money per Rammeområde across plans, each plan's share, and
 * the new money no frame counts as «(uten rammeområde)» (SPEC §4), so the rows add up to the plans' new money.
 */
import { formatAmount, type Consolidation, type Lang, type PlanShare, type Unit } from '../domain';
import { reconciliationClassLabel } from '../i18n';
import { kt } from '../i18n/consolidation';
import { listText } from '../i18n/listText';
import type { Block } from './document';

/** Each plan's share, «Boligsosial handlingsplan 120; Helseplan 80». */
const sharesText = (shares: readonly PlanShare[] | undefined, unit: Unit): string =>
  (shares ?? []).map((s) => `${s.plan} ${formatAmount(s.amount, unit)}`).join('; ');

/** The rows of «(uten rammeområde)» (Consolidation.frameless): new money compared with no frame, so no Avvik or class. */
function framelessRows(c: Consolidation, lang: Lang, unit: Unit): string[][] {
  return (c.frameless ?? []).map((f) => [
    kt(lang, 'noFrame'),
    String(f.year),
    formatAmount(f.measures, unit),
    '',
    '',
    '',
    sharesText(f.shares, unit),
  ]);
}

/** «Nye midler per rammeområde på tvers av planene»: each frame per year, then new money in no frame. */
export function frameBlocks(c: Consolidation, lang: Lang, unit: Unit): Block[] {
  const frames = c.items.filter((i) => i.code === 'frame-total');
  const held = c.heldBack?.frames === true;
  const notCompared = c.framesNotCompared ?? [];
  const frameless = framelessRows(c, lang, unit);
  const title: Block = { kind: 'heading', level: 2, text: kt(lang, 'framesTitle') };
  // No plan compared: the economy plan's frame lines are named as not compared, never denied («none»).
  if (frames.length === 0 && notCompared.length > 0) {
    const text = kt(lang, 'framesNotCompared', { count: notCompared.length, frames: listText(notCompared, lang) });
    return [title, { kind: 'paragraph', text, tone: 'warning' }];
  }
  // Frames left out for year headers (consolidate/unreadYears.ts): said, never «none».
  const head: Block[] = held ? [title, { kind: 'paragraph', text: kt(lang, 'framesHeld'), tone: 'warning' }] : [title];
  if (frames.length === 0 && frameless.length === 0)
    return held ? head : [title, { kind: 'paragraph', text: kt(lang, 'framesNone') }];
  // New money in no frame is a row of its own, last: without it the frames would not add up to the plans' (SPEC §4).
  const note: Block[] =
    frameless.length > 0
      ? [{ kind: 'paragraph', text: kt(lang, 'framelessNote', { noFrame: kt(lang, 'noFrame') }), tone: 'warning' }]
      : [];
  return [
    ...head,
    {
      kind: 'table',
      headers: [
        kt(lang, 'frame'),
        kt(lang, 'year'),
        kt(lang, 'measures'),
        kt(lang, 'economyPlan'),
        kt(lang, 'difference'),
        kt(lang, 'class'),
        kt(lang, 'shares'),
      ],
      rows: [
        ...frames.map((i) => [
          i.ref,
          String(i.year ?? ''),
          formatAmount(i.measures, unit),
          formatAmount(i.economyPlan, unit),
          formatAmount(i.difference, unit),
          reconciliationClassLabel(i.class, lang),
          sharesText(i.shares, unit),
        ]),
        ...frameless,
      ],
      numeric: [2, 3, 4],
      tones: [
        ...frames.map((i) => (i.severity === 'info' ? undefined : i.severity)),
        ...frameless.map(() => undefined),
      ],
    },
    ...note,
  ];
}

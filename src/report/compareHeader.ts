/**
 * The head of the change report (SPEC §14, compareDocument.ts): which versions are compared and in which unit, the
 * notes that qualify every change below it (unit, rounding, settings, years not read or only in one version, IDs
 * on several rows), and how many changes of each kind there are.
 */
import type { ChangeSet } from '../domain';
import { ct, settingChangeText, unitNotConvertedText } from '../i18n/compare';
import { apartSummaries, notReadTexts, unitRoundingText } from './compareApart';
import { replacedTextNotes } from './compareReplaced';
import { linesNotFoundTexts, summaryKey } from './compareLinesNotFound';
import type { Ctx } from './compareCells';
import { duplicateTexts, uncompared } from './compareDuplicates';
import type { Block } from './document';

/** The report's title and the paragraphs above its first list, in `ctx.lang`. */
export function headerBlocks(diff: ChangeSet, ctx: Ctx): Block[] {
  const { lang } = ctx;
  const side = (key: 'older' | 'newer', s: ChangeSet['old']) => {
    const { years, unit } = s.plan;
    // A workbook's own plan is labelled with its file name: name it once.
    const name = s.file === s.label || s.file.endsWith(`/${s.label}`) ? s.file : `${s.label} (${s.file})`;
    return ct(lang, key, { name, from: years[0] ?? '', to: years[years.length - 1] ?? '', unit });
  };
  const p = (t: string): Block => ({ kind: 'paragraph', text: t });
  const blocks: Block[] = [{ kind: 'title', text: ct(lang, 'title', { label: diff.old.label }) }];
  // Amounts typed unconverted after a change of unit make every change below a false one: say so first (the
  // warning states the change of unit, so the plain sentence of it is not repeated).
  const note = diff.unitNotConverted;
  if (note) blocks.push({ kind: 'paragraph', text: unitNotConvertedText(lang, note), tone: 'warning' });
  blocks.push(p(side('older', diff.old)), p(side('newer', diff.new)), p(ct(lang, 'amountsIn', { unit: ctx.unit })));
  const [oldUnit, newUnit] = [diff.old.plan.unit, diff.new.plan.unit];
  if (diff.unitChanged && !note) blocks.push(p(ct(lang, 'unitChanged', { old: oldUnit, new: newUnit })));
  // Units that round new money to different steps (SPEC §4): an amount rounded to the coarser is no change.
  const rounding = unitRoundingText(lang, diff);
  if (rounding !== null) blocks.push(p(rounding));
  for (const c of diff.settings) blocks.push(p(settingChangeText(lang, c, ctx.unit)));
  for (const text of notReadTexts(lang, diff)) blocks.push({ kind: 'paragraph', text, tone: 'warning' });
  for (const text of linesNotFoundTexts(lang, diff)) blocks.push({ kind: 'paragraph', text, tone: 'warning' });
  const { common, onlyOld, onlyNew } = diff.years;
  if (onlyOld.length + onlyNew.length > 0) {
    blocks.push(
      p(common.length > 0 ? ct(lang, 'yearsCompared', { years: common.join(', ') }) : ct(lang, 'noCommonYears')),
    );
    if (onlyOld.length > 0) blocks.push(p(ct(lang, 'yearsOnlyOld', { years: onlyOld.join(', ') })));
    if (onlyNew.length > 0) blocks.push(p(ct(lang, 'yearsOnlyNew', { years: onlyNew.join(', ') })));
  }
  const { measures: m, economyPlan: e } = diff;
  const counts = {
    added: m.added.length,
    removed: m.removed.length,
    finished: m.finished.length,
    changed: m.changed.length,
    linesAdded: e.added.length,
    linesRemoved: e.removed.length,
    linesChanged: e.changed.length,
  };
  const nothing =
    diff.settings.length === 0 &&
    diff.duplicateIds.every((d) => uncompared(d).length === 0) &&
    Object.values(counts).every((n) => n === 0);
  blocks.push({ kind: 'paragraph', text: ct(lang, nothing ? 'nothing' : summaryKey(diff), counts), tone: 'info' });
  // An ID on several rows: named with its cells, before any list whose rows it explains.
  for (const text of duplicateTexts(lang, diff)) blocks.push({ kind: 'paragraph', text, tone: 'warning' });
  // An ID whose Tiltak text was replaced: perhaps another measure now (compare/replacedText.ts).
  for (const text of replacedTextNotes(lang, diff)) blocks.push({ kind: 'paragraph', text, tone: 'warning' });
  blocks.push(...apartSummaries(lang, diff).map(p));
  return blocks;
}

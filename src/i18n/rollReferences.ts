/**
 * The roll's notes on the user's own references (SPEC §11): her formulas, names, charts, rules and drop-downs that
 * now read another year or measure, or a year that left, and those using INDIRECT or OFFSET, whose reading the roll
 * cannot tell. Joined into the roll's notes by roll.ts, for the command line and the pane alike.
 */
import type { Lang, RefAt, StaleReference } from '../domain';
import { cliText } from './cli';

/** One line per stale formula cell or name, one per chart, then one for the unchecked formulas, in `lang`. */
export function referenceLines(stale: readonly StaleReference[], unchecked: readonly RefAt[], lang: Lang): string[] {
  return [
    ...stale.flatMap((r) => (r.place?.kind === 'chart' ? [] : [staleLine(r, lang)])),
    ...chartLines(stale, lang),
    ...uncheckedLines(unchecked, lang),
  ];
}

/** Where a formula of the user's stands: "Oversikt!B2", «navnet X», or a chart, rule, drop-down, sheet-local name. */
function whereOf(at: RefAt, lang: Lang): string {
  const p = at.place;
  if (!p) return at.cell ?? cliText('whereName', lang, { name: at.name ?? '' });
  if (p.kind === 'chart') return cliText('whereChart', lang, p);
  if (p.kind === 'localName') return cliText('whereLocalName', lang, p);
  return cliText(p.kind === 'rule' ? 'whereRule' : 'whereValidation', lang, {
    ...p,
    range: p.range.replace(/ /g, ', '),
  });
}

/** The place first in a sentence: a chart, rule, drop-down or name capitalised; a cell as written. */
const opening = (at: RefAt, lang: Lang): string => {
  const w = whereOf(at, lang);
  return at.cell === undefined ? w.charAt(0).toUpperCase() + w.slice(1) : w;
};

/** One user's formula cell, name, chart, rule or drop-down whose year or measure moved under it (or left), in `lang`. */
function staleLine(r: StaleReference, lang: Lang): string {
  if (r.after === null) {
    // A name (the workbook's or a sheet's) is fixed in Name Manager, as the other name lines say.
    const name = r.place ? r.place.kind === 'localName' : r.cell === undefined;
    const key = name ? 'rollGoneYearName' : 'rollGoneYear';
    return cliText(key, lang, { where: opening(r, lang), ref: r.ref, year: r.before });
  }
  if (r.place) {
    const where = opening(r, lang);
    if (r.measures)
      return cliText('rollRowPlace', lang, {
        where,
        ref: r.ref,
        before: r.before,
        after: r.after || cliText('rollNoMeasure', lang),
      });
    return cliText('rollStalePlace', lang, {
      where,
      ref: r.ref,
      before: r.before,
      after: r.after === '' ? '–' : r.after,
    });
  }
  if (r.measures) {
    const params = { ref: r.ref, before: r.before, after: r.after || cliText('rollNoMeasure', lang) };
    return r.cell !== undefined
      ? cliText('rollRowCell', lang, { ...params, cell: r.cell })
      : cliText('rollRowName', lang, { ...params, name: r.name ?? '' });
  }
  const after = r.after === '' ? '–' : r.after;
  return r.cell !== undefined
    ? cliText('rollStaleCell', lang, { cell: r.cell, ref: r.ref, before: r.before, after })
    : cliText('rollStaleName', lang, { name: r.name ?? '', ref: r.ref, before: r.before, after });
}

/**
 * One line per chart whose series the roll made read another year or measure (a chart has many: a series' name,
 * categories and values each), with each reference once and what it read → what it reads, ten at most.
 */
function chartLines(refs: readonly StaleReference[], lang: Lang): string[] {
  const charts = new Map<string, { at: RefAt; items: string[] }>();
  for (const r of refs) {
    if (r.place?.kind !== 'chart') continue;
    const key = `${r.place.sheet}\u0000${r.place.chart}`;
    const chart = charts.get(key) ?? { at: r, items: [] };
    const after = r.after === null || r.after === '' ? (r.measures ? cliText('rollNoMeasure', lang) : '–') : r.after;
    const item = `${r.ref} (${r.before} → ${after})`;
    if (!chart.items.includes(item)) chart.items.push(item);
    charts.set(key, chart);
  }
  return [...charts.values()].map(({ at, items }) => {
    const refs = items.slice(0, 10).join('; ') + (items.length > 10 ? '; …' : '');
    return cliText('rollStaleChart', lang, { where: opening(at, lang), refs });
  });
}

/** The formulas using INDIRECT or OFFSET: one line, how many and the first five places. */
function uncheckedLines(at: readonly RefAt[], lang: Lang): string[] {
  if (at.length === 0) return [];
  const where =
    at
      .slice(0, 5)
      .map((a) => whereOf(a, lang))
      .join('; ') + (at.length > 5 ? '; …' : '');
  return [cliText('rollUnchecked', lang, { count: at.length, where })];
}

/**
 * Data validation on a worksheet skeleton. Ranges never overlap (Excel refuses a sheet where they do):
 * setting a rule first takes every earlier rule off its cells, in <dataValidations> and in the x14 rules
 * of <extLst> alike; a rule identical to one already there joins that rule's sqref.
 */
import type { ValidationRule } from '../../../domain';
import { encodeText } from '../xml/escape';
import { splice, withAttributes, type Splice } from '../xml/patch';
import { children, type Element } from '../xml/tags';
import { boxText, overlaps, parseSqref, trimSqref, type Box } from './ranges';
import { innerOf, rootPrefix, setTopChild, topChild, WORKSHEET_ORDER } from './skeleton';

const NAME = /^[A-Za-z_\\][\w.]*$/;

/** The list source as Excel stores it: a workbook name or formula as is, a literal list quoted. */
export function listFormula(source: string): string {
  const s = source.trim();
  if (s.startsWith('=')) return s.slice(1);
  if (NAME.test(s)) return s;
  return `"${s.replace(/"/g, '""')}"`;
}

/** A rule's attributes (without sqref) and formulas. */
function ruleXml(rule: ValidationRule, p: string): { attrs: string; inner: string } {
  if (rule.type === 'list')
    return {
      attrs: ' type="list" allowBlank="1" showErrorMessage="1"',
      inner: `<${p}formula1>${encodeText(listFormula(rule.source))}</${p}formula1>`,
    };
  const between = rule.max !== undefined;
  const formula2 = between ? `<${p}formula2>${rule.max}</${p}formula2>` : '';
  return {
    attrs: ` type="whole" allowBlank="1" showErrorMessage="1" operator="${between ? 'between' : 'greaterThanOrEqual'}"`,
    inner: `<${p}formula1>${rule.min}</${p}formula1>${formula2}`,
  };
}

/** A list element (main or x14 <dataValidations>) rebuilt from its kept children, or null when none is left. */
function rebuild(xml: string, list: Element, kept: readonly string[]): string | null {
  if (kept.length === 0) return null;
  const open = withAttributes(xml.slice(list.open.start, list.open.end), { count: String(kept.length) });
  return `${open.endsWith('/>') ? `${open.slice(0, -2).trimEnd()}>` : open}${kept.join('')}</${list.name}>`;
}

/** A rule's new sqref, or null when it stays as it is ("" drops the rule); `rule` is the rule's XML. */
export type NextSqref = (sqref: string, rule: string) => string | null;

/** The rules of a list with their sqref rewritten by `next` (a rule left with no cells is dropped). */
function trimmed(
  xml: string,
  list: Element,
  next: NextSqref,
  sqrefOf: (dv: Element) => Splice | null,
): string[] | null {
  let changed = false;
  const kept = children(xml, list).flatMap((dv) => {
    const at = sqrefOf(dv);
    const rest = at ? next(at.text, xml.slice(dv.start, dv.end)) : null;
    if (!at || rest === null) return [xml.slice(dv.start, dv.end)];
    changed = true;
    if (rest === '') return [];
    return [splice(xml.slice(dv.start, dv.end), [{ start: at.start - dv.start, end: at.end - dv.start, text: rest }])];
  });
  return changed ? kept : null;
}

/** Where a main rule's sqref attribute value is. */
function mainSqref(xml: string, dv: Element): Splice | null {
  const m = /\ssqref\s*=\s*"([^"]*)"/.exec(xml.slice(dv.open.start, dv.open.end));
  if (!m || m[1] === undefined) return null;
  const start = dv.open.start + m.index + m[0].length - 1 - m[1].length;
  return { start, end: start + m[1].length, text: m[1] };
}

/** Where an x14 rule's <xm:sqref> text is. */
function extendedSqref(xml: string, dv: Element): Splice | null {
  const sq = children(xml, dv).find((c) => c.local === 'sqref');
  return sq ? { start: sq.open.end, end: sq.inner, text: innerOf(xml, sq) } : null;
}

/** The skeleton with the main-list rules' sqref rewritten by `next`. */
function trimMain(xml: string, next: NextSqref): string {
  const list = topChild(xml, 'dataValidations');
  const kept = list && trimmed(xml, list, next, (dv) => mainSqref(xml, dv));
  if (!list || !kept) return xml;
  return setTopChild(xml, 'dataValidations', rebuild(xml, list, kept), WORKSHEET_ORDER);
}

/** Every element named `local` under `e`, depth first. */
function descendants(xml: string, e: Element, local: string): Element[] {
  return children(xml, e).flatMap((c) => (c.local === local ? [c] : descendants(xml, c, local)));
}

/** The skeleton with the x14 rules' (in extLst) sqref rewritten by `next`; an <ext> left without rules goes. */
function trimExtended(xml: string, next: NextSqref): string {
  const extLst = topChild(xml, 'extLst');
  if (!extLst) return xml;
  const splices: Splice[] = [];
  for (const ext of children(xml, extLst)) {
    for (const list of descendants(xml, ext, 'dataValidations')) {
      const kept = trimmed(xml, list, next, (dv) => extendedSqref(xml, dv));
      if (!kept) continue;
      const rebuilt = rebuild(xml, list, kept);
      splices.push(
        rebuilt === null
          ? { start: ext.start, end: ext.end, text: '' }
          : { start: list.start, end: list.end, text: rebuilt },
      );
    }
  }
  return splices.length > 0 ? splice(xml, splices) : xml;
}

/** Every validation rule's sqref (main and x14) rewritten by `next`. */
export function rewriteValidation(xml: string, next: NextSqref): string {
  return trimExtended(trimMain(xml, next), next);
}

/**
 * Takes every validation rule off the cells of `boxes`, in one pass over the rules: each rule's sqref is trimmed box
 * by box, as clearing the boxes one after the other trims it, so the XML is the same; a pass per box read the
 * skeleton some 160 times for a clear around her cells on Sammendrag (measured, docs/performance.md).
 */
export function clearValidation(xml: string, ...boxes: readonly Box[]): string {
  if (boxes.length === 0) return xml;
  return rewriteValidation(xml, (sqref) => {
    let rest = sqref;
    let changed = false;
    for (const box of boxes) {
      if (!parseSqref(rest).some((b) => overlaps(b, box))) continue;
      rest = trimSqref(rest, box);
      changed = true;
      if (rest === '') break;
    }
    return changed ? rest : null;
  });
}

/** Sets `rule` on `box`, replacing what was there. */
export function setValidation(xml: string, box: Box, rule: ValidationRule): string {
  const cleared = clearValidation(xml, box);
  const p = rootPrefix(cleared);
  const { attrs, inner } = ruleXml(rule, p);
  const list = topChild(cleared, 'dataValidations');
  const existing = list ? children(cleared, list) : [];
  const same = existing.find((dv) => {
    const open = cleared.slice(dv.open.start, dv.open.end).replace(/\ssqref\s*=\s*"[^"]*"/, '');
    return open === `<${p}dataValidation${attrs}>` && innerOf(cleared, dv) === inner;
  });
  const items = existing.map((dv) => {
    const text = cleared.slice(dv.start, dv.end);
    if (dv !== same) return text;
    const sqref = mainSqref(cleared, dv)?.text ?? '';
    const open = withAttributes(cleared.slice(dv.open.start, dv.open.end), { sqref: `${sqref} ${boxText(box)}` });
    return open + cleared.slice(dv.open.end, dv.end);
  });
  if (!same) items.push(`<${p}dataValidation${attrs} sqref="${boxText(box)}">${inner}</${p}dataValidation>`);
  const listXml = list
    ? rebuild(cleared, list, items)
    : `<${p}dataValidations count="${items.length}">${items.join('')}</${p}dataValidations>`;
  return setTopChild(cleared, 'dataValidations', listXml, WORKSHEET_ORDER);
}

/**
 * jsdom's getComputedStyle, made cheaper without changing its answer (component tests only, from jsdomShims.ts).
 *
 * Why: Testing Library's role queries compute every candidate's accessible name, which asks getComputedStyle of
 * each node it passes (is it hidden?), and user-event asks it along the parents of every element it points at.
 * jsdom answers by matching the element against every rule of every style sheet: its own ~120 and the ~600
 * atomic rules Fluent's Griffel inserts, through nwsapi, and forgets the answers at every DOM change (each
 * keystroke). A profile of MeasureView.test.tsx: about 40 % of its CPU time in that matching.
 *
 * What: almost every one of those rules names a class in its subject (`.fxyz`, `.fxyz:hover .fabc`), which an
 * element without that class cannot match. Such a selector is refused here without asking nwsapi; every other
 * one (no class in a subject, an escape, a quirks-mode document) goes to nwsapi as before. The answer is nwsapi's
 * own in every case: styleMatch.test.tsx compares the two on a rendered pane, rule by rule, element by element.
 *
 * How it hooks in: jsdom keeps the nwsapi instance it matches style rules with on the document's implementation
 * (`_nwsapiDontThrow`, made on the first getComputedStyle). Should jsdom change that shape, this throws instead
 * of quietly doing nothing.
 */

/** The classes each selector's subjects require, one per complex selector; null when some subject needs none. */
const required = new Map<string, readonly string[] | null>();

/** The class attribute split into its tokens (ASCII whitespace, as the DOM splits it). */
const tokens = new Map<string, ReadonlySet<string>>();

const IDENT = /[\w-]|[^\x00-\x7f]/; // eslint-disable-line no-control-regex

/**
 * The top-level pieces of `text` split at `at` (a predicate on a character), skipping brackets, parentheses and
 * quotes; null when the text has an escape, which this does not try to read.
 */
function splitTop(text: string, at: (c: string) => boolean): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') return null;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && at(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return depth === 0 && !quote ? parts : null;
}

/** A class the last compound of one complex selector names at its top level, or null. */
function subjectClass(complex: string): string | null {
  const compounds = splitTop(complex.trim(), (c) => c === ' ' || c === '>' || c === '+' || c === '~' || c <= ' ');
  if (compounds === null) return null;
  const subject = compounds[compounds.length - 1]!;
  // Only the subject's own simple selectors: what stands inside brackets or parentheses is skipped.
  let depth = 0;
  for (let i = 0; i < subject.length; i++) {
    const c = subject[i]!;
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === '.') {
      let end = i + 1;
      while (end < subject.length && IDENT.test(subject[end]!)) end++;
      return end > i + 1 ? subject.slice(i + 1, end) : null;
    }
  }
  return null;
}

/** The classes of which an element must have one to match `selector`, or null when that cannot be said. */
export function requiredClasses(selector: string): readonly string[] | null {
  const known = required.get(selector);
  if (known !== undefined) return known;
  const complexes = splitTop(selector, (c) => c === ',');
  let classes: string[] | null = complexes === null ? null : [];
  for (const complex of complexes ?? []) {
    const c = subjectClass(complex);
    if (c === null) {
      classes = null;
      break;
    }
    classes!.push(c);
  }
  required.set(selector, classes);
  return classes;
}

/** False when `element` cannot match `selector` (it lacks every class its subjects require); true otherwise. */
export function mayMatch(selector: string, element: Element): boolean {
  // jsdom passes every rule's selectorText, undefined for @keyframes and the like: nwsapi's to answer.
  if (typeof selector !== 'string') return true;
  const classes = requiredClasses(selector);
  if (classes === null) return true;
  const attribute = element.getAttribute('class');
  if (attribute === null) return false;
  let has = tokens.get(attribute);
  if (has === undefined) {
    has = new Set(attribute.split(/[\t\n\f\r ]+/));
    tokens.set(attribute, has);
  }
  for (const c of classes) if (has.has(c)) return true;
  return false;
}

interface Nwsapi {
  match(selector: string, element: Element): boolean;
}

/** The nwsapi instance jsdom matches style rules with, made now if it is not yet there. */
export function styleNwsapi(doc: Document): Nwsapi {
  const impl = Object.getOwnPropertySymbols(doc)
    .filter((s) => s.description === 'impl')
    .map((s) => (doc as unknown as Record<symbol, { _nwsapiDontThrow?: Nwsapi }>)[s])[0];
  if (impl !== undefined && impl._nwsapiDontThrow === undefined) doc.defaultView!.getComputedStyle(doc.body);
  const nwsapi = impl?._nwsapiDontThrow;
  if (typeof nwsapi?.match !== 'function')
    throw new Error('test/taskpane/styleMatch.ts: jsdom no longer keeps _nwsapiDontThrow: see its comment');
  return nwsapi;
}

/** Puts the class check in front of jsdom's style-rule matching in `doc` (a standards-mode document only). */
export function installStyleMatch(doc: Document): void {
  if (doc.compatMode !== 'CSS1Compat') return;
  const nwsapi = styleNwsapi(doc);
  const match = nwsapi.match.bind(nwsapi);
  nwsapi.match = (selector, element) => mayMatch(selector, element) && match(selector, element);
}

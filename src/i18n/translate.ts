/**
 * The one translation mechanism: a catalogue per language, keyed by message key, with `{name}` placeholders
 * and plural choices. Every catalogue of the product (findings, reconciliation, CLI, task pane, compare) is
 * built with `makeTranslator`.
 */
import type { Lang } from '../domain';

/** One message per key in each of the three languages; the type forces every language to be complete. */
export type Catalog<K extends string> = Record<Lang, Record<K, string>>;

/** Values for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translator bound to one catalogue. */
export type Translator<K extends string> = (key: K, lang: Lang, params?: MessageParams) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A plural choice, the ICU subset the catalogues use: `{count, plural, one {# advarsel} other {# advarsler}}`.
 * `#` stands for the number; a choice may hold `{name}` placeholders; `=0 {…}` picks an exact number.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const CHOICE = /(=\d+|zero|one|two|few|many|other) \{((?:[^{}]|\{\w+\})*)\}/g;

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural category of `n` in `lang` ("one" or "other" in all three of the product's languages). */
function categoryOf(n: number, lang: Lang): string {
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/** The number a param stands for: a number, or a formatted one ("1 200"); NaN when it is not one. */
function numberOf(value: string | number): number {
  return typeof value === 'number' ? value : Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

function choosePlural(choices: string, value: string | number, lang: Lang): string | undefined {
  const n = numberOf(value);
  const options = new Map<string, string>();
  for (const m of choices.matchAll(CHOICE)) options.set(m[1] ?? '', m[2] ?? '');
  const chosen = options.get(`=${n}`) ?? options.get(Number.isFinite(n) ? categoryOf(n, lang) : 'other');
  return (chosen ?? options.get('other'))?.replace(/#/g, String(value));
}

/**
 * Replaces plural choices and `{name}` placeholders by `params`. A placeholder without a value is left as it
 * is, so a missing parameter shows up in the text (and in tests) instead of silently vanishing.
 */
export function fillPlaceholders(template: string, params: MessageParams = {}, lang: Lang = 'nb'): string {
  // Most templates have no plural: skip that pass (a report renders thousands of messages).
  const plain = !template.includes(', plural,')
    ? template
    : template.replace(PLURAL, (whole, name: string, choices: string) => {
        const value = params[name];
        return value === undefined ? whole : (choosePlural(choices, value, lang) ?? whole);
      });
  return fillNames(plain, params);
}

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** The value of one `{name}` placeholder, read from `ctx`; undefined leaves the placeholder as it is. */
export type ParamOf<C> = (ctx: C, name: string) => string | number | undefined;

const fromParams: ParamOf<MessageParams> = (params, name) => params[name];

/**
 * `{name}` (a name of word characters, as PLACEHOLDER) replaced by its param. A scan rather than a replace
 * with a callback: a check --write renders an explanation for each of thousands of Avstemming rows, and the
 * callback's replace was most of it (measured, docs/performance.md).
 */
function fillNames(template: string, params: MessageParams): string {
  return fillNamesBy(template, params, fromParams);
}

/**
 * fillNames with each value asked of `param` as the scan meets its name (no plural choices): a caller that renders
 * thousands of messages computes only the values a template shows, and makes no params object for them
 * (explainReconciliation, docs/performance.md «Hot functions»). `param` is a function of the module, not a closure.
 */
export function fillNamesBy<C>(template: string, ctx: C, param: ParamOf<C>): string {
  let out = '';
  let from = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
    let end = open + 1;
    while (end < template.length && isWordChar(template.charCodeAt(end))) end++;
    if (end === open + 1 || template.charCodeAt(end) !== 125) continue;
    const value = param(ctx, template.slice(open + 1, end));
    if (value === undefined) continue;
    out += template.slice(from, open) + String(value);
    from = end + 1;
    open = end;
  }
  return from === 0 ? template : out + template.slice(from);
}

/** The params a template uses (placeholders and plural choices), in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  const found: { at: number; name: string }[] = [];
  const rest = template.replace(PLURAL, (whole, name: string, choices: string, at: number) => {
    found.push({ at, name });
    for (const m of choices.matchAll(PLACEHOLDER)) found.push({ at, name: m[1] ?? '' });
    return ' '.repeat(whole.length);
  });
  for (const m of rest.matchAll(PLACEHOLDER)) found.push({ at: m.index ?? 0, name: m[1] ?? '' });
  const names: string[] = [];
  for (const { name } of found.sort((a, b) => a.at - b.at)) if (name !== '' && !names.includes(name)) names.push(name);
  return names;
}

/**
 * Builds a translator over `catalog`. An unknown key (only possible from untyped callers) falls back to
 * bokmål, then to the key itself, so the UI never shows an empty string.
 */
export function makeTranslator<K extends string>(catalog: Catalog<K>): Translator<K> {
  return (key, lang, params) => {
    const template = catalog[lang]?.[key] ?? catalog.nb[key] ?? key;
    return fillPlaceholders(template, params, lang);
  };
}

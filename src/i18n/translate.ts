/**
 * The one translation mechanism: a catalogue per language, keyed by message key, with `{name}` placeholders.
 * Every catalogue of the product (findings, reconciliation, CLI, task pane) is built with `makeTranslator`.
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
 * Replaces `{name}` by `params[name]`. A placeholder without a value is left as it is, so a missing
 * parameter shows up in the text (and in tests) instead of silently vanishing.
 */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The `{name}` placeholders a template uses, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Builds a translator over `catalog`. An unknown key (only possible from untyped callers) falls back to
 * bokmål, then to the key itself, so the UI never shows an empty string.
 */
export function makeTranslator<K extends string>(catalog: Catalog<K>): Translator<K> {
  return (key, lang, params) => {
    const template = catalog[lang]?.[key] ?? catalog.nb[key] ?? key;
    return fillPlaceholders(template, params);
  };
}

/**
 * Picks the UI language from a BCP 47 tag (Office's display language, or `--lang`).
 */
import type { Lang } from '../domain';

export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** Whether `s` is one of the three UI languages. */
export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/**
 * nn, nn-NO → 'nn'; nb, no, nb-NO, no-NO → 'nb'; en, en-GB, en-US … → 'en'; anything else, empty or
 * missing → 'nb' (the product's default language: its users are Norwegian municipalities).
 */
export function detectLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return 'nb';
}

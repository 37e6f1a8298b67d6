/**
 * A list in running text as the language writes it: "2031 og 2032", "A, B og C" (nb, nn), "A, B and C" (en).
 * Shared by the messages that name years, sheets or columns.
 */
import { listWith, type Lang } from '../domain';

const AND: Readonly<Record<Lang, string>> = { nb: 'og', nn: 'og', en: 'and' };

/** `parts` joined by commas and the language's "and" before the last: "2030, 2031 og 2032"; one part as is. */
export function listText(parts: readonly (string | number)[], lang: Lang): string {
  return listWith(parts, AND[lang]);
}

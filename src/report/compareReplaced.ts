/**
 * The warning that an ID now names another measure (docs/spec.md §14): a changed measure whose Tiltak text was
 * replaced, not edited (compare/replacedText.ts). The report (text, HTML) and the pane's Endringer say it above the
 * lists, as they say an ID on several rows: the measure is still compared as one changed measure (SPEC §14 matches
 * by ID), and the reader is told to check it.
 */
import { replacedTexts, type ChangeSet, type Lang } from '../domain';
import { reportText } from '../i18n/compareReport';

/** A text quoted as the language quotes: «» in bokmål and nynorsk, "" in English. */
const quoted = (lang: Lang, text: string): string => (lang === 'en' ? `"${text.trim()}"` : `«${text.trim()}»`);

/** One sentence per changed measure whose Tiltak text was replaced, in the order of the changed measures. */
export function replacedTextNotes(lang: Lang, diff: ChangeSet): string[] {
  return replacedTexts(diff.measures.changed).map((r) =>
    reportText('textReplaced', lang, { id: r.measure.id, old: quoted(lang, r.old), new: quoted(lang, r.new) }),
  );
}

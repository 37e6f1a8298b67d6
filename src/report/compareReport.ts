/**
 * The change report in its three formats, exactly as `tiltaksplan compare` writes it and as the task pane
 * downloads it: one entry point, so the two can never drift apart.
 */
import type { ChangeSet, Lang } from '../domain';
import { compareDocument } from './compareDocument';
import { renderCompareJson } from './compareJson';
import { renderHtml } from './html';
import { renderText } from './text';

export type CompareFormat = 'text' | 'json' | 'html';

/** The change report of `diff` in `format` and `lang`: HTML is one self-contained printable page. */
export function renderCompare(diff: ChangeSet, format: CompareFormat, lang: Lang): string {
  if (format === 'json') return renderCompareJson(diff);
  const doc = compareDocument(diff, lang);
  return format === 'html' ? renderHtml([doc], lang, doc.title) : renderText(doc);
}

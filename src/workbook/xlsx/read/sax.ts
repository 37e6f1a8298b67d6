/**
 * saxes, set up the way the reader uses it for the small parts (shared strings, styles): no namespace
 * processing (elements are matched by local name, so a part written with an "x:" prefix reads the same), no
 * position tracking, every well-formedness error a damaged part, a DOCTYPE refused.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UnreadableWorkbookError } from '../unreadable';
import { localName } from '../xml/tags';

export interface SaxHandlers {
  open(local: string, attributes: Readonly<Record<string, string>>): void;
  close(local: string): void;
  text(text: string): void;
}

/** Parses `xml`, calling the handlers. */
export function parseXml(part: string, xml: string, h: SaxHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('opentag', (tag: SaxesTagPlain) => h.open(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag: SaxesTagPlain) => h.close(localName(tag.name)));
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  parser.on('doctype', () => {
    throw new UnreadableWorkbookError('not-allowed', `${part} declares a DOCTYPE`);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    throw new UnreadableWorkbookError('corrupt', `${part}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The shared-string table: plain and rich-text strings (runs joined, phonetic runs left out). */
import type { OpcPackage } from '../package';
import { decodeExcelEscapes } from '../xml/escape';
import { parseXml } from './sax';

/** Every string of the shared-string part, by index. */
export function readSharedStrings(pkg: OpcPackage, part: string | null): string[] {
  if (part === null) return [];
  const out: string[] = [];
  let text = '';
  let inT = false;
  let phonetic = 0;
  parseXml(part, pkg.text(part), {
    open(local) {
      if (local === 'si') text = '';
      else if (local === 't') inT = phonetic === 0;
      else if (local === 'rPh') phonetic++;
    },
    close(local) {
      if (local === 'si') out.push(decodeExcelEscapes(text));
      else if (local === 't') inT = false;
      else if (local === 'rPh') phonetic--;
    },
    text(t) {
      if (inT) text += t;
    },
  });
  return out;
}

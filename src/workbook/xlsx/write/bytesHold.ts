/**
 * A quick look for words in a part's bytes, before they are decoded: Node's Buffer when the adapter runs in Node
 * (found at run time as nativeZlib.ts finds zlib, so that nothing is imported in a browser), whose search runs over
 * the bytes natively. Measured on the 1 000-measure bench workbook (check --write): decoding the measure and economy
 * plan sheets to search them as text cost twice their inflating; most parts hold none of the words and are not decoded.
 */
import type * as NodeBuffer from 'node:buffer';

type BuiltinLoader = { getBuiltinModule?: (id: string) => unknown };

const host = (globalThis as { process?: BuiltinLoader }).process;

/** Node's Buffer, or null in a browser (or an old Node). */
const nodeBuffer = (host?.getBuiltinModule?.('node:buffer') as typeof NodeBuffer | undefined)?.Buffer ?? null;

/**
 * Whether UTF-8 `bytes` may hold one of `words`: false only when none is in them; always true without Node's Buffer
 * or for a part in UTF-16 (a byte order mark), for the caller to decode and search.
 */
export function mayHold(bytes: Uint8Array, words: readonly string[]): boolean {
  if (!nodeBuffer || bytes[0] === 0xff || bytes[0] === 0xfe) return true;
  const buf = nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return words.some((w) => buf.indexOf(w, 0, 'utf8') >= 0);
}

/**
 * Text made piece by piece encoded as UTF-8 as each piece is made: no string of the whole is held. Measured
 * on check --write of 10 000 measures, where Avstemming's part is some 35 MB: the whole-part string and its
 * encoding were the write's peak memory. Pieces go into chunks of at least 1 MB, copied once into the result.
 */
import { concatBytes } from '../bytes';

const encoder = new TextEncoder();

/**
 * The UTF-16 units gathered before one encodeInto. Shaped for speed (docs/performance.md «Hot functions»): a part's
 * pieces are its rows, some 800 bytes each on Avstemming, and one encodeInto per row (a call and a view of the
 * chunk each) was a fifth of making the part's bytes. A piece is a whole row or a part of the skeleton, never half
 * of a surrogate pair, so the bytes are the same as piece by piece.
 */
const GATHER = 1 << 16;

export function utf8Pieces(pieces: Iterable<string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  let chunk = new Uint8Array(0);
  let at = 0;
  const encode = (text: string): void => {
    // A UTF-16 unit is at most 3 bytes in UTF-8.
    if (at + text.length * 3 > chunk.length) {
      if (at > 0) chunks.push(chunk.subarray(0, at));
      chunk = new Uint8Array(Math.max(1 << 20, text.length * 3));
      at = 0;
    }
    at += encoder.encodeInto(text, chunk.subarray(at)).written;
  };
  let gathered = '';
  for (const piece of pieces) {
    gathered += piece;
    if (gathered.length < GATHER) continue;
    encode(gathered);
    gathered = '';
  }
  if (gathered !== '' || chunks.length === 0) encode(gathered);
  // A small part alone is copied out of its chunk, so that it does not hold 1 MB until the package is zipped.
  chunks.push(chunks.length === 0 && at < chunk.length / 2 ? chunk.slice(0, at) : chunk.subarray(0, at));
  return concatBytes(chunks);
}

/** Byte arrays made in pieces (inflated chunks, encoded text, zip records) put together once. */

/** The pieces in one array: the piece itself when there is only one, else one copy of them all. */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1 && pieces[0]) return pieces[0];
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

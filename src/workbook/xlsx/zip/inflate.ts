/**
 * Inflating one zip entry under the limits of limits.ts: refused before a byte is inflated when its
 * declared size is too large, and stopped while inflating when it grows past what it declared (a zip bomb
 * lies about its size). The input is pushed in slices so that no single step can produce more than a few
 * tens of megabytes.
 */
import { Inflate } from 'fflate';
import { concatBytes } from '../bytes';
import { nativeZlib } from './nativeZlib';
import { partTooLarge } from '../limits';
import { UnreadableWorkbookError } from '../unreadable';
import type { ZipEntry } from './readZip';

/** Compressed bytes per push: deflate expands at most 1:1032, so one step yields at most about 16 MB. */
const SLICE = 16 * 1024;

const tooLarge = (name: string, why: string): UnreadableWorkbookError =>
  new UnreadableWorkbookError('too-large', `${name} ${why}`);

/**
 * The uncompressed bytes of an entry, chunk by chunk, so that a reader may stop early. Throws
 * UnreadableWorkbookError ('too-large' or 'corrupt').
 */
export function* inflateChunks(entry: ZipEntry): Generator<Uint8Array> {
  const declared = partTooLarge(entry.size, entry.compressedSize);
  if (declared) throw tooLarge(entry.name, declared);
  if (entry.size === 0 && entry.data.length <= 2) return;
  if (entry.method === 0) {
    if (entry.data.length !== entry.size) throw new UnreadableWorkbookError('corrupt', `${entry.name}: wrong size`);
    yield entry.data;
    return;
  }
  const ready: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > entry.size) throw tooLarge(entry.name, `inflates past the ${entry.size} bytes it declares`);
    ready.push(chunk);
  });
  const data = entry.data;
  for (let at = 0; at < data.length; at += SLICE) {
    try {
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    } catch (e) {
      if (e instanceof UnreadableWorkbookError) throw e;
      throw new UnreadableWorkbookError('corrupt', `${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    yield* ready.splice(0);
  }
  if (length !== entry.size) throw new UnreadableWorkbookError('corrupt', `${entry.name}: wrong size`);
}

/**
 * An entry inflated by Node's zlib, which stops as soon as the output passes the size the entry declares
 * (maxOutputLength); null when zlib is not there (a browser).
 */
function inflateNative(entry: ZipEntry): Uint8Array | null {
  if (!nativeZlib || entry.method !== 8 || entry.size === 0) return null;
  const declared = partTooLarge(entry.size, entry.compressedSize);
  if (declared) throw tooLarge(entry.name, declared);
  let out: Uint8Array;
  try {
    out = nativeZlib.inflateRawSync(entry.data, { maxOutputLength: entry.size });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLarge(entry.name, `inflates past the ${entry.size} bytes it declares`);
    throw new UnreadableWorkbookError('corrupt', `${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (out.length !== entry.size) throw new UnreadableWorkbookError('corrupt', `${entry.name}: wrong size`);
  return out;
}

/** The uncompressed bytes of an entry. Throws UnreadableWorkbookError ('too-large' or 'corrupt'). */
export function inflateEntry(entry: ZipEntry): Uint8Array {
  const native = inflateNative(entry);
  if (native) return native;
  return concatBytes([...inflateChunks(entry)]);
}

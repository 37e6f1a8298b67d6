/**
 * The entries of a zip package, read from its central directory (the authority on names and sizes), with
 * their compressed bytes left as they are: an entry the product does not change is copied back raw.
 * Anything a workbook never needs (encrypted entries, unknown compression) is damage.
 */
import { UnreadableWorkbookError } from '../unreadable';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** General-purpose flags, DOS time and date, external attributes: copied to the written entry. */
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly externalAttributes: number;
  /** The compressed bytes (a view into the file). */
  readonly data: Uint8Array;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const damaged = (detail: string): UnreadableWorkbookError =>
  new UnreadableWorkbookError('corrupt', `damaged zip package: ${detail}`);

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw damaged('a record runs past the end of the file');
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw damaged('a record runs past the end of the file');
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    if (high >= 0x200000) throw damaged('a size beyond what a file can hold');
    return high * 0x100000000 + low;
  }
}

/** The end-of-central-directory record: where the directory starts and how many entries it holds. */
function findDirectory(r: Reader): { offset: number; count: number } {
  const b = r.bytes;
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) {
    if (b[at] !== 0x50 || b[at + 1] !== 0x4b || r.u32(at) !== EOCD) continue;
    let count = r.u16(at + 10);
    let offset = r.u32(at + 16);
    if ((count === 0xffff || offset === 0xffffffff) && at >= 20 && r.u32(at - 20) === EOCD64_LOCATOR) {
      const record = r.u64(at - 12);
      if (r.u32(record) !== EOCD64) throw damaged('a broken zip64 directory record');
      count = r.u64(record + 32);
      offset = r.u64(record + 48);
    }
    return { offset, count };
  }
  throw damaged('no central directory (the file is cut off)');
}

/** Sizes and offset from a zip64 extra field, for the fields the directory left at 0xFFFFFFFF. */
function zip64Sizes(
  r: Reader,
  extra: number,
  extraLength: number,
  sizes: { size: number; compressedSize: number; offset: number },
): void {
  for (let at = extra; at + 4 <= extra + extraLength;) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number => {
        const v = r.u64(p);
        p += 8;
        return v;
      };
      if (sizes.size === 0xffffffff) sizes.size = next();
      if (sizes.compressedSize === 0xffffffff) sizes.compressedSize = next();
      if (sizes.offset === 0xffffffff) sizes.offset = next();
      return;
    }
    at += 4 + length;
  }
}

const decoder = new TextDecoder('utf-8');

/** Every entry of the package in directory order. Throws UnreadableWorkbookError('corrupt') on damage. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const r = new Reader(bytes);
  const { offset, count } = findDirectory(r);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw damaged('a broken central directory');
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const sizes = { compressedSize: r.u32(at + 20), size: r.u32(at + 24), offset: r.u32(at + 42) };
    zip64Sizes(r, at + 46 + nameLength, extraLength, sizes);
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    if (flags & 1) throw damaged(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw damaged(`${name} uses compression method ${method}`);
    if (seen.has(name)) throw damaged(`${name} occurs twice`);
    seen.add(name);
    if (r.u32(sizes.offset) !== LOCAL) throw damaged(`no local header for ${name}`);
    const start = sizes.offset + 30 + r.u16(sizes.offset + 26) + r.u16(sizes.offset + 28);
    if (start + sizes.compressedSize > bytes.length) throw damaged(`${name} runs past the end of the file`);
    entries.push({
      name,
      method,
      crc: r.u32(at + 16),
      compressedSize: sizes.compressedSize,
      size: sizes.size,
      flags,
      time: r.u16(at + 12),
      date: r.u16(at + 14),
      versionMadeBy: r.u16(at + 4),
      versionNeeded: r.u16(at + 6),
      externalAttributes: r.u32(at + 38),
      data: bytes.subarray(start, start + sizes.compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * A small zip writer: an entry read from the package is written back with its compressed bytes as they
 * were (no inflate, no deflate, same CRC); a new or changed part is deflated here. Local headers are
 * written without extra fields and without data descriptors, so every size is known up front.
 */
import { deflateSync } from 'fflate';
import { concatBytes } from '../bytes';
import { crc32 } from './crc32';
import { nativeZlib } from './nativeZlib';
import type { ZipEntry } from './readZip';

/** An entry to write: one read from a package (copied raw), or new bytes. */
export type OutEntry = ZipEntry | { readonly name: string; readonly content: Uint8Array };

/** 1980-01-01 00:00, the zip format's first date: new entries carry it so that output does not depend on a clock. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAME = 0x0800;

const encoder = new TextEncoder();

interface Written {
  readonly name: Uint8Array;
  readonly entry: ZipEntry;
  readonly offset: number;
}

/**
 * Parts larger than this are deflated at level 1, not 6: measured on a 1 000-measure check --write, level 6
 * spent more time on the new Avstemming sheet (3 MB) than the rest of the write, for a fifth fewer bytes.
 */
const FAST_DEFLATE_BYTES = 512 * 1024;

/** A ZipEntry for new content: deflated (stored when that does not make it smaller). */
export function newEntry(name: string, content: Uint8Array): ZipEntry {
  const level = content.length > FAST_DEFLATE_BYTES ? 1 : 6;
  const deflate = (data: Uint8Array): Uint8Array =>
    nativeZlib ? nativeZlib.deflateRawSync(data, { level }) : deflateSync(data, { level });
  const deflated = content.length > 0 ? deflate(content) : new Uint8Array(0);
  const store = deflated.length >= content.length;
  return {
    name,
    method: store ? 0 : 8,
    crc: nativeZlib?.crc32 ? nativeZlib.crc32(content) >>> 0 : crc32(content),
    compressedSize: store ? content.length : deflated.length,
    size: content.length,
    flags: UTF8_NAME,
    time: 0,
    date: DOS_DATE,
    versionMadeBy: 20,
    versionNeeded: 20,
    externalAttributes: 0,
    data: store ? content : deflated,
  };
}

function localHeader(e: ZipEntry, name: Uint8Array): Uint8Array {
  const h = new Uint8Array(30 + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, e.versionNeeded, true);
  v.setUint16(6, e.flags & ~0x0008, true);
  v.setUint16(8, e.method, true);
  v.setUint16(10, e.time, true);
  v.setUint16(12, e.date, true);
  v.setUint32(14, e.crc, true);
  v.setUint32(18, e.compressedSize, true);
  v.setUint32(22, e.size, true);
  v.setUint16(26, name.length, true);
  h.set(name, 30);
  return h;
}

function centralHeader(w: Written): Uint8Array {
  const { entry: e, name } = w;
  const h = new Uint8Array(46 + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, e.versionMadeBy, true);
  v.setUint16(6, e.versionNeeded, true);
  v.setUint16(8, e.flags & ~0x0008, true);
  v.setUint16(10, e.method, true);
  v.setUint16(12, e.time, true);
  v.setUint16(14, e.date, true);
  v.setUint32(16, e.crc, true);
  v.setUint32(20, e.compressedSize, true);
  v.setUint32(24, e.size, true);
  v.setUint16(28, name.length, true);
  v.setUint32(38, e.externalAttributes, true);
  v.setUint32(42, w.offset, true);
  h.set(name, 46);
  return h;
}

function endRecord(count: number, size: number, offset: number): Uint8Array {
  const h = new Uint8Array(22);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return h;
}

/** The zip file of `entries`, in order. Packages past 4 GB or 65 535 entries are not written (no zip64). */
export function writeZip(entries: readonly OutEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const item of entries) {
    const made = 'content' in item ? newEntry(item.name, item.content) : item;
    const name = encoder.encode(made.name);
    // Names are written as UTF-8 and flagged so when they are not plain ASCII.
    const entry = name.length === made.name.length ? made : { ...made, flags: made.flags | UTF8_NAME };
    const header = localHeader(entry, name);
    written.push({ name, entry, offset });
    parts.push(header, entry.data);
    offset += header.length + entry.data.length;
  }
  if (offset > 0xffffffff || written.length > 0xffff) throw new Error('package too large to write without zip64');
  const central = written.map(centralHeader);
  const size = central.reduce((n, c) => n + c.length, 0);
  return concatBytes([...parts, ...central, endRecord(written.length, size, offset)]);
}

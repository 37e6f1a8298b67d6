/**
 * The .xlsx package as zip entries: each part stays compressed until it is read, and is written back
 * raw unless it was changed (or changed back to its very bytes). Parts are named as in the zip
 * ("xl/workbook.xml", no leading slash).
 */
import { inflateChunks, inflateEntry } from './zip/inflate';
import { nativeZlib } from './zip/nativeZlib';
import { readZip, type ZipEntry } from './zip/readZip';
import { writeZip, type OutEntry } from './zip/writeZip';
import { UnreadableWorkbookError } from './unreadable';

const encoder = new TextEncoder();

/** Parts up to this size are read whole even when a reader could stop early (see textUntil). */
const WHOLE_BYTES = 16 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8');

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Text of an XML part: UTF-8, or UTF-16 when it starts with a byte order mark. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return utf8.decode(bytes);
}

/**
 * Refuses a part with a DOCTYPE (entity declarations are how XML bombs and external-entity reads work;
 * no OOXML part has one). Only the prolog can hold it, so only the text before the first element is looked at.
 */
export function refuseDoctype(name: string, xml: string): void {
  let at = 0;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at < 0) return;
    if (xml.startsWith('<?', at)) at = xml.indexOf('?>', at) + 2;
    else if (xml.startsWith('<!--', at)) at = xml.indexOf('-->', at) + 3;
    else if (/^<!doctype/i.test(xml.slice(at, at + 9)))
      throw new UnreadableWorkbookError('not-allowed', `${name} declares a DOCTYPE`);
    else return;
    if (at < 2) return;
  }
}

/** A part name as OPC compares it: without regard to ASCII case, a backslash read as the slash it stands for. */
const folded = (name: string): string => name.replace(/\\/g, '/').toLowerCase();

/**
 * What a package has changed, as it was at one moment (OpcPackage.checkpoint): the names and byte arrays of its
 * changed parts, not their bytes. A part's bytes are never changed in place (setBytes puts new ones), so a
 * checkpoint costs a map entry per changed part, whatever their size.
 */
export interface PackageCheckpoint {
  readonly order: readonly string[];
  readonly changed: ReadonlyMap<string, Uint8Array>;
  readonly removed: ReadonlySet<string>;
}

export class OpcPackage {
  /** Entries in their original order; a changed part keeps its place. */
  private readonly order: string[];
  private readonly original: Map<string, ZipEntry>;
  private readonly changed = new Map<string, Uint8Array>();
  private readonly removed = new Set<string>();
  /**
   * The entry a name finds when no entry has it exactly, by its folded name (POI 49609.xlsx: the relationship
   * names xl/sharedStrings.xml, the entry is xl\sharedstrings.xml); null when two entries fold alike.
   */
  private readonly byFolded = new Map<string, string | null>();

  private constructor(entries: readonly ZipEntry[]) {
    this.order = entries.map((e) => e.name);
    this.original = new Map(entries.map((e) => [e.name, e]));
    for (const { name } of entries) {
      const key = folded(name);
      this.byFolded.set(key, this.byFolded.has(key) ? null : name);
    }
  }

  /** The name a part has in this package: `name` itself, else the one entry named so but for case or slashes. */
  private resolve(name: string): string {
    if (this.changed.has(name) || this.original.has(name)) return name;
    return this.byFolded.get(folded(name)) ?? name;
  }

  /**
   * Whether an entry is named with a backslash (POI 49609.xlsx): read as Excel reads it, never written, since
   * the parts the product adds or changes would be named unlike the rest of the package.
   */
  get backslashNames(): boolean {
    return this.order.some((n) => this.original.has(n) && n.includes('\\'));
  }

  /** Opens zip bytes. Throws UnreadableWorkbookError when they are not a readable zip. */
  static fromZip(bytes: Uint8Array): OpcPackage {
    return new OpcPackage(readZip(bytes));
  }

  /** A package built from parts (a template for a new workbook). */
  static fromParts(parts: Readonly<Record<string, string>>): OpcPackage {
    const pkg = new OpcPackage([]);
    for (const [name, text] of Object.entries(parts)) pkg.setText(name, text);
    return pkg;
  }

  has(part: string): boolean {
    const name = this.resolve(part);
    return !this.removed.has(name) && (this.changed.has(name) || this.original.has(name));
  }

  /** Every part name, in package order. */
  names(): string[] {
    return this.order.filter((n) => this.has(n));
  }

  /** The uncompressed bytes of a part. Throws UnreadableWorkbookError when it is missing or too large. */
  bytes(part: string): Uint8Array {
    const name = this.resolve(part);
    const changed = this.changed.get(name);
    if (changed) return changed;
    const entry = this.removed.has(name) ? undefined : this.original.get(name);
    if (!entry) throw new UnreadableWorkbookError('corrupt', `missing part ${name}`);
    return inflateEntry(entry);
  }

  /** The text of an XML part (a DOCTYPE is refused). */
  text(name: string): string {
    const xml = decode(this.bytes(name));
    refuseDoctype(name, xml);
    return xml;
  }

  /**
   * The text of an XML part read only as far as `enough` asks: it is called after each inflated chunk
   * with the last text read (that chunk and a few kilobytes before it), and reading stops when it returns
   * true (a sheet read down to a row). The rest of the part is neither inflated nor decoded.
   */
  textUntil(part: string, enough: (text: string) => boolean): string {
    const name = this.resolve(part);
    const changed = this.changed.get(name);
    const entry = this.removed.has(name) ? undefined : this.original.get(name);
    // With Node's zlib, inflating a part of a few megabytes whole is faster than stopping early.
    if (changed || !entry || (nativeZlib && entry.size <= WHOLE_BYTES)) return this.text(name);
    const decoder = new TextDecoder('utf-8');
    // Pieces, not one string grown by +=: a test on a grown string flattens all of it every time.
    const pieces: string[] = [];
    let tail = '';
    for (const chunk of inflateChunks(entry)) {
      if (pieces.length === 0 && (chunk[0] === 0xff || chunk[0] === 0xfe)) return this.text(name);
      const piece = decoder.decode(chunk, { stream: true });
      pieces.push(piece);
      tail = tail.slice(-8192) + piece;
      if (enough(tail)) break;
    }
    const text = pieces.join('');
    refuseDoctype(name, text);
    return text;
  }

  /** The text of a part, or null when the package has no such part. */
  textOrNull(name: string): string | null {
    return this.has(name) ? this.text(name) : null;
  }

  setText(name: string, text: string): void {
    this.setBytes(name, encoder.encode(text));
  }

  setBytes(part: string, bytes: Uint8Array): void {
    const name = this.resolve(part);
    if (!this.order.includes(name)) this.order.push(name);
    this.removed.delete(name);
    this.changed.set(name, bytes);
  }

  remove(part: string): void {
    const name = this.resolve(part);
    this.changed.delete(name);
    this.removed.add(name);
  }

  /** The package's changes now, for restore() to bring back (a batch of edits that failed half-way). */
  checkpoint(): PackageCheckpoint {
    return { order: [...this.order], changed: new Map(this.changed), removed: new Set(this.removed) };
  }

  /** Puts the package back as it was at `point`: every part set, added or removed since is undone. */
  restore(point: PackageCheckpoint): void {
    this.order.splice(0, this.order.length, ...point.order);
    this.changed.clear();
    for (const [name, bytes] of point.changed) this.changed.set(name, bytes);
    this.removed.clear();
    for (const name of point.removed) this.removed.add(name);
  }

  /** Whether a part differs from what was read (new, changed or removed). */
  isChanged(part: string): boolean {
    const name = this.resolve(part);
    return this.changed.has(name) || this.removed.has(name);
  }

  /**
   * Whether a part's bytes differ from those read (a new or removed part does). A part set to its very bytes again is
   * the part read once more: its change is forgotten, so that toZip copies it raw without comparing it again.
   */
  differsFromRead(part: string): boolean {
    const name = this.resolve(part);
    const content = this.changed.get(name);
    const entry = this.original.get(name);
    if (this.removed.has(name) || !entry) return true;
    if (content === undefined) return false;
    if (entry.size !== content.length || !sameBytes(inflateEntry(entry), content)) return true;
    this.changed.delete(name);
    return false;
  }

  /** The zip bytes: unchanged parts copied raw, a changed part whose bytes equal the original copied raw too. */
  toZip(): Uint8Array {
    const out: OutEntry[] = [];
    for (const name of this.names()) {
      const entry = this.original.get(name);
      const content = this.changed.get(name);
      if (content === undefined && entry) out.push(entry);
      else if (
        content !== undefined &&
        entry &&
        entry.size === content.length &&
        sameBytes(inflateEntry(entry), content)
      )
        out.push(entry);
      else if (content !== undefined) out.push({ name, content });
    }
    return writeZip(out);
  }
}

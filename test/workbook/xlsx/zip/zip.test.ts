/** The zip layer: entries copied raw, new entries deflated, and the limits on what a part may inflate to. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { UnreadableWorkbookError } from '../../../../src/workbook/xlsx';
import { inflateEntry } from '../../../../src/workbook/xlsx/zip/inflate';
import { readZip } from '../../../../src/workbook/xlsx/zip/readZip';
import { writeZip } from '../../../../src/workbook/xlsx/zip/writeZip';
import { withDeclaredSize } from '../../../fixtures/make/zipPatch';

const text = 'Tiltak '.repeat(1000);

describe('the zip layer', () => {
  it('reads what fflate wrote and writes it back: unchanged entries raw, new ones deflated', () => {
    const zip = zipSync({ 'a.xml': strToU8(text), 'b/c.txt': strToU8('hei') }, { level: 9 });
    const entries = readZip(zip);
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['a.xml', text.length],
      ['b/c.txt', 3],
    ]);
    const a = entries[0];
    if (!a) throw new Error('no entry');
    const written = writeZip([a, { name: 'ny.xml', content: strToU8('<x/>') }]);
    const again = readZip(written);
    // The compressed bytes of the copied entry are the very bytes of the original.
    expect(Buffer.from(again[0]?.data ?? []).equals(Buffer.from(a.data))).toBe(true);
    const files = unzipSync(written);
    expect(strFromU8(files['a.xml'] ?? new Uint8Array())).toBe(text);
    expect(strFromU8(files['ny.xml'] ?? new Uint8Array())).toBe('<x/>');
  });

  it.each([
    ['declares more than 200 MB', 300 * 1024 * 1024, undefined, /inflates to 314572800 bytes/],
    ['declares more than 1:200 past 10 MB', 20 * 1024 * 1024, 30, /inflates 699051 times its size/],
    ['inflates past the size it declares', 1000, undefined, /inflates past the 1000 bytes it declares/],
  ])('refuses a part that %s as too large, before it runs out of memory', (_what, size, compressed, detail) => {
    const zip = withDeclaredSize(zipSync({ 'a.xml': strToU8(text) }, { level: 9 }), 'a.xml', size, compressed);
    const entry = readZip(zip)[0];
    if (!entry) throw new Error('no entry');
    expect(() => inflateEntry(entry)).toThrow(UnreadableWorkbookError);
    expect(() => inflateEntry(entry)).toThrow(detail);
    try {
      inflateEntry(entry);
    } catch (e) {
      expect((e as UnreadableWorkbookError).reason).toBe('too-large');
    }
  });

  it('stops inflating a bomb as soon as it passes its declared size', () => {
    // 16 MB of zeros deflate to about 16 KB; the directory claims 1 MB.
    const zip = zipSync({ 'bomb.xml': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    const entry = readZip(withDeclaredSize(zip, 'bomb.xml', 1024 * 1024))[0];
    if (!entry) throw new Error('no entry');
    expect(entry.compressedSize).toBeLessThan(20_000);
    expect(() => inflateEntry(entry)).toThrow(/inflates past the 1048576 bytes/);
  });

  it.each([
    ['cut off', (z: Uint8Array) => z.slice(0, z.length - 30), /no central directory/],
    ['an encrypted entry', (z: Uint8Array) => flag(z, 1), /is encrypted/],
  ])('calls a zip %s damaged', (_what, damage, detail) => {
    const zip = zipSync({ 'a.xml': strToU8(text) });
    expect(() => readZip(damage(zip))).toThrow(detail);
  });
});

/** Sets general-purpose flag bits on the first central directory entry. */
function flag(zip: Uint8Array, bits: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at < out.length - 4; at++) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint16(at + 8, view.getUint16(at + 8, true) | bits, true);
      return out;
    }
  }
  return out;
}

/** Test helpers: the parts of a package as text, read with fflate (not with the adapter under test). */
import { strFromU8, unzipSync } from 'fflate';

/** Every part of a zip as text. */
export function partsOf(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** One part as text; throws when it is missing. */
export function partOf(bytes: Uint8Array, name: string): string {
  const text = partsOf(bytes)[name];
  if (text === undefined) throw new Error(`no part ${name}`);
  return text;
}

/** The worksheet part of a sheet, found through workbook.xml and its relationships. */
export function sheetPartOf(bytes: Uint8Array, sheet: string): string {
  const parts = partsOf(bytes);
  const wb = parts['xl/workbook.xml'] ?? '';
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const rels = parts['xl/_rels/workbook.xml.rels'] ?? '';
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  const text = target ? parts[`xl/${target.replace(/^\/?xl\//, '')}`] : undefined;
  if (text === undefined) throw new Error(`no sheet ${sheet}`);
  return text;
}

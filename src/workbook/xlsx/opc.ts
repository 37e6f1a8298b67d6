/**
 * The package's plumbing (OPC): relationships between parts and the content type of each part. Both are
 * edited in place, one element added or removed, never rebuilt.
 */
import type { OpcPackage } from './package';
import { emptyTag, splice } from './xml/patch';
import { attributesOf, children, localName, prefixOf, rootElement } from './xml/tags';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

const CONTENT_TYPES = '[Content_Types].xml';

/** Whether a relationship type is `kind` (transitional or strict namespace: compared by its last segment). */
export const isRelType = (type: string, kind: string): boolean => type.slice(type.lastIndexOf('/') + 1) === kind;

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels ("" = the package). */
export const relsPathOf = (part: string): string => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The part a relationship target names, relative to its source part (absolute targets start with "/"). */
export function resolveTarget(source: string, target: string): string {
  const path = decodeURI(target.split('#')[0] ?? '');
  return normalize(path.startsWith('/') ? path : dirOf(source) + path);
}

/** The relative target from `source` to `part`, as Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = dirOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points at (resolved), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of a part ("" for the package's own). */
export function readRels(pkg: OpcPackage, part: string): Relationship[] {
  const xml = pkg.textOrNull(relsPathOf(part));
  if (xml === null) return [];
  const root = rootElement(xml);
  return children(xml, root)
    .filter((c) => c.local === 'Relationship')
    .map((c) => {
      const a = attributesOf(xml.slice(c.open.start, c.open.end));
      const external = a.get('TargetMode') === 'External';
      const target = a.get('Target') ?? '';
      return {
        id: a.get('Id') ?? '',
        type: a.get('Type') ?? '',
        target: external ? target : resolveTarget(part, target),
        external,
      };
    });
}

/** Adds a relationship from `source` to `target` and returns its new Id. */
export function addRel(pkg: OpcPackage, source: string, type: string, target: string): string {
  const path = relsPathOf(source);
  const existing = pkg.textOrNull(path);
  const used = new Set(readRels(pkg, source).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const attrs = { Id: id, Type: type, Target: relativeTarget(source, target) };
  if (existing === null) {
    const tag = emptyTag('Relationship', attrs);
    pkg.setText(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tag}</Relationships>`,
    );
    ensureDefault(pkg, 'rels', CONTENT_TYPE.relationships);
  } else {
    pkg.setText(path, appendChild(existing, emptyTag(childName(existing, 'Relationship'), attrs)));
  }
  return id;
}

/** Removes a relationship of `source` by Id. */
export function removeRel(pkg: OpcPackage, source: string, id: string): void {
  const path = relsPathOf(source);
  const xml = pkg.textOrNull(path);
  if (xml === null) return;
  const found = children(xml, rootElement(xml)).find(
    (c) => attributesOf(xml.slice(c.open.start, c.open.end)).get('Id') === id,
  );
  if (found) pkg.setText(path, splice(xml, [{ start: found.start, end: found.end, text: '' }]));
}

/**
 * The name a new child of the document element takes: with the root's prefix, so that it is in the same
 * namespace (POI's 58760.xlsx has <ns0:Types xmlns:ns0="…">, as Python's ElementTree writes it).
 */
const childName = (xml: string, local: string): string => `${prefixOf(rootElement(xml).name)}${local}`;

/** `xml` with `child` added as the last child of the document element. */
export function appendChild(xml: string, child: string): string {
  const root = rootElement(xml);
  if (root.open.kind === 'empty') {
    const open = xml.slice(root.start, root.end - 2).replace(/\s+$/, '');
    return splice(xml, [{ start: root.start, end: root.end, text: `${open}>${child}</${root.name}>` }]);
  }
  return splice(xml, [{ start: root.inner, end: root.inner, text: child }]);
}

/** Declares the content type of a new part (an Override). */
export function addOverride(pkg: OpcPackage, part: string, type: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  const tag = emptyTag(childName(xml, 'Override'), { PartName: `/${part}`, ContentType: type });
  pkg.setText(CONTENT_TYPES, appendChild(xml, tag));
}

/** Removes the Override of a removed part. */
export function removeOverride(pkg: OpcPackage, part: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  const found = children(xml, rootElement(xml)).find(
    (c) => c.local === 'Override' && attributesOf(xml.slice(c.open.start, c.open.end)).get('PartName') === `/${part}`,
  );
  if (found) pkg.setText(CONTENT_TYPES, splice(xml, [{ start: found.start, end: found.end, text: '' }]));
}

function ensureDefault(pkg: OpcPackage, extension: string, type: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  const has = children(xml, rootElement(xml)).some(
    (c) =>
      localName(c.name) === 'Default' &&
      attributesOf(xml.slice(c.open.start, c.open.end)).get('Extension')?.toLowerCase() === extension,
  );
  if (!has)
    pkg.setText(
      CONTENT_TYPES,
      appendChild(xml, emptyTag(childName(xml, 'Default'), { Extension: extension, ContentType: type })),
    );
}

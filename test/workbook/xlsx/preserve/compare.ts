/**
 * What a write may change of a package, checked part by part on uncompressed bytes (fflate, not the
 * adapter): parts it does not own must be byte-identical; the plumbing it edits (content types,
 * relationships, workbook.xml, styles) must keep everything it held; and every workbook passes
 * ooxml-check.py when python3 and xmllint are there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ooxmlPython } from './ooxmlPython';

export interface PackageDiff {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: string[];
}

const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Parts added, removed and changed (uncompressed bytes compared). */
export function diffPackages(before: Uint8Array, after: Uint8Array): PackageDiff {
  const a = unzipSync(before);
  const b = unzipSync(after);
  return {
    added: Object.keys(b)
      .filter((n) => !(n in a))
      .sort(),
    removed: Object.keys(a)
      .filter((n) => !(n in b))
      .sort(),
    changed: Object.keys(a)
      .filter((n) => n in b && !same(a[n] as Uint8Array, b[n] as Uint8Array))
      .sort(),
  };
}

const tags = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`<${name}\\s[^>]*/>`, 'g'))].map((m) => m[0]);

/** The children of a top-level list element of styles.xml, as text. */
function listItems(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '';
  return [...body.matchAll(new RegExp(`<${item}[\\s>/][\\s\\S]*?(?:</${item}>|(?<=/)>)`, 'g'))].map((m) => m[0]);
}

/**
 * The plumbing edits keep what was there: every content type (but for parts removed), every relationship
 * of the workbook, every sheet and name of workbook.xml, and every style list as a prefix of the new one.
 * A name in `retargeted` (one the product owns and points anew) may change its formula, not its tag.
 */
export function plumbingProblems(
  before: Uint8Array,
  after: Uint8Array,
  removed: readonly string[],
  retargeted: readonly string[] = [],
): string[] {
  const a = unzipSync(before);
  const b = unzipSync(after);
  const text = (files: Record<string, Uint8Array>, n: string): string => strFromU8(files[n] ?? new Uint8Array());
  const problems: string[] = [];
  const kept = (part: string, name: string, skip: (tag: string) => boolean = () => false) => {
    const now = new Set(tags(text(b, part), name));
    for (const t of tags(text(a, part), name)) if (!now.has(t) && !skip(t)) problems.push(`${part} lost ${t}`);
  };
  kept('[Content_Types].xml', 'Default');
  kept('[Content_Types].xml', 'Override', (t) => removed.some((r) => t.includes(`"/${r}"`)));
  kept('xl/_rels/workbook.xml.rels', 'Relationship', (t) => removed.some((r) => t.includes(r.replace(/^xl\//, ''))));
  kept('xl/workbook.xml', 'sheet');
  const names = [...text(a, 'xl/workbook.xml').matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
  for (const n of names) {
    const now = text(b, 'xl/workbook.xml');
    const tag = /^<definedName [^>]*>/.exec(n)?.[0] ?? n;
    const name = /\sname="([^"]*)"/.exec(tag)?.[1] ?? '';
    if (!now.includes(n) && !(retargeted.includes(name) && now.includes(tag))) problems.push(`workbook.xml lost ${n}`);
  }
  for (const [list, item] of [
    ['numFmts', 'numFmt'],
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
    ['cellXfs', 'xf'],
    ['cellStyleXfs', 'xf'],
    ['dxfs', 'dxf'],
  ]) {
    const old = listItems(text(a, 'xl/styles.xml'), list ?? '', item ?? '');
    const now = listItems(text(b, 'xl/styles.xml'), list ?? '', item ?? '');
    if (old.some((x, i) => now[i] !== x)) problems.push(`styles.xml renumbered its ${list}`);
  }
  return problems;
}

const PYTHON = ooxmlPython();

/** Whether ooxml-check.py can run here (python3 and xmllint). */
export const canCheckOoxml = PYTHON !== null;

const CHECKER = path.join(__dirname, '..', '..', '..', 'ooxml-schemas', 'ooxml-check.py');

/** ooxml-check.py's output on `files` (paths): a line per problem and its last line ("ooxml: 0 problems in 2 files"). */
export function runOoxmlCheck(files: readonly string[]): string {
  try {
    return execFileSync(PYTHON ?? 'python3', [CHECKER, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim();
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e).trim();
  }
}

/** ooxml-check.py's verdict on a workbook: its last line ("ooxml: 0 problems in 1 files") and the problems. */
export function ooxmlCheck(bytes: Uint8Array, name = 'arbeidsbok.xlsx'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-ooxml-'));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return runOoxmlCheck([file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

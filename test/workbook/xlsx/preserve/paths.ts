/**
 * What the write-path tests share: the edits `check --write` plans, the parts of a sheet, and the
 * expectation that a write changed only what the product owns (SPEC §11).
 */
import { strFromU8, unzipSync } from 'fflate';
import { checkWorkbook } from '../../../../src/cli/commands/check';
import { planCheckSheets } from '../../../../src/cli/commands/checkWrite';
import type { Edit, WritePlan } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { diffPackages, plumbingProblems } from './compare';
import { expectValidOoxml } from './validOoxml';

/** The edits of a plan that is not blocked. */
export function editsOf(plan: WritePlan): Edit[] {
  if (!plan.ok) throw new Error(`blocked by ${plan.blocked.map((c) => `${c.sheet}!${c.cell}`).join(', ')}`);
  return [...plan.edits];
}

/** The edits `check --write` plans for a workbook (as the CLI plans them, on a structure read). */
export async function checkEdits(bytes: Uint8Array, file: string): Promise<Edit[]> {
  const snapshot = await (await XlsxWorkbook.fromBuffer(bytes)).read('structure');
  return editsOf(planCheckSheets(snapshot, checkWorkbook(snapshot, file, 'nb', 2026), 'nb'));
}

/** Plumbing every write may edit (never rebuild): see compare.ts plumbingProblems. */
export const PLUMBING = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/calcChain.xml',
];

/** The parts of a sheet (and its relationships) by sheet name, as the adapter finds them. */
export function sheetParts(bytes: Uint8Array, sheets: readonly string[]): string[] {
  const files = unzipSync(bytes);
  const wb = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  return sheets.flatMap((s) => {
    const rid = new RegExp(`<sheet [^>]*name="${s}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
    const rel = [...rels.matchAll(/<Relationship [^>]*>/g)].find((m) => m[0].includes(`Id="${rid}"`))?.[0] ?? '';
    const target = /Target="([^"]+)"/.exec(rel)?.[1];
    if (!target) return [];
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    return [part, part.replace(/([^/]+)$/, '_rels/$1.rels')];
  });
}

/**
 * Expects every part outside `owned` (and the plumbing) unchanged, the plumbing kept (names in `retargeted`
 * may point elsewhere, keeping their tag), and a valid result.
 */
export function expectPreserved(
  before: Uint8Array,
  after: Uint8Array,
  owned: readonly string[],
  name: string,
  retargeted: readonly string[] = [],
): void {
  const diff = diffPackages(before, after);
  const allowed = new Set([...PLUMBING, ...owned]);
  expect(diff.changed.filter((p) => !allowed.has(p))).toEqual([]);
  expect(diff.removed.filter((p) => !allowed.has(p))).toEqual([]);
  expect(plumbingProblems(before, after, diff.removed, retargeted)).toEqual([]);
  expectValidOoxml(after, name);
}

/** The parts `check --write` owns in its output: its two sheets, the parts it added, and changed tables. */
export function checkWriteParts(before: Uint8Array, after: Uint8Array): string[] {
  const diff = diffPackages(before, after);
  return [
    ...sheetParts(after, ['Sammendrag', 'Avstemming']),
    ...diff.added,
    ...diff.changed.filter((p) => p.startsWith('xl/tables/')),
  ];
}

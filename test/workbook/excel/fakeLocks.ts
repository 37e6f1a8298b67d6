/**
 * The cells of a protected sheet in the recording fake: those in `FakeSheet.unlocked` (Format Cells › Protection ›
 * Locked off) read `format.protection.locked` false and take values, and formats when the protection allows
 * formatting cells (`FakeSheet.allowFormatCells`); a write anywhere else on it fails at sync with AccessDenied, as
 * Excel fails it. Kept apart from fakeObjects.ts, which uses it, so that no import goes round in a circle.
 */
import { jsonBytes } from '../../../src/workbook/excel/payload';
import { sheetOf, type FakeModel, type FakeSheet } from './fakeModel';

/** What the recording context offers these fakes: the model, and loads resolved at the next sync. */
interface LoadQueue {
  readonly model: FakeModel;
  requestLoad(target: string, props: string, resolve: () => number): void;
}

const notLoaded = (what: string) => new Error(`fake: ${what} read before load + sync`);

/** Excel refuses a write into a locked cell of a protected sheet (and a format, unless Format cells is allowed). */
export function assertWritable(sheet: FakeSheet, a1: string, format: boolean): void {
  if (!sheet.protected) return;
  if (sheet.unlocked?.has(a1) && (!format || sheet.allowFormatCells)) return;
  throw Object.assign(new Error(`AccessDenied: ${sheet.name}!${a1} is protected`), { code: 'AccessDenied' });
}

/**
 * Excel refuses selecting a cell its sheet's protection does not let be selected (Select locked / unlocked cells:
 * selectionMode None selects none, Unlocked only the unlocked ones), as the pane's «go to the cell» meets it.
 */
export function assertSelectable(sheet: FakeSheet, a1: string): void {
  if (!sheet.protected) return;
  const mode = sheet.selectionMode ?? 'Normal';
  if (mode === 'Normal' || (mode === 'Unlocked' && sheet.unlocked?.has(a1))) return;
  throw Object.assign(new Error(`AccessDenied: ${sheet.name}!${a1} cannot be selected`), { code: 'AccessDenied' });
}

/** Range.format.protection of one cell: `locked` after load('locked') and a sync (a range of several is not modelled). */
export function formatProtection(rec: LoadQueue, sheetName: string, ref: () => string) {
  let loaded: boolean | null = null;
  return {
    load: (props: string) =>
      rec.requestLoad(`${sheetName}!${ref()}.format.protection`, props, () => {
        const r = ref();
        if (r.includes(':')) throw new Error('fake: the lock of a range of cells is not modelled');
        loaded = !(sheetOf(rec, sheetName).unlocked?.has(r) ?? false);
        return jsonBytes({ locked: loaded });
      }),
    get locked(): boolean {
      if (loaded === null) throw notLoaded(`${sheetName}!${ref()}.format.protection.locked`);
      return loaded;
    },
  };
}

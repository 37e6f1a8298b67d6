/**
 * Protection in the recording fake: Review → Protect Workbook (the structure: `FakeModel.structureLocked`) and
 * Review → Protect Sheet (`FakeSheet.protected`), read as Office.js reads them — Workbook.protection.protected
 * (ExcelApi 1.7) and Worksheet.protection.protected, each only after a load and a sync. A workbook protected with
 * locked windows only reads unprotected here (`structureLocked` left out), as it allows sheets to be added. Its
 * unlocked cells: fakeLocks.ts.
 */
import { jsonBytes } from '../../../src/workbook/excel/payload';
import { sheetOf, type Recorder } from './fakeObjects';

/** A recorder that also knows which loads were asked for and which a sync delivered. */
export interface LoadLog extends Recorder {
  readonly loads: readonly { target: string; props: string }[];
  readonly loadedCollections: Set<string>;
}

const notLoaded = (what: string) => new Error(`fake: ${what} read before load + sync`);

/** Workbook.protection: `protected` after load('protected') and a sync. */
export function workbookProtection(log: LoadLog) {
  return {
    load: (props: string) =>
      log.requestLoad('workbook.protection', props, () => {
        log.loadedCollections.add('workbook.protection');
        return jsonBytes({ protected: log.model.structureLocked ?? false });
      }),
    get protected(): boolean {
      if (!log.loadedCollections.has('workbook.protection')) throw notLoaded('workbook.protection.protected');
      return log.model.structureLocked ?? false;
    },
  };
}

/** Whether the worksheets' protection was asked for with their items ('items/protection/protected'). */
export const sheetProtectionAsked = (log: LoadLog): boolean =>
  log.loadedCollections.has('worksheets') &&
  log.loads.some((l) => l.target === 'worksheets' && /items\/protection\/protected/.test(l.props));

/** Worksheet.protection of the sheet `name`, its `protected` and options readable once `loaded` (else the fake throws). */
export function worksheetProtection(rec: Recorder, name: string, loaded: boolean) {
  return {
    get protected(): boolean {
      if (!loaded) throw notLoaded(`${name}.protection.protected`);
      return sheetOf(rec, name).protected ?? false;
    },
    get options(): { allowFormatCells: boolean; selectionMode: 'Normal' | 'Unlocked' | 'None' } {
      if (!loaded) throw notLoaded(`${name}.protection.options`);
      const sheet = sheetOf(rec, name);
      return { allowFormatCells: sheet.allowFormatCells ?? false, selectionMode: sheet.selectionMode ?? 'Normal' };
    },
  };
}

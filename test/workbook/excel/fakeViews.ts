/**
 * The view of a fake sheet: its frozen panes (WorksheetFreezePanes: freezeRows, getLocationOrNullObject) and the
 * columns given a width of their own (Range.format.columnWidth set; Range.getColumnProperties with
 * format.useStandardWidth read back). Loaded values are known only after a sync, as in Office.js.
 */
import { columnNumber, parseRange } from '../../../src/domain/model/a1';
import { jsonBytes } from '../../../src/workbook/excel/payload';
import { sheetOf } from './fakeModel';
import type { Recorder } from './fakeObjects';

/** worksheet.freezePanes of the fake sheet `name`. */
export function freezePanes(rec: Recorder, name: string) {
  return {
    freezeRows: (n: number) =>
      rec.queue('freezeRows', name, n, () => {
        sheetOf(rec, name).frozen = `${1}:${n}`;
      }),
    getLocationOrNullObject: () => {
      let frozen: string | undefined;
      let loaded = false;
      return {
        load: (props: string) =>
          rec.requestLoad(`${name}.freezePanes`, props, () => {
            frozen = sheetOf(rec, name).frozen;
            loaded = true;
            return jsonBytes({ address: frozen ?? null });
          }),
        get isNullObject(): boolean {
          if (!loaded) throw new Error('fake: frozen panes read before load + sync');
          return frozen === undefined;
        },
        get address(): string {
          if (!loaded || frozen === undefined) throw new Error('fake: no frozen range loaded');
          return `${name}!${frozen}`;
        },
      };
    },
  };
}

/** The columns of `ref` ("B:B", "A1:CB1"), 1-based. */
function columnsOf(ref: string): number[] {
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(ref);
  const [left, right] = whole
    ? [columnNumber(whole[1] ?? 'A'), columnNumber(whole[2] ?? 'A')]
    : [parseRange(ref)?.left ?? 0, parseRange(ref)?.right ?? -1];
  return Array.from({ length: Math.max(0, right - left + 1) }, (_, i) => left + i);
}

/** Setting range.format.columnWidth: the columns of `ref` get a width of their own at sync. */
export function setColumnWidth(rec: Recorder, sheet: string, ref: string, target: string, width: number): void {
  rec.queue('columnWidth', target, width, () => {
    const s = sheetOf(rec, sheet);
    s.sizedColumns = new Set([...(s.sizedColumns ?? []), ...columnsOf(ref)]);
    s.columnWidths = new Map([...(s.columnWidths ?? []), ...columnsOf(ref).map((c): [number, number] => [c, width])]);
  });
}

/**
 * range.getColumnProperties({ format: { useStandardWidth: true, columnWidth: true } }) over the columns of `ref`;
 * columnWidth only where the fake knows it (a sized column without a known width has none).
 */
export function columnProperties(rec: Recorder, sheet: string, ref: string) {
  let value: { format: { useStandardWidth: boolean; columnWidth?: number } }[] | null = null;
  rec.requestLoad(`${sheet}!${ref}.columnProperties`, 'format/useStandardWidth,format/columnWidth', () => {
    const s = sheetOf(rec, sheet);
    const sized = s.sizedColumns ?? new Set<number>();
    value = columnsOf(ref).map((c) => {
      const width = sized.has(c) ? s.columnWidths?.get(c) : undefined;
      return {
        format:
          width === undefined ? { useStandardWidth: !sized.has(c) } : { useStandardWidth: false, columnWidth: width },
      };
    });
    return jsonBytes(value);
  });
  return {
    get value() {
      if (!value) throw new Error('fake: column properties read before sync');
      return value;
    },
  };
}
